/** Surveys: import, analysis, comparison — words users see. */
export const lt = {
  'surveys.file.not_xlsx':
    'Failas nėra „Excel“ darbaknygė (.xlsx). Įkelkite apklausos eksportą .xlsx formatu (seni .xls, .ods, .csv netinka).',
  'surveys.file.truncated':
    'Failas sugadintas arba įkeltas ne iki galo. Atsisiųskite eksportą iš naujo ir įkelkite dar kartą.',
  'surveys.file.zip_bomb':
    'Failo turinys išpakuotas būtų per didelis ({part}): toks failas nepriimamas.',
  'surveys.file.too_large': 'Failas per didelis: {size} MB, leidžiama ne daugiau kaip {limit} MB.',
  'surveys.file.no_sheet': 'Darbaknygėje nėra lapo „{sheet}“. Yra lapai: {available}.',
  'surveys.file.no_visible_sheet': 'Darbaknygėje nėra matomo lapo. Yra lapai: {available}.',
  'surveys.file.empty_sheet': 'Lapas „{sheet}“ tuščias: jame nėra nė vienos reikšmės.',
  'surveys.file.encrypted':
    'Darbaknygė apsaugota slaptažodžiu. Išsaugokite ją be slaptažodžio ir įkelkite dar kartą.',
  'surveys.file.missing': 'Failo „{file}“ nėra arba jo negalima perskaityti.',
  'surveys.import.noHeader':
    'Lape „{sheet}“ nerasta antraščių eilutės: pirmose {rows} eilutėse nėra eilutės su klausimų pavadinimais.',
  'surveys.import.noQuestions':
    'Lape „{sheet}“ nerasta klausimų: yra tik metaduomenų stulpeliai (laikas, ID, el. paštas).',
  'surveys.import.noResponses': 'Lape „{sheet}“ po antraštėmis nėra nė vieno atsakymo.',
  'surveys.import.unknownOverride': 'Nurodytas stulpelis „{column}“ nerastas tarp failo antraščių.',
  'surveys.import.impossibleKind':
    'Stulpelio „{column}“ negalima laikyti tipu „{kind}“: jo reikšmės tam netinka.',
  'surveys.import.warning.duplicateHeader':
    'Stulpelių su antrašte „{column}“ yra {count}: jie importuoti kaip atskiri klausimai.',
  'surveys.import.warning.titleRowsSkipped':
    'Antraštės rastos {headerRow} eilutėje; virš jų esančios eilutės ({rows}) praleistos.',
  'surveys.import.warning.valuesWithoutHeader':
    'Reikšmių stulpeliuose be antraštės neimportuota: {count}.',
  'surveys.import.warning.anonymisedDates':
    'Stulpelyje „{column}“ {count} datos yra 1980-01-01 (anonimizuota apklausa): pateikimo laikas neišsaugotas.',
  'surveys.import.warning.emptyColumn': 'Stulpelis „{column}“ tuščias: į jį niekas neatsakė.',
  'surveys.import.warning.mergedCells':
    'Duomenų srityje yra sujungtų langelių sričių: {count} ({ranges}); kiekvienos srities kairiojo viršutinio langelio reikšmė nukopijuota į visus jos langelius.',
  'surveys.import.warning.formulas':
    'Lape yra langelių su formulėmis: {count}; paimtos paskutinį kartą apskaičiuotos reikšmės.',
  'surveys.import.invalidOverride':
    'Stulpelio „{column}“ susiejimo nustatymas „{field}“ netinka šiam stulpeliui.',
  'surveys.import.kindChanged':
    'Klausimas „{column}“ anksčiau importuotas kaip „{before}“, o dabar atrodo kaip „{after}“. Patikslinkite susiejimą.',
  'surveys.import.scaleChanged':
    'Klausimo „{column}“ skalė anksčiau buvo {before}, dabar {after}. Patikslinkite susiejimą.',
  'surveys.import.nothingNew':
    'Naujų atsakymų nėra: visi {duplicates} atsakymai jau importuoti anksčiau.',
  'surveys.notYourUnit':
    'Šią apklausą gali tvarkyti tik jos skyriaus vadovas, pavaduotojas arba direktorius.',
  'surveys.hasResponses':
    'Apklausoje jau yra {responses} atsakymų. Norėdami ją ištrinti, patvirtinkite parametru „withResponses=true“.',
  'surveys.rows.tooManyRows':
    'Per daug eilučių: {rows}; vienu kartu siunčiama ne daugiau kaip {max}. Didesnį eksportą įkelkite kaip .xlsx failą.',
  'surveys.rows.tooManyColumns':
    '{row} eilutėje per daug stulpelių: {columns}; leidžiama ne daugiau kaip {max}.',
  'surveys.rows.textTooLong':
    'Langelio {cell} tekstas per ilgas: {length} ženklų; leidžiama ne daugiau kaip {max}.',
  'surveys.compare.needOther':
    'Nurodykite, su kuo lyginti: kitą apklausą (withYear ir withSurvey) arba du skyrius (unitA ir unitB).',
  'surveys.compare.unknownUnit': 'Apklausoje nėra atsakymų iš skyriaus „{unit}“.',
  'surveys.periodOutsideCycle': 'Apklausos laikotarpis turi būti susijęs su {year} m. ciklu.',

  'surveys.kind.meta': 'metaduomenys',
  'surveys.kind.likert': 'Likerto skalė',
  'surveys.kind.scale0to10': 'skalė 0–10',
  'surveys.kind.single': 'vienas pasirinkimas',
  'surveys.kind.multi': 'keli pasirinkimai',
  'surveys.kind.text': 'laisvas tekstas',

  'surveys.domain.satisfaction': 'Pasitenkinimas',
  'surveys.domain.qualityOfLife': 'Gyvenimo kokybė',
  'surveys.domain.empowerment': 'Įgalinimas',
  'surveys.domain.serviceBenefit': 'Paslaugų nauda',

  'surveys.audience.recipients': 'Paslaugų gavėjai',
  'surveys.audience.families': 'Paslaugų gavėjų šeimos, artimieji',
  'surveys.audience.staff': 'Darbuotojai',
  'surveys.audience.stakeholders': 'Suinteresuotosios šalys, partneriai',

  'surveys.family.googleForms': 'Google Forms',
  'surveys.family.msForms': 'Microsoft Forms',
  'surveys.family.limeSurvey': 'LimeSurvey',
  'surveys.family.kobo': 'KoboToolbox',
  'surveys.family.own': 'Įstaigos lentelė',

  'surveys.reject.notOnScale': 'Skaičius ne iš skalės {min}–{max}.',
  'surveys.reject.unknownLabel': 'Atsakymas neatitinka skalės žymų.',
  'surveys.reject.notANumber': 'Ne skaičius.',
  'surveys.reject.formula': 'Formulė be apskaičiuotos reikšmės.',
  'surveys.reject.error': 'Klaidos reikšmė (pvz., #N/A).',
  'surveys.reject.badDate': 'Neatpažinta data ar laikas.',
  'surveys.reject.tooLong': 'Tekstas per ilgas.',

  'surveys.suppressed': 'paslėpta (mažiau nei {minimumN} atsakymų)',
  'surveys.suppressed.complementary': 'paslėpta (kad nebūtų galima apskaičiuoti kitų grupių)',
  'surveys.compare.multipleComparisons':
    'Palyginta {count} klausimų: kai lyginama daug klausimų, kai kurie „reikšmingi“ pokyčiai gali būti atsitiktiniai. Atsižvelkite į pataisytas (Holm) p reikšmes.',
  'surveys.change.better': 'geriau',
  'surveys.change.worse': 'blogiau',
  'surveys.change.same': 'be pokyčio',
  'surveys.significant': 'reikšmingas pokytis (p < 0,05)',
  'surveys.notSignificant': 'nereikšmingas',

  'cli.usage':
    'Naudojimas: ciklas survey analyze <failas.xlsx> [--sheet LAPAS] [--json] | ciklas survey compare <prieš.xlsx> <po.xlsx> [--json]',
  'cli.unknownCommand': 'Nežinoma komanda „{command}“. {usage}',
  'cli.missingArgument': 'Trūksta argumento: {name}.',
  'cli.unknownOption': 'Nežinomas parametras „{option}“.',
  'cli.optionNeedsValue': 'Parametrui „{option}“ reikia reikšmės.',
  'cli.responses': 'Atsakymų: {count}',
  'cli.header.question': 'Klausimas',
  'cli.header.kind': 'Tipas',
  'cli.header.n': 'n',
  'cli.header.mean': 'Vidurkis',
  'cli.header.median': 'Mediana',
  'cli.header.top2box': 'Teigiami (2 aukščiausi)',
  'cli.header.nps': 'NPS',
  'cli.header.deltaMean': 'Vidurkio pokytis',
  'cli.header.pValue': 'p',
  'cli.header.significant': 'Reikšminga',
  'cli.yes': 'taip',
  'cli.no': 'ne',
} as const;

