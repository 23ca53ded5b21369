/** Benchmarking against other organisations: words users see. */
export const lt = {
  'benchmark.notConfigured':
    'Palyginimas su kitomis įstaigomis šioje aplinkoje neįjungtas: nenustatytas dalyvių pseudonimų raktas.',
  'benchmark.notOptedIn':
    'Įstaiga nedalyvauja palyginime su kitomis įstaigomis. Dalyvavimą gali įjungti direktorius.',

  'benchmark.figure.recipientSatisfactionPercent':
    'Patenkintų paslaugų gavėjų (2 geriausi atsakymai)',
  'benchmark.figure.trainingHoursPerEmployee': 'Mokymų valandų vienam darbuotojui',
  'benchmark.figure.planDonePercent': 'Įvykdyta metinio plano priemonių',
  'benchmark.figure.complaintsOnTimePercent': 'Į skundus atsakyta laiku',
  'benchmark.figure.supportGoalsAchievedPercent': 'Pasiekta individualių pagalbos planų tikslų',

  'benchmark.peerGroup.all': 'Visos dalyvaujančios įstaigos',
  'benchmark.peerGroup.orgType': 'To paties tipo įstaigos: {orgType}',
  'benchmark.peerGroup.municipality': 'Tos pačios savivaldybės įstaigos: {municipality}',

  'benchmark.orgType.familyChildWelfare': 'šeimos ir vaiko gerovės centrai',
  'benchmark.orgType.fosterCare': 'globos centrai',
  'benchmark.orgType.dayCentre': 'dienos centrai',
  'benchmark.orgType.residentialCare': 'stacionarios globos įstaigos',
  'benchmark.orgType.homeCare': 'pagalbos į namus tarnybos',
  'benchmark.orgType.other': 'kitos įstaigos',

  'benchmark.notEnoughData': 'Per mažai duomenų: reikia bent {organisations} įstaigų.',
  'benchmark.notEnoughDataSurvey':
    'Per mažai duomenų: reikia bent {organisations} įstaigų, kurių kiekvienos apklausoje dalyvavo bent {respondents} respondentų.',

  'benchmark.position.top': 'Tarp geriausių (virš viršutinio kvartilio)',
  'benchmark.position.middle': 'Per vidurį (tarp kvartilių)',
  'benchmark.position.bottom': 'Tarp silpniausių (žemiau apatinio kvartilio)',

  'benchmark.publishStatus.published': 'Paskelbta',
  'benchmark.publishStatus.noValue':
    'Šiais metais nėra iš ko apskaičiuoti; ankstesnė reikšmė pašalinta',
  'benchmark.publishStatus.tooFewRespondents':
    'Per mažai respondentų (mažiau nei {respondents}); nepaskelbta',
  'benchmark.publishStatus.noSource': 'Šio rodiklio sistema dar neskaičiuoja',
};

export const en: Record<keyof typeof lt, string> = {
  'benchmark.notConfigured':
    'Benchmarking is not set up in this deployment: no key for contributors’ pseudonyms is configured.',
  'benchmark.notOptedIn':
    'Your organisation does not take part in benchmarking. The director can opt in.',

  'benchmark.figure.recipientSatisfactionPercent': 'Satisfied service recipients (top-2-box)',
  'benchmark.figure.trainingHoursPerEmployee': 'Training hours per employee',
  'benchmark.figure.planDonePercent': 'Annual plan items done',
  'benchmark.figure.complaintsOnTimePercent': 'Complaints answered on time',
  'benchmark.figure.supportGoalsAchievedPercent': 'Support-plan goals achieved',

  'benchmark.peerGroup.all': 'All participating organisations',
  'benchmark.peerGroup.orgType': 'Organisations of the same type: {orgType}',
  'benchmark.peerGroup.municipality': 'Organisations in the same municipality: {municipality}',

  'benchmark.orgType.familyChildWelfare': 'family and child welfare centres',
  'benchmark.orgType.fosterCare': 'foster care centres',
  'benchmark.orgType.dayCentre': 'day centres',
  'benchmark.orgType.residentialCare': 'residential care homes',
  'benchmark.orgType.homeCare': 'home care services',
  'benchmark.orgType.other': 'other organisations',

  'benchmark.notEnoughData': 'Not enough data: at least {organisations} organisations are needed.',
  'benchmark.notEnoughDataSurvey':
    'Not enough data: at least {organisations} organisations with at least {respondents} survey respondents each are needed.',

  'benchmark.position.top': 'Among the best (above the upper quartile)',
  'benchmark.position.middle': 'In the middle (between the quartiles)',
  'benchmark.position.bottom': 'Among the weakest (below the lower quartile)',

  'benchmark.publishStatus.published': 'Published',
  'benchmark.publishStatus.noValue':
    'Nothing to compute it from this year; an earlier value was removed',
  'benchmark.publishStatus.tooFewRespondents':
    'Too few respondents (fewer than {respondents}); not published',
  'benchmark.publishStatus.noSource': 'Ciklas does not compute this figure yet',
};
