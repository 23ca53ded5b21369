/** Reports (annual, half-year, recipients' summary) and their workflow: words users see. */
export const lt = {
  'reports.notSubmittable':
    'Pateikti galima tik rengiamą arba grąžintą ataskaitą (dabar: {state}).',
  'reports.notSubmitted': 'Tvirtinti ar grąžinti galima tik pateiktą ataskaitą (dabar: {state}).',
  'reports.commentRequired': 'Grąžinant ataskaitą reikia nurodyti pastabas.',
  'reports.presentAnnualOnly': 'Darbuotojams pristatoma tik metinė ataskaita.',
  'reports.notApproved': 'Pristatyti galima tik patvirtintą ataskaitą (dabar: {state}).',
  'reports.meetingBeforeApproval':
    'Susirinkimas negali būti ankstesnis nei ataskaitos patvirtinimas ({approvedOn}).',
  'reports.versionInProgress': 'Nauja versija rengiama tik patvirtinus ankstesnę (dabar: {state}).',

  'reports.kind.annual': 'Metinė veiklos ataskaita',
  'reports.kind.halfYear': 'Pusmetinė ataskaita',
  'reports.kind.recipientsSummary': 'Atmintinė paslaugų gavėjams',

  'reports.state.draft': 'Rengiama',
  'reports.state.submitted': 'Pateikta direktoriui',
  'reports.state.returned': 'Grąžinta taisyti',
  'reports.state.approved': 'Patvirtinta',
  'reports.state.presented': 'Pristatyta darbuotojams',

  'reports.source.live': 'Dabartiniai duomenys',
  'reports.source.snapshot': 'Užfiksuoti pateikimo metu',
  'reports.overdue': 'Vėluojama: terminas buvo {dueOn}',
  'reports.suppressed': 'Mažiau nei {minimumN} atsakiusiųjų – neskelbiama',
  'reports.scope.overall': 'Visa įstaiga',

  'reports.section.cover': 'Titulinis lapas',
  'reports.section.keyFigures': 'Pagrindiniai rodikliai',
  'reports.section.planExecution': 'Veiklos plano vykdymas',
  'reports.section.training': 'Kompetencijų tobulinimas',
  'reports.section.projects': 'Projektai ir naujovės',
  'reports.section.surveys': 'Apklausos',
  'reports.section.feedback': 'Skundai ir pasiūlymai',
  'reports.section.improvementActions': 'Tobulinimo priemonės',
  'reports.section.benchmark': 'Palyginimas su kitomis įstaigomis',
  'reports.section.strengths': 'Stiprybės',
  'reports.section.weaknesses': 'Tobulintinos sritys',
  'reports.section.satisfaction': 'Kiek žmonės buvo patenkinti',
  'reports.section.changes': 'Kas pasikeitė dėl jūsų pasiūlymų',
  'reports.section.next': 'Kas laukia toliau',

  'reports.unit.count': 'vnt.',
  'reports.unit.percent': '%',
  'reports.unit.points': 'proc. p.',
  'reports.unit.hours': 'val.',
  'reports.unit.days': 'd.',
  'reports.unit.eur': 'Eur',
  'reports.unit.score100': 'balai iš 100',
  'reports.unit.scalePoints': 'skalės balai',

  'reports.direction.better': 'Geriau',
  'reports.direction.worse': 'Blogiau',
  'reports.direction.same': 'Nepakito',

  'reports.figure.planItems': 'Plano priemonių',
  'reports.figure.planDonePercent': 'Įvykdyta plano priemonių',
  'reports.figure.planOverdue': 'Vėluojančių plano priemonių',
  'reports.figure.trainingDonePercent': 'Įvykdyta mokymų valandų',
  'reports.figure.trainingHoursPerEmployee': 'Mokymų valandų vienam darbuotojui',
  'reports.figure.needsCoveredPercent': 'Atliepta kompetencijų poreikių',
  'reports.figure.recipientSatisfactionPercent': 'Patenkintų paslaugų gavėjų',
  'reports.figure.complaints': 'Gauta skundų',
  'reports.figure.complaintsOnTimePercent': 'Į skundus atsakyta laiku',
  'reports.figure.suggestionsAcceptedPercent': 'Priimta gavėjų pasiūlymų ir skundų',
  'reports.figure.actionsDonePercent': 'Įgyvendinta tobulinimo priemonių',
  'reports.figure.actionsOverdue': 'Vėluojančių tobulinimo priemonių',
  'reports.figure.projects': 'Projektų, partnerysčių ir naujovių',

  'reports.figureDefinition.planItems':
    'Metų plano priemonės (metinės ir pusmečių), neįskaitant atšauktų.',
  'reports.figureDefinition.planDonePercent': 'Įvykdytos priemonės ÷ visos priemonės, %.',
  'reports.figureDefinition.planOverdue':
    'Nebaigtos ir neatšauktos priemonės, kurių terminas ataskaitos dieną praėjęs.',
  'reports.figureDefinition.trainingDonePercent':
    'Įvykdytos mokymų valandos ÷ suplanuotos (kiekvienam dalyviui), %.',
  'reports.figureDefinition.trainingHoursPerEmployee':
    'Įvykdytos mokymų valandos ÷ aktyvių darbuotojų skaičius.',
  'reports.figureDefinition.needsCoveredPercent':
    'Poreikiai, kuriuos atliepia bent vienas mokymas ÷ visi nurodyti poreikiai, %.',
  'reports.figureDefinition.recipientSatisfactionPercent':
    'Paslaugų gavėjų apklausų pasitenkinimo srities dviejų palankiausių atsakymų dalis, %, sujungus atsakiusiuosius.',
  'reports.figureDefinition.complaints': 'Per ciklą gauti skundai.',
  'reports.figureDefinition.complaintsOnTimePercent':
    'Skundai, į kuriuos atsakyta iki termino ÷ atsakyti ir vėluojantys skundai, %.',
  'reports.figureDefinition.suggestionsAcceptedPercent':
    'Priimti gavėjų pasiūlymai ir skundai ÷ išspręsti, %.',
  'reports.figureDefinition.actionsDonePercent':
    'Praėjusių metų vertinimo priemonės, įgyvendintos šiais metais ÷ neatšauktos, %.',
  'reports.figureDefinition.actionsOverdue':
    'Nebaigtos tobulinimo priemonės, kurių terminas ataskaitos dieną praėjęs.',
  'reports.figureDefinition.projects':
    'Metų projektai, partnerystės, naujovės ir socialinės atsakomybės veiklos.',

  'reports.finding.indicatorImproved': 'Rodiklis „{name}“ pagerėjo: {value} (buvo {reference}).',
  'reports.finding.indicatorWorsened': 'Rodiklis „{name}“ pablogėjo: {value} (buvo {reference}).',
  'reports.finding.indicatorTargetMissed':
    'Rodiklio „{name}“ siektina reikšmė nepasiekta: {value} (siekta {reference}).',
  'reports.finding.surveyImproved':
    'Apklausoje „{name}“ reikšmingai pagerėjo: {value} % (buvo {reference} %).',
  'reports.finding.surveyWorsened':
    'Apklausoje „{name}“ reikšmingai pablogėjo: {value} % (buvo {reference} %).',
  'reports.finding.satisfactionHigh':
    'Apklausoje „{name}“ patenkinti {value} % gavėjų (ne mažiau kaip {reference} %).',
  'reports.finding.satisfactionLow':
    'Apklausoje „{name}“ patenkinti tik {value} % gavėjų (mažiau nei {reference} %).',
  'reports.finding.planExecutionHigh':
    'Įvykdyta {value} % plano priemonių (ne mažiau kaip {reference} %).',
  'reports.finding.planExecutionLow':
    'Įvykdyta tik {value} % plano priemonių (mažiau nei {reference} %).',
  'reports.finding.planOverdue': 'Vėluoja {value} plano priemonės.',
  'reports.finding.trainingDoneHigh':
    'Įvykdyta {value} % suplanuotų mokymų valandų (ne mažiau kaip {reference} %).',
  'reports.finding.trainingDoneLow':
    'Įvykdyta tik {value} % suplanuotų mokymų valandų (mažiau nei {reference} %).',
  'reports.finding.needsCoveredLow':
    'Mokymai atliepia tik {value} % kompetencijų poreikių (mažiau nei {reference} %).',
  'reports.finding.complaintsOnTime': 'Į visus skundus atsakyta laiku.',
  'reports.finding.complaintsLate': 'Į {value} skundus atsakyta pavėluotai arba dar neatsakyta.',
  'reports.finding.actionsEffective':
    '{value} iš {reference} tobulinimo priemonių pagerino savo rodiklį.',
  'reports.finding.actionsOverdue': 'Vėluoja {value} tobulinimo priemonės.',
} as const;