export const en: Record<keyof typeof lt, string> = {
  'surveys.file.not_xlsx':
    'The file is not an Excel workbook (.xlsx). Upload the survey export as .xlsx (old .xls, .ods and .csv will not do).',
  'surveys.file.truncated':
    'The file is damaged or was not uploaded completely. Download the export again and upload it once more.',
  'surveys.file.zip_bomb': 'The file would unpack to too much data ({part}): it is refused.',
  'surveys.file.too_large': 'The file is too large: {size} MB; at most {limit} MB is accepted.',
  'surveys.file.no_sheet': 'The workbook has no sheet "{sheet}". Its sheets: {available}.',
  'surveys.file.no_visible_sheet': 'The workbook has no visible sheet. Its sheets: {available}.',
  'surveys.file.empty_sheet': 'Sheet "{sheet}" is empty: it holds no value at all.',
  'surveys.file.encrypted':
    'The workbook is password-protected. Save it without a password and upload it again.',
  'surveys.file.missing': 'File "{file}" does not exist or cannot be read.',
  'surveys.import.noHeader':
    'No header row found on sheet "{sheet}": none of the first {rows} rows holds question titles.',
  'surveys.import.noQuestions':
    'No questions found on sheet "{sheet}": only metadata columns (time, ID, e-mail).',
  'surveys.import.noResponses': 'Sheet "{sheet}" has no response below its header row.',
  'surveys.import.unknownOverride': 'Column "{column}" is not among the file\'s headers.',
  'surveys.import.impossibleKind':
    'Column "{column}" cannot be read as "{kind}": its values do not fit.',
  'surveys.import.warning.duplicateHeader':
    'There are {count} columns headed "{column}": they were imported as separate questions.',
  'surveys.import.warning.titleRowsSkipped':
    'The header is on row {headerRow}; {rows} row(s) above it were skipped.',
  'surveys.import.warning.valuesWithoutHeader':
    'Values in columns without a header were not imported: {count}.',
  'surveys.import.warning.anonymisedDates':
    '{count} dates in "{column}" are 1980-01-01 (an anonymised survey): no submission time was stored.',
  'surveys.import.warning.emptyColumn': 'Column "{column}" is empty: nobody answered it.',
  'surveys.import.warning.mergedCells':
    'The data area has {count} merged range(s) ({ranges}); the top-left value of each was copied into all of its cells.',
  'surveys.import.warning.formulas':
    'The sheet has {count} formula cell(s); their last computed values were read.',
  'surveys.import.invalidOverride': 'The mapping setting "{field}" does not fit column "{column}".',
  'surveys.import.kindChanged':
    'Question "{column}" was imported before as "{before}" and now looks like "{after}". Adjust the mapping.',
  'surveys.import.scaleChanged':
    'Question "{column}" had the scale {before} before and {after} now. Adjust the mapping.',
  'surveys.import.nothingNew': 'No new responses: all {duplicates} responses were imported before.',
  'surveys.notYourUnit':
    "Only the survey unit's head, the deputy director or the director can manage this survey.",
  'surveys.hasResponses':
    'The survey already holds {responses} responses. To delete it, confirm with "withResponses=true".',
  'surveys.rows.tooManyRows':
    'Too many rows: {rows}; at most {max} can be sent at once. Upload a larger export as an .xlsx file.',
  'surveys.rows.tooManyColumns': 'Row {row} has too many columns: {columns}; at most {max}.',
  'surveys.rows.textTooLong':
    'The text in cell {cell} is too long: {length} characters; at most {max}.',
  'surveys.compare.needOther':
    'Say what to compare with: another survey (withYear and withSurvey) or two units (unitA and unitB).',
  'surveys.compare.unknownUnit': 'The survey has no responses from unit "{unit}".',
  'surveys.periodOutsideCycle': 'The survey period must belong to the {year} cycle.',

  'surveys.kind.meta': 'metadata',
  'surveys.kind.likert': 'Likert scale',
  'surveys.kind.scale0to10': '0–10 scale',
  'surveys.kind.single': 'single choice',
  'surveys.kind.multi': 'multiple choice',
  'surveys.kind.text': 'free text',

  'surveys.domain.satisfaction': 'Satisfaction',
  'surveys.domain.qualityOfLife': 'Quality of life',
  'surveys.domain.empowerment': 'Empowerment',
  'surveys.domain.serviceBenefit': 'Service benefit',

  'surveys.audience.recipients': 'Service recipients',
  'surveys.audience.families': "Recipients' families and relatives",
  'surveys.audience.staff': 'Staff',
  'surveys.audience.stakeholders': 'Stakeholders and partners',

  'surveys.family.googleForms': 'Google Forms',
  'surveys.family.msForms': 'Microsoft Forms',
  'surveys.family.limeSurvey': 'LimeSurvey',
  'surveys.family.kobo': 'KoboToolbox',
  'surveys.family.own': "The organisation's own sheet",

  'surveys.reject.notOnScale': 'A number outside the {min}–{max} scale.',
  'surveys.reject.unknownLabel': "The answer does not match the scale's labels.",
  'surveys.reject.notANumber': 'Not a number.',
  'surveys.reject.formula': 'A formula without a computed value.',
  'surveys.reject.error': 'An error value (such as #N/A).',
  'surveys.reject.badDate': 'Not a recognisable date or time.',
  'surveys.reject.tooLong': 'The text is too long.',

  'surveys.suppressed': 'suppressed (fewer than {minimumN} responses)',
  'surveys.suppressed.complementary': 'suppressed (so that other groups cannot be worked out)',
  'surveys.compare.multipleComparisons':
    '{count} questions were compared: with many comparisons some "significant" changes may be chance. Look at the adjusted (Holm) p-values.',
  'surveys.change.better': 'better',
  'surveys.change.worse': 'worse',
  'surveys.change.same': 'no change',
  'surveys.significant': 'significant change (p < 0.05)',
  'surveys.notSignificant': 'not significant',

  'cli.usage':
    'Usage: ciklas survey analyze <file.xlsx> [--sheet NAME] [--json] | ciklas survey compare <before.xlsx> <after.xlsx> [--json]',
  'cli.unknownCommand': 'Unknown command "{command}". {usage}',
  'cli.missingArgument': 'Missing argument: {name}.',
  'cli.unknownOption': 'Unknown option "{option}".',
  'cli.optionNeedsValue': 'Option "{option}" needs a value.',
  'cli.responses': 'Responses: {count}',
  'cli.header.question': 'Question',
  'cli.header.kind': 'Kind',
  'cli.header.n': 'n',
  'cli.header.mean': 'Mean',
  'cli.header.median': 'Median',
  'cli.header.top2box': 'Top-2-box',
  'cli.header.nps': 'NPS',
  'cli.header.deltaMean': 'Change in mean',
  'cli.header.pValue': 'p',
  'cli.header.significant': 'Significant',
  'cli.yes': 'yes',
  'cli.no': 'no',
};
