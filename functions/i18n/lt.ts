/** Lithuanian, the default language. Every word a user sees has a key here and in en.ts. */
export const lt = {
  'problem.validation.title': 'Netinkami duomenys',
  'problem.validation.detail': 'Pataisykite nurodytus laukus: {fields}.',
  'problem.unauthenticated.title': 'Reikia prisijungti',
  'problem.unauthenticated.detail': 'Prieigos raktas nepateiktas arba negalioja.',
  'problem.forbidden.title': 'Neturite teisės',
  'problem.forbidden.detail': 'Šiam veiksmui reikia vieno iš vaidmenų: {roles}.',
  'problem.not_found.title': 'Nerasta',
  'problem.not_found.detail': 'Toks įrašas nerastas.',
  'problem.version_conflict.title': 'Įrašą jau pakeitė kitas naudotojas',
  'problem.version_conflict.detail':
    'Jūsų turima versija {sent} nebėra naujausia. Peržiūrėkite dabartinį įrašą (current) ir pakartokite.',
  'problem.invalid_state.title': 'Šiuo metu to padaryti negalima',
  'forbidden.notYourUnit': 'Galite keisti tik savo skyriaus įrašus.',
  'problem.internal.title': 'Vidinė klaida',
  'problem.internal.detail':
    'Įvyko nenumatyta klaida. Nurodykite užklausos numerį {requestId}, kai kreipsitės pagalbos.',
  'problem.body_not_json': 'Užklausos turinys nėra tinkamas JSON.',
  'problem.body_required': 'Trūksta užklausos turinio.',

  'role.staff': 'darbuotojas',
  'role.unitHead': 'skyriaus vadovas',
  'role.deputy': 'direktoriaus pavaduotojas socialiniam darbui',
  'role.director': 'direktorius',
  'role.admin': 'administratorius',

  'phase.planning': 'Planavimas',
  'phase.implementation': 'Įgyvendinimas',
  'phase.evaluation': 'Veiklos rezultatų vertinimas',
  'phase.improvement': 'Tobulinimosi priemonių numatymas',
  'phase.closed': 'Užbaigtas',

  'deadline.annualPlanApproval': 'Metinio veiklos plano patvirtinimas',
  'deadline.founderAgreement': 'Metinio veiklos plano suderinimas su steigėju',
  'deadline.halfYearReport': 'Pusmetinė ataskaita direktoriui',
  'deadline.annualReport': 'Metinės veiklos ataskaitos patvirtinimas',
  'deadline.rule.annualPlanApproval': 'Per du mėnesius po metinio įstaigos biudžeto patvirtinimo.',
  'deadline.rule.founderAgreement':
    'Metinis veiklos planas derinamas su steigėju prieš jį tvirtinant direktoriui (terminas – kaip plano patvirtinimo).',
  'deadline.rule.halfYearReport':
    'Pasibaigus pusmečiui teikiama direktoriui; įstaigos praktika – iki kito mėnesio pabaigos.',
  'deadline.rule.annualReport': 'Per keturis mėnesius pasibaigus kalendoriniams metams.',

  'status.done': 'Atlikta',
  'status.doneLate': 'Atlikta pavėluotai',
  'status.overdue': 'Vėluojama',
  'status.dueSoon': 'Artėja terminas',
  'status.upcoming': 'Laukiama',
  'status.unscheduled': 'Terminas dar nežinomas',

  'warning.deadlineOverdue': '„{deadline}“: terminas {dueOn} praėjo prieš {days} d.',
  'warning.deadlineDueSoon': '„{deadline}“: terminas {dueOn}, liko {days} d.',
  'warning.budgetDateMissing':
    'Nenurodyta {year} m. biudžeto patvirtinimo data, todėl metinio veiklos plano terminas nežinomas.',

  'validation.dateOutsideCycle': 'Data turi būti tarp {from} ir {to}.',
  'validation.dateBeforeBudget':
    'Data negali būti ankstesnė už biudžeto patvirtinimo datą ({budget}).',
  'validation.dateInFuture': 'Data negali būti vėlesnė nei šiandien ({today}).',
  'validation.yearMismatch': 'Metai turi sutapti su adrese nurodytais metais ({year}).',
  'validation.unknownUnit': 'Tokio skyriaus nėra.',
  'validation.badCursor': 'Netinkamas puslapio žymeklis (cursor).',
  'validation.entityPair': 'Laukai entityType ir entityId nurodomi kartu.',
  'validation.tooManyChanges': 'Vienu kartu galima pakeisti ne daugiau kaip {max} įrašų.',
  'validation.duplicateName': 'Toks pavadinimas jau naudojamas (skyrius {id}).',
} as const;
