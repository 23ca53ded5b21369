/** Words of the sheet rows API (`/v1/cycles/{year}/sheets/{entity}`): why a row or a request is refused. */
export const lt = {
  'sheetRows.deleteMissingReserved':
    'Eilučių, kurių nėra lape, trynimas dar negalimas: siųskite deleteMissing: false arba jo nesiųskite.',
  'sheetRows.duplicateClientRowId':
    'Tas pats clientRowId siunčiamas kelis kartus: „{clientRowId}“.',
  'sheetRows.duplicateId': 'Tas pats ID jau siunčiamas eilutėje „{clientRowId}“.',
  'sheetRows.unknownColumn': 'Tokio stulpelio nėra: „{column}“.',
  'sheetRows.blankRow': 'Tuščia eilutė: nėra ko sukurti.',
  'sheetRows.clientRowIdTaken': 'Šis clientRowId jau panaudotas kito naudotojo įrašui.',
  'sheetRows.createdGone': 'Ši eilutė jau buvo sukurta (ID {id}), bet įrašas nebepasiekiamas.',
} as const;

export const en: Record<keyof typeof lt, string> = {
  'sheetRows.deleteMissingReserved':
    'Deleting rows missing from the sheet is not available yet: send deleteMissing: false or leave it out.',
  'sheetRows.duplicateClientRowId': 'The same clientRowId is sent more than once: “{clientRowId}”.',
  'sheetRows.duplicateId': 'The same ID is already sent on row “{clientRowId}”.',
  'sheetRows.unknownColumn': 'No such column: “{column}”.',
  'sheetRows.blankRow': 'Empty row: nothing to create.',
  'sheetRows.clientRowIdTaken': 'This clientRowId was already used for another user’s item.',
  'sheetRows.createdGone':
    'This row was already created (ID {id}), but the item is no longer there.',
};