export const en: Record<keyof typeof lt, string> = {
  'reports.notSubmittable': 'Only a draft or returned report can be submitted (now: {state}).',
  'reports.notSubmitted': 'Only a submitted report can be approved or returned (now: {state}).',
  'reports.commentRequired': 'Returning the report needs comments.',
  'reports.presentAnnualOnly': 'Only the annual report is presented to staff.',
  'reports.notApproved': 'Only an approved report can be presented (now: {state}).',
  'reports.meetingBeforeApproval':
    'The meeting cannot be before the report was approved ({approvedOn}).',
  'reports.versionInProgress':
    'A new version is opened only once the previous one is approved (now: {state}).',

  'reports.kind.annual': 'Annual activity report',
  'reports.kind.halfYear': 'Half-year report',
  'reports.kind.recipientsSummary': 'Summary for service recipients',

  'reports.state.draft': 'Being prepared',
  'reports.state.submitted': 'Submitted to the director',
  'reports.state.returned': 'Returned for changes',
  'reports.state.approved': 'Approved',
  'reports.state.presented': 'Presented to staff',

  'reports.source.live': 'Current data',
  'reports.source.snapshot': 'Frozen at submission',
  'reports.overdue': 'Overdue: it was due on {dueOn}',
  'reports.suppressed': 'Fewer than {minimumN} respondents: not shown',
  'reports.scope.overall': 'Whole organisation',

  'reports.section.cover': 'Cover',
  'reports.section.keyFigures': 'Key figures',
  'reports.section.planExecution': 'Plan execution',
  'reports.section.training': 'Competence development',
  'reports.section.projects': 'Projects and innovations',
  'reports.section.surveys': 'Surveys',
  'reports.section.feedback': 'Complaints and suggestions',
  'reports.section.improvementActions': 'Improvement actions',
  'reports.section.benchmark': 'Comparison with other organisations',
  'reports.section.strengths': 'Strengths',
  'reports.section.weaknesses': 'Areas to improve',
  'reports.section.satisfaction': 'How satisfied people were',
  'reports.section.changes': 'What changed because of your suggestions',
  'reports.section.next': 'What comes next',

  'reports.unit.count': 'count',
  'reports.unit.percent': '%',
  'reports.unit.points': 'percentage points',
  'reports.unit.hours': 'hours',
  'reports.unit.days': 'days',
  'reports.unit.eur': 'EUR',
  'reports.unit.score100': 'points of 100',
  'reports.unit.scalePoints': 'scale points',

  'reports.direction.better': 'Better',
  'reports.direction.worse': 'Worse',
  'reports.direction.same': 'Unchanged',

  'reports.figure.planItems': 'Plan items',
  'reports.figure.planDonePercent': 'Plan items done',
  'reports.figure.planOverdue': 'Plan items overdue',
  'reports.figure.trainingDonePercent': 'Training hours done',
  'reports.figure.trainingHoursPerEmployee': 'Training hours per employee',
  'reports.figure.needsCoveredPercent': 'Competence needs covered',
  'reports.figure.recipientSatisfactionPercent': 'Satisfied service recipients',
  'reports.figure.complaints': 'Complaints received',
  'reports.figure.complaintsOnTimePercent': 'Complaints answered on time',
  'reports.figure.suggestionsAcceptedPercent': 'Recipients’ suggestions and complaints accepted',
  'reports.figure.actionsDonePercent': 'Improvement actions done',
  'reports.figure.actionsOverdue': 'Improvement actions overdue',
  'reports.figure.projects': 'Projects, partnerships and innovations',

  'reports.figureDefinition.planItems':
    'The year’s plan items (annual and half-year), cancelled ones left out.',
  'reports.figureDefinition.planDonePercent': 'Items done ÷ all items, %.',
  'reports.figureDefinition.planOverdue':
    'Items neither finished nor cancelled whose due date had passed on the report’s date.',
  'reports.figureDefinition.trainingDonePercent':
    'Training hours done ÷ hours planned (per participant), %.',
  'reports.figureDefinition.trainingHoursPerEmployee':
    'Training hours done ÷ the number of active staff.',
  'reports.figureDefinition.needsCoveredPercent':
    'Needs answered by at least one training item ÷ all needs stated, %.',
  'reports.figureDefinition.recipientSatisfactionPercent':
    'Share of the two most favourable answers in the satisfaction domain of the recipients’ surveys, %, respondents pooled.',
  'reports.figureDefinition.complaints': 'Complaints received in the cycle.',
  'reports.figureDefinition.complaintsOnTimePercent':
    'Complaints answered by their due date ÷ complaints answered or overdue, %.',
  'reports.figureDefinition.suggestionsAcceptedPercent':
    'Recipients’ suggestions and complaints accepted ÷ decided, %.',
  'reports.figureDefinition.actionsDonePercent':
    'Actions from last year’s evaluation done this year ÷ those not cancelled, %.',
  'reports.figureDefinition.actionsOverdue':
    'Improvement actions not finished whose due date had passed on the report’s date.',
  'reports.figureDefinition.projects':
    'The year’s projects, partnerships, innovations and social-responsibility activities.',

  'reports.finding.indicatorImproved': 'Indicator “{name}” improved: {value} (was {reference}).',
  'reports.finding.indicatorWorsened': 'Indicator “{name}” worsened: {value} (was {reference}).',
  'reports.finding.indicatorTargetMissed':
    'Indicator “{name}” missed its target: {value} (target {reference}).',
  'reports.finding.surveyImproved':
    'Survey “{name}” improved significantly: {value} % (was {reference} %).',
  'reports.finding.surveyWorsened':
    'Survey “{name}” worsened significantly: {value} % (was {reference} %).',
  'reports.finding.satisfactionHigh':
    'In survey “{name}”, {value} % of recipients were satisfied (at least {reference} %).',
  'reports.finding.satisfactionLow':
    'In survey “{name}”, only {value} % of recipients were satisfied (below {reference} %).',
  'reports.finding.planExecutionHigh':
    '{value} % of plan items were done (at least {reference} %).',
  'reports.finding.planExecutionLow':
    'Only {value} % of plan items were done (below {reference} %).',
  'reports.finding.planOverdue': '{value} plan items are overdue.',
  'reports.finding.trainingDoneHigh':
    '{value} % of planned training hours were done (at least {reference} %).',
  'reports.finding.trainingDoneLow':
    'Only {value} % of planned training hours were done (below {reference} %).',
  'reports.finding.needsCoveredLow':
    'Training answers only {value} % of competence needs (below {reference} %).',
  'reports.finding.complaintsOnTime': 'Every complaint was answered on time.',
  'reports.finding.complaintsLate': '{value} complaints were answered late or not yet answered.',
  'reports.finding.actionsEffective':
    '{value} of {reference} improvement actions improved their indicator.',
  'reports.finding.actionsOverdue': '{value} improvement actions are overdue.',
};
