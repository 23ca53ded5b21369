/** Strategy goals, indicators, improvement actions, projects register: words users see. */
export const lt = {
  'improvement.period': '{from}–{to} m.',

  'improvement.unit.percent': '%',
  'improvement.unit.count': 'vnt.',
  'improvement.unit.hours': 'val.',
  'improvement.unit.days': 'd.',
  'improvement.unit.score': 'balai',
  'improvement.unit.eur': 'Eur',

  'improvement.direction.up': 'Kuo didesnė reikšmė, tuo geriau',
  'improvement.direction.down': 'Kuo mažesnė reikšmė, tuo geriau',

  'improvement.assessment.better': 'Pagerėjo',
  'improvement.assessment.worse': 'Pablogėjo',
  'improvement.assessment.same': 'Nepakito',
  'improvement.assessment.noData': 'Trūksta duomenų palyginti',

  'improvement.target.met': 'Siektina reikšmė pasiekta',
  'improvement.target.notMet': 'Siektina reikšmė nepasiekta',
  'improvement.target.none': 'Siektina reikšmė nenustatyta',
  'improvement.target.noData': 'Nėra šių metų reikšmės',

  'improvement.change.points': '{absolute} proc. p.',
  'improvement.change.relative': '{absolute} {unit} ({relative} %)',
  'improvement.change.plain': '{absolute} {unit}',

  'improvement.findingKind.survey': 'Apklausa',
  'improvement.findingKind.indicator': 'Rodiklis',
  'improvement.findingKind.complaint': 'Skundas',
  'improvement.findingKind.audit': 'Auditas',
  'improvement.findingKind.review': 'Veiklos vertinimas',
  'improvement.findingKind.other': 'Kita',

  'improvement.actionStatus.open': 'Numatyta',
  'improvement.actionStatus.inProgress': 'Vykdoma',
  'improvement.actionStatus.done': 'Įvykdyta',
  'improvement.actionStatus.cancelled': 'Atšaukta',
  'improvement.overdue': 'Vėluojama {days} d.',

  'improvement.projectKind.project': 'Projektas',
  'improvement.projectKind.partnership': 'Partnerystė',
  'improvement.projectKind.innovation': 'Naujovė',
  'improvement.projectKind.socialResponsibility': 'Socialinės atsakomybės veikla',

  'improvement.projectStatus.planned': 'Planuojama',
  'improvement.projectStatus.ongoing': 'Vykdoma',
  'improvement.projectStatus.completed': 'Įgyvendinta',
  'improvement.projectStatus.cancelled': 'Atšaukta',

  'improvement.validation.periodOrder':
    'Laikotarpio pabaigos metai negali būti ankstesni už pradžios metus ({from}).',
  'improvement.validation.duplicateGoalCode':
    'Kodas {code} jau suteiktas {from}–{to} m. strateginiam tikslui.',
  'improvement.validation.duplicateIndicatorCode': 'Rodiklio kodas {code} jau naudojamas.',
  'improvement.validation.percentRange': 'Procentinė reikšmė turi būti nuo 0 iki 100.',
  'improvement.validation.negativeValue': 'Reikšmė negali būti neigiama.',
  'improvement.validation.unitMisfitsValues':
    'Šis matavimo vienetas netinka jau įrašytoms reikšmėms ({year} m.: {value}).',
  'improvement.validation.yearNotBegun':
    '{year} m. dar neprasidėjo, todėl jų reikšmės įrašyti negalima.',
  'improvement.validation.unknownGoal': 'Tokio strateginio tikslo nėra.',
  'improvement.validation.unknownIndicator': 'Tokio rodiklio nėra.',
  'improvement.validation.unknownMember': 'Toks darbuotojas neužregistruotas arba nebedirba.',
  'improvement.validation.reasonRequired': 'Nurodykite, kodėl priemonė atšaukiama.',
  'improvement.validation.doneOnNeedsDone': 'Įvykdymo data nurodoma tik įvykdytai priemonei.',
  'improvement.validation.endBeforeStart':
    'Pabaigos data negali būti ankstesnė už pradžios datą ({from}).',
  'improvement.validation.outsideYear': 'Veikla turi vykti bent dalį {year} m.',
  'improvement.validation.endRequired': 'Įgyvendintai veiklai nurodykite pabaigos datą.',

  'improvement.forbidden.ownerProgressOnly':
    'Kaip atsakingas asmuo galite keisti tik savo priemonės būseną ir eigą.',
} as const;

