/** Individual support plans (IPP) and their outcomes: words users see. */
export const lt = {
  'supportPlans.domain.health': 'Sveikata',
  'supportPlans.domain.dailyLiving': 'Kasdienis gyvenimas ir savarankiškumas',
  'supportPlans.domain.familyRelationships': 'Šeima ir santykiai',
  'supportPlans.domain.educationEmployment': 'Išsilavinimas ir užimtumas',
  'supportPlans.domain.housing': 'Būstas',
  'supportPlans.domain.finances': 'Finansai',
  'supportPlans.domain.socialParticipation': 'Socialinis dalyvavimas',
  'supportPlans.domain.safety': 'Saugumas',
  'supportPlans.domain.emotionalWellbeing': 'Emocinė gerovė',

  'supportPlans.goalStatus.achieved': 'Pasiektas',
  'supportPlans.goalStatus.partly': 'Pasiektas iš dalies',
  'supportPlans.goalStatus.not': 'Nepasiektas',
  'supportPlans.goalStatus.dropped': 'Atsisakyta',

  'supportPlans.occasion.intake': 'Pradinis vertinimas',
  'supportPlans.occasion.review': 'Peržiūra',

  'supportPlans.scale.qualityOfLife': 'Gyvenimo kokybė (8 sritys, 1–5)',
  'supportPlans.scale.empowerment': 'Įgalinimas (5 aspektai, 1–5)',
  'supportPlans.scale.selfRating': 'Savęs vertinimas pagal gyvenimo sritis (1–10)',

  'supportPlans.scaleDomain.emotionalWellbeing': 'Emocinė gerovė',
  'supportPlans.scaleDomain.interpersonalRelations': 'Tarpusavio santykiai',
  'supportPlans.scaleDomain.materialWellbeing': 'Materialinė gerovė',
  'supportPlans.scaleDomain.personalDevelopment': 'Asmeninis tobulėjimas',
  'supportPlans.scaleDomain.physicalWellbeing': 'Fizinė gerovė',
  'supportPlans.scaleDomain.selfDetermination': 'Apsisprendimas',
  'supportPlans.scaleDomain.socialInclusion': 'Socialinė įtrauktis',
  'supportPlans.scaleDomain.rights': 'Teisės',
  'supportPlans.scaleDomain.selfConfidence': 'Pasitikėjimas savimi',
  'supportPlans.scaleDomain.decisionMaking': 'Sprendimų priėmimas',
  'supportPlans.scaleDomain.knowledgeOfRights': 'Savo teisių žinojimas',
  'supportPlans.scaleDomain.participation': 'Dalyvavimas',
  'supportPlans.scaleDomain.controlOverLife': 'Savo gyvenimo kontrolė',
  'supportPlans.scaleDomain.health': 'Sveikata',
  'supportPlans.scaleDomain.dailyLiving': 'Kasdienis gyvenimas ir savarankiškumas',
  'supportPlans.scaleDomain.familyRelationships': 'Šeima ir santykiai',
  'supportPlans.scaleDomain.educationEmployment': 'Išsilavinimas ir užimtumas',
  'supportPlans.scaleDomain.housing': 'Būstas',
  'supportPlans.scaleDomain.finances': 'Finansai',
  'supportPlans.scaleDomain.socialParticipation': 'Socialinis dalyvavimas',
  'supportPlans.scaleDomain.safety': 'Saugumas',

  'supportPlans.suppressed':
    'Duomenys nerodomi: mažiau nei {minimumN} paslaugų gavėjai, todėl juos būtų galima atpažinti.',

  'supportPlans.identifier.personalCode':
    'Laukas „{field}“: tekste yra asmens kodas. Pagalbos plane paslaugų gavėjas nurodomas tik pseudonimo kodu; asmens kodo įrašyti negalima.',
  'supportPlans.identifier.email':
    'Laukas „{field}“: tekste yra el. pašto adresas. Pagalbos plane negali būti duomenų, pagal kuriuos galima atpažinti asmenį.',
  'supportPlans.identifier.phone':
    'Laukas „{field}“: tekste yra telefono numeris. Pagalbos plane negali būti duomenų, pagal kuriuos galima atpažinti asmenį.',
  'supportPlans.unknownGoal':
    'Tikslo {id} šiame plane nėra; naujam tikslui identifikatoriaus nenurodykite.',
  'supportPlans.beforeStart': 'Data negali būti ankstesnė už plano pradžią ({startedOn}).',
  'supportPlans.targetIsBaseline':
    'Siektina reikšmė turi skirtis nuo pradinės: kitaip rezultato neįmanoma išmatuoti.',
  'supportPlans.goalHasReviews':
    'Tikslas {id} jau peržiūrėtas, todėl jo pašalinti negalima; jei jo atsisakoma, įrašykite peržiūrą su būsena „Atsisakyta“ ir priežastimi.',
  'supportPlans.reasonRequired': 'Atsisakant tikslo būtina nurodyti priežastį.',
  'supportPlans.noScores': 'Įrašykite bent vienos srities įvertinimą.',
  'supportPlans.domainNotOnScale': 'Šioje skalėje tokios srities nėra; galimos sritys: {domains}.',
  'supportPlans.scoreRange': 'Įvertinimas turi būti sveikasis skaičius nuo {min} iki {max}.',
  'supportPlans.intakeExists':
    'Pradinis vertinimas šia skale jau įrašytas ({recordedOn}); įrašykite peržiūrą.',
  'supportPlans.intakeMissing':
    'Peržiūrai reikia pradinio vertinimo ta pačia skale: pirmiausia įrašykite pradinį vertinimą.',
  'supportPlans.beforeIntake':
    'Peržiūros data negali būti ankstesnė už pradinį vertinimą ({recordedOn}).',
  'supportPlans.workerNotInUnit':
    'Atsakingas darbuotojas {userId} turi būti aktyvus šio skyriaus narys.',
  'supportPlans.codeTaken': 'Šiuo kodu pažymėtas paslaugų gavėjas jau turi pagalbos planą.',
  'supportPlans.forbidden.unit':
    'Pagalbos planus mato ir keičia tik jų skyriaus darbuotojai ir skyriaus vadovas, direktoriaus pavaduotojas socialiniam darbui ir direktorius.',
  'supportPlans.sheet.goals': 'Pagalbos planų tikslai',
  'supportPlans.col.recipientCode': 'Gavėjo kodas',
  'supportPlans.col.planId': 'Plano ID (nekeisti)',
  'supportPlans.col.unit': 'Skyrius',
  'supportPlans.col.domain': 'Gyvenimo sritis',
  'supportPlans.col.goal': 'Tikslas',
  'supportPlans.col.result': 'Matuojamas rezultatas',
  'supportPlans.col.baseline': 'Pradinė reikšmė',
  'supportPlans.col.target': 'Siektina reikšmė',
  'supportPlans.col.dueOn': 'Pasiekti iki',
  'supportPlans.col.nextReviewOn': 'Kita peržiūra',
  'supportPlans.col.responsible': 'Atsakingas darbuotojas',
  'supportPlans.col.status': 'Būsena (paskutinė peržiūra)',
  'supportPlans.sheet.unknownCode':
    'Pagalbos plano su šiuo gavėjo kodu nėra tarp jums matomų planų: pirmiausia sukurkite planą.',
  'supportPlans.sheet.goalStaysInPlan':
    'Tikslas lieka savo plane: gavėjo kodo keisti negalima (naujam planui įrašykite naują eilutę be ID).',
};

