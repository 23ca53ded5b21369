/** Words of workbooks and sheets: headers shared by every sheet, and what is wrong with a cell. */
export const lt = {
  'sheet.col.id': 'ID (nekeisti)',
  'sheet.col.version': 'Versija (nekeisti)',
  'sheet.notADate': 'Ne data: įrašykite datą (pvz., 2026-03-01).',
  'sheet.notANumber': 'Ne skaičius.',
  'sheet.notAChoice': 'Netinkama reikšmė; galimos: {choices}.',
  'sheet.required': 'Privalomas laukas.',
  'sheet.tooLong': 'Per ilgas tekstas (daugiausia {max} simb.).',
  'sheet.unknownId': 'Tokio įrašo nėra; naujiems įrašams ID palikite tuščią.',
  'sheet.badVersion': 'Versija turi būti sveikasis skaičius, kaip atsisiųstame faile.',
  'sheet.duplicateId': 'Tas pats ID jau yra {row} eilutėje.',
  'sheet.noSheet': 'Faile nėra lapo „{sheet}“.',
  'sheet.badHeader': 'Lapo „{sheet}“ antraštėje trūksta stulpelio „{column}“.',
  'sheet.notAWorkbook': 'Failas nėra „Excel“ (.xlsx) darbaknygė.',
  'sheet.rowRejected': '{message}',
} as const;

export const en: Record<keyof typeof lt, string> = {
  'sheet.col.id': 'ID (do not change)',
  'sheet.col.version': 'Version (do not change)',
  'sheet.notADate': 'Not a date: enter a date (e.g. 2026-03-01).',
  'sheet.notANumber': 'Not a number.',
  'sheet.notAChoice': 'Not one of the choices: {choices}.',
  'sheet.required': 'Required.',
  'sheet.tooLong': 'Too long (at most {max} characters).',
  'sheet.unknownId': 'No such item; leave the ID empty for new items.',
  'sheet.badVersion': 'The version must be a whole number, as in the downloaded file.',
  'sheet.duplicateId': 'The same ID is already on row {row}.',
  'sheet.noSheet': 'The file has no sheet “{sheet}”.',
  'sheet.badHeader': 'The header of sheet “{sheet}” lacks the column “{column}”.',
  'sheet.notAWorkbook': 'The file is not an Excel (.xlsx) workbook.',
  'sheet.rowRejected': '{message}',
};
