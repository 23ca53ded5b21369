/** Words of the sheet rows API (`/v1/cycles/{year}/sheets/{entity}`): why a row or a request is refused. */
export const lt = {
  'sheetRows.deleteMissingReserved':
    'Eilutės, kurių nėra lape, savaime netrinamos: siųskite deleteMissing: false arba jo nesiųskite, o trinamus įrašus nurodykite sąraše deletes.',
  'sheetRows.nothingSent': 'Nėra nei eilučių, nei trinamų įrašų.',
  'sheetRows.deleteAndWrite':
    'Įrašas {id} siunčiamas ir tarp eilučių, ir tarp trinamų: palikite jį tik viename sąraše.',
  'sheetRows.duplicateDelete': 'Įrašas {id} trynimui nurodytas kelis kartus.',
  'sheetRows.deleteNotSupported':
    'Lapo „{sheet}“ įrašų ištrinti negalima: keiskite jų būseną (pvz., atmestas ar atšauktas).',
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
    'Rows missing from the sheet are never deleted by themselves: send deleteMissing: false or leave it out, and name the items to delete in deletes.',
  'sheetRows.nothingSent': 'Neither rows nor items to delete were sent.',
  'sheetRows.deleteAndWrite':
    'Item {id} is sent both among the rows and among the deletions: keep it in one list only.',
  'sheetRows.duplicateDelete': 'Item {id} is named for deletion more than once.',
  'sheetRows.deleteNotSupported':
    'Items of sheet “{sheet}” cannot be deleted: change their status instead (rejected or cancelled, for instance).',
  'sheetRows.duplicateClientRowId': 'The same clientRowId is sent more than once: “{clientRowId}”.',
  'sheetRows.duplicateId': 'The same ID is already sent on row “{clientRowId}”.',
  'sheetRows.unknownColumn': 'No such column: “{column}”.',
  'sheetRows.blankRow': 'Empty row: nothing to create.',
  'sheetRows.clientRowIdTaken': 'This clientRowId was already used for another user’s item.',
  'sheetRows.createdGone':
    'This row was already created (ID {id}), but the item is no longer there.',
};