export const en: Record<keyof typeof lt, string> = {
  'supportPlans.domain.health': 'Health',
  'supportPlans.domain.dailyLiving': 'Daily living and independence',
  'supportPlans.domain.familyRelationships': 'Family and relationships',
  'supportPlans.domain.educationEmployment': 'Education and employment',
  'supportPlans.domain.housing': 'Housing',
  'supportPlans.domain.finances': 'Finances',
  'supportPlans.domain.socialParticipation': 'Social participation',
  'supportPlans.domain.safety': 'Safety',
  'supportPlans.domain.emotionalWellbeing': 'Emotional wellbeing',

  'supportPlans.goalStatus.achieved': 'Achieved',
  'supportPlans.goalStatus.partly': 'Partly achieved',
  'supportPlans.goalStatus.not': 'Not achieved',
  'supportPlans.goalStatus.dropped': 'Dropped',

  'supportPlans.occasion.intake': 'Intake',
  'supportPlans.occasion.review': 'Review',

  'supportPlans.scale.qualityOfLife': 'Quality of life (8 domains, 1–5)',
  'supportPlans.scale.empowerment': 'Empowerment (5 aspects, 1–5)',
  'supportPlans.scale.selfRating': 'Self-rating by life domain (1–10)',

  'supportPlans.scaleDomain.emotionalWellbeing': 'Emotional wellbeing',
  'supportPlans.scaleDomain.interpersonalRelations': 'Interpersonal relations',
  'supportPlans.scaleDomain.materialWellbeing': 'Material wellbeing',
  'supportPlans.scaleDomain.personalDevelopment': 'Personal development',
  'supportPlans.scaleDomain.physicalWellbeing': 'Physical wellbeing',
  'supportPlans.scaleDomain.selfDetermination': 'Self-determination',
  'supportPlans.scaleDomain.socialInclusion': 'Social inclusion',
  'supportPlans.scaleDomain.rights': 'Rights',
  'supportPlans.scaleDomain.selfConfidence': 'Self-confidence',
  'supportPlans.scaleDomain.decisionMaking': 'Decision-making',
  'supportPlans.scaleDomain.knowledgeOfRights': 'Knowing one’s rights',
  'supportPlans.scaleDomain.participation': 'Participation',
  'supportPlans.scaleDomain.controlOverLife': 'Control over one’s life',
  'supportPlans.scaleDomain.health': 'Health',
  'supportPlans.scaleDomain.dailyLiving': 'Daily living and independence',
  'supportPlans.scaleDomain.familyRelationships': 'Family and relationships',
  'supportPlans.scaleDomain.educationEmployment': 'Education and employment',
  'supportPlans.scaleDomain.housing': 'Housing',
  'supportPlans.scaleDomain.finances': 'Finances',
  'supportPlans.scaleDomain.socialParticipation': 'Social participation',
  'supportPlans.scaleDomain.safety': 'Safety',

  'supportPlans.suppressed':
    'Not shown: fewer than {minimumN} service recipients, who could be recognised.',

  'supportPlans.identifier.personalCode':
    'Field “{field}”: the text contains a personal code. A support plan names the recipient only by a pseudonymous code; a personal code may not be entered.',
  'supportPlans.identifier.email':
    'Field “{field}”: the text contains an e-mail address. A support plan may hold nothing that identifies the person.',
  'supportPlans.identifier.phone':
    'Field “{field}”: the text contains a phone number. A support plan may hold nothing that identifies the person.',
  'supportPlans.unknownGoal': 'This plan has no goal {id}; leave the id empty for a new goal.',
  'supportPlans.beforeStart': 'The date cannot be before the plan starts ({startedOn}).',
  'supportPlans.targetIsBaseline':
    'The target must differ from the baseline, or the result cannot be measured.',
  'supportPlans.goalHasReviews':
    'Goal {id} has been reviewed and cannot be removed; to give it up, record a review with status “Dropped” and the reason.',
  'supportPlans.reasonRequired': 'Dropping a goal needs a reason.',
  'supportPlans.noScores': 'Enter a score for at least one domain.',
  'supportPlans.domainNotOnScale': 'This scale has no such domain; its domains: {domains}.',
  'supportPlans.scoreRange': 'The score must be a whole number from {min} to {max}.',
  'supportPlans.intakeExists':
    'The intake on this scale is already recorded ({recordedOn}); record a review.',
  'supportPlans.intakeMissing':
    'A review needs an intake on the same scale: record the intake first.',
  'supportPlans.beforeIntake': 'The review cannot be dated before the intake ({recordedOn}).',
  'supportPlans.workerNotInUnit':
    'The responsible worker {userId} must be an active member of this unit.',
  'supportPlans.codeTaken': 'The recipient with this code already has a support plan.',
  'supportPlans.forbidden.unit':
    'Support plans are seen and changed only by their unit’s staff and head, the deputy director for social work and the director.',
  'supportPlans.sheet.goals': 'Support plan goals',
  'supportPlans.col.recipientCode': 'Recipient code',
  'supportPlans.col.planId': 'Plan ID (do not change)',
  'supportPlans.col.unit': 'Unit',
  'supportPlans.col.domain': 'Life domain',
  'supportPlans.col.goal': 'Goal',
  'supportPlans.col.result': 'Measurable result',
  'supportPlans.col.baseline': 'Baseline',
  'supportPlans.col.target': 'Target',
  'supportPlans.col.dueOn': 'Due on',
  'supportPlans.col.nextReviewOn': 'Next review',
  'supportPlans.col.responsible': 'Responsible worker',
  'supportPlans.col.status': 'Status (latest review)',
  'supportPlans.sheet.unknownCode':
    'No support plan with this recipient code among the plans you can see: create the plan first.',
  'supportPlans.sheet.goalStaysInPlan':
    'A goal stays in its plan: its recipient code cannot be changed (for another plan, add a new row without an ID).',
};