export const en: Record<keyof typeof lt, string> = {
  'improvement.period': '{from}–{to}',

  'improvement.unit.percent': '%',
  'improvement.unit.count': 'count',
  'improvement.unit.hours': 'hours',
  'improvement.unit.days': 'days',
  'improvement.unit.score': 'points',
  'improvement.unit.eur': 'EUR',

  'improvement.direction.up': 'Higher is better',
  'improvement.direction.down': 'Lower is better',

  'improvement.assessment.better': 'Improved',
  'improvement.assessment.worse': 'Worsened',
  'improvement.assessment.same': 'Unchanged',
  'improvement.assessment.noData': 'Not enough data to compare',

  'improvement.target.met': 'Target met',
  'improvement.target.notMet': 'Target not met',
  'improvement.target.none': 'No target set',
  'improvement.target.noData': 'No value for the year',

  'improvement.change.points': '{absolute} percentage points',
  'improvement.change.relative': '{absolute} {unit} ({relative}%)',
  'improvement.change.plain': '{absolute} {unit}',

  'improvement.findingKind.survey': 'Survey',
  'improvement.findingKind.indicator': 'Indicator',
  'improvement.findingKind.complaint': 'Complaint',
  'improvement.findingKind.audit': 'Audit',
  'improvement.findingKind.review': 'Performance review',
  'improvement.findingKind.other': 'Other',

  'improvement.actionStatus.open': 'Open',
  'improvement.actionStatus.inProgress': 'In progress',
  'improvement.actionStatus.done': 'Done',
  'improvement.actionStatus.cancelled': 'Cancelled',
  'improvement.overdue': '{days} days overdue',

  'improvement.projectKind.project': 'Project',
  'improvement.projectKind.partnership': 'Partnership',
  'improvement.projectKind.innovation': 'Innovation',
  'improvement.projectKind.socialResponsibility': 'Social-responsibility activity',

  'improvement.projectStatus.planned': 'Planned',
  'improvement.projectStatus.ongoing': 'Ongoing',
  'improvement.projectStatus.completed': 'Completed',
  'improvement.projectStatus.cancelled': 'Cancelled',

  'improvement.validation.periodOrder': 'The period cannot end before it begins ({from}).',
  'improvement.validation.duplicateGoalCode':
    'Code {code} is already given to a strategy goal for {from}–{to}.',
  'improvement.validation.duplicateIndicatorCode': 'Indicator code {code} is already in use.',
  'improvement.validation.percentRange': 'A percentage must be between 0 and 100.',
  'improvement.validation.negativeValue': 'The value cannot be negative.',
  'improvement.validation.unitMisfitsValues':
    'This unit does not fit the values already recorded ({year}: {value}).',
  'improvement.validation.yearNotBegun': '{year} has not begun, so its value cannot be recorded.',
  'improvement.validation.unknownGoal': 'There is no such strategy goal.',
  'improvement.validation.unknownIndicator': 'There is no such indicator.',
  'improvement.validation.unknownMember': 'No active registered user has this id.',
  'improvement.validation.reasonRequired': 'Say why the action is cancelled.',
  'improvement.validation.doneOnNeedsDone': 'A completion date is given only for a done action.',
  'improvement.validation.endBeforeStart': 'The end date cannot be before the start date ({from}).',
  'improvement.validation.outsideYear': 'The activity must run during at least part of {year}.',
  'improvement.validation.endRequired': 'Give the end date of a completed activity.',

  'improvement.forbidden.ownerProgressOnly':
    'As its owner you may change only the status and progress of your action.',
};
