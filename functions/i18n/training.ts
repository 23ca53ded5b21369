/** Competence needs and the training plan: words users see. */
export const lt = {
  'training.area.socialWorkMethods': 'Socialinio darbo metodai',
  'training.area.childProtection': 'Vaiko teisių apsauga ir gerovė',
  'training.area.psychologyTrauma': 'Psichologija ir darbas su trauma',
  'training.area.communication': 'Bendravimas ir bendradarbiavimas',
  'training.area.legal': 'Teisės aktai ir teisinis reguliavimas',
  'training.area.quality': 'Paslaugų kokybė (EQUASS)',
  'training.area.digital': 'Skaitmeninės kompetencijos',
  'training.area.management': 'Vadyba ir lyderystė',
  'training.area.healthSafety': 'Darbuotojų sauga ir sveikata',
  'training.area.other': 'Kita',

  'training.source.staffRequest': 'Darbuotojo pageidavimas',
  'training.source.performanceReview': 'Kasmetinis veiklos vertinimas',
  'training.source.selfAssessment': 'Profesinės kompetencijos įsivertinimas',
  'training.source.other': 'Kita',

  'training.format.inHouse': 'Vidiniai mokymai',
  'training.format.external': 'Išoriniai mokymai',
  'training.format.online': 'Nuotoliniai mokymai',
  'training.format.supervision': 'Supervizija',
  'training.format.conference': 'Konferencija, seminaras',
  'training.format.other': 'Kita',

  'training.coverage.full': 'Įtraukta į kompetencijų tobulinimo planą',
  'training.coverage.partial': 'Iš dalies įtraukta į kompetencijų tobulinimo planą',
  'training.coverage.none': 'Neįtraukta į kompetencijų tobulinimo planą',

  'training.ownNeedsOnly':
    'Darbuotojas gali įrašyti ir keisti tik savo kompetencijų tobulinimo poreikius.',
  'training.notYourParticipant':
    'Baigimą gali įrašyti pavaduotojas, direktorius arba dalyvio skyriaus vadovas.',
  'training.unknownMember': 'Tokio darbuotojo įstaigos darbuotojų sąraše nėra.',
  'training.inactiveMember':
    'Šis darbuotojas nebedirba įstaigoje, todėl naujai įtraukti jo negalima.',
  'training.unitRequired':
    'Nurodykite skyrių: darbuotojas priklauso keliems skyriams arba nė vienam.',
  'training.employeeNotInUnit': 'Darbuotojas nepriklauso šiam skyriui.',
  'training.needLinked': 'Poreikio ištrinti negalima: jis susietas su šiais mokymais: {trainings}.',
  'training.hasCompletions': 'Mokymų ištrinti negalima: jau įrašyta, kad dalyviai juos baigė.',
  'training.toBeforeFrom': 'Pabaigos data negali būti ankstesnė už pradžios datą.',
  'training.duplicateParticipant': 'Šis dalyvis jau nurodytas.',
  'training.duplicateNeed': 'Šis poreikis jau nurodytas.',
  'training.unknownNeed': 'Tokio poreikio šių metų cikle nėra.',
  'training.participantHasCompletion':
    'Dalyvio {userId} pašalinti negalima: jau įrašyta, kad jis baigė mokymus.',
  'training.plannedBelowCompletions':
    'Vienam dalyviui jau įrašyta {hours} val., todėl planuojama trukmė turi būti ne mažesnė kaip {min} val.',
  'training.notParticipant': 'Šis darbuotojas nėra šių mokymų dalyvis.',
  'training.hoursTooMany': 'Valandų negali būti daugiau nei {max} (dvigubai daugiau nei planuota).',
  'training.completedBeforeStart': 'Baigimo data negali būti ankstesnė už mokymų pradžią ({from}).',

  'training.sheet.needs': 'Kompetencijų poreikiai',
  'training.sheet.training': 'Kompetencijų tobulinimo planas',
  'training.col.employee': 'Darbuotojo ID',
  'training.col.employeeName': 'Darbuotojas',
  'training.col.unit': 'Skyrius',
  'training.col.area': 'Kompetencijų sritis',
  'training.col.topic': 'Tema',
  'training.col.reason': 'Poreikio priežastis',
  'training.col.source': 'Poreikio šaltinis',
  'training.col.provider': 'Mokymų teikėjas',
  'training.col.format': 'Mokymų forma',
  'training.col.plannedHours': 'Trukmė vienam dalyviui, val.',
  'training.col.participants': 'Dalyvių ID (per kablelį)',
  'training.col.from': 'Pradžia',
  'training.col.to': 'Pabaiga',
  'training.col.costEur': 'Kaina, EUR',
  'training.col.needIds': 'Poreikių ID (per kablelį)',
  'training.col.doneHours': 'Įvykdyta dalyvių valandų',
  'training.col.completions': 'Baigusių dalyvių',
  'training.plannersOnly':
    'Kompetencijų tobulinimo planą keisti gali tik pavaduotojas arba direktorius.',

  'training.figure.items.label': 'Mokymų plane',
  'training.figure.items.definition': 'Kompetencijų tobulinimo plano įrašų (mokymų) skaičius.',
  'training.figure.courseHours.label': 'Planuota mokymų trukmė, val.',
  'training.figure.courseHours.definition':
    'Visų plano mokymų planuojamų valandų suma; kiekvieni mokymai skaičiuojami vieną kartą, nepriklausomai nuo dalyvių skaičiaus.',
  'training.figure.plannedHours.label': 'Planuota dalyvių valandų',
  'training.figure.plannedHours.definition':
    'Suma per visus mokymus: planuojamos valandos × dalyvių skaičius. Tiek valandų darbuotojai turėtų mokytis pagal planą.',
  'training.figure.doneHours.label': 'Įvykdyta dalyvių valandų',
  'training.figure.doneHours.definition':
    'Visų įrašytų baigimų valandų suma: tiek valandų darbuotojai iš tikrųjų mokėsi.',
  'training.figure.donePercent.label': 'Plano įvykdymas, %',
  'training.figure.donePercent.definition':
    'Įvykdyta dalyvių valandų ÷ planuota dalyvių valandų × 100. Gali viršyti 100 %, jei mokymai truko ilgiau nei planuota; reikšmės nėra, kai nieko nesuplanuota.',
  'training.figure.activeMembers.label': 'Aktyvių darbuotojų',
  'training.figure.activeMembers.definition':
    'Darbuotojai, šiuo metu pažymėti aktyviais įstaigos darbuotojų sąraše.',
  'training.figure.participants.label': 'Dalyvių',
  'training.figure.participants.definition':
    'Skirtingi darbuotojai, įtraukti bent į vienus plano mokymus (kiekvienas skaičiuojamas vieną kartą).',
  'training.figure.hoursPerActiveMember.label': 'Valandų vienam darbuotojui',
  'training.figure.hoursPerActiveMember.definition':
    'Įvykdyta dalyvių valandų ÷ aktyvių darbuotojų skaičius.',
  'training.figure.hoursPerParticipant.label': 'Valandų vienam dalyviui',
  'training.figure.hoursPerParticipant.definition': 'Įvykdyta dalyvių valandų ÷ dalyvių skaičius.',
  'training.figure.needs.label': 'Poreikių',
  'training.figure.needs.definition':
    'Šio ciklo įrašytų darbuotojų kompetencijų tobulinimo poreikių skaičius.',
  'training.figure.needsCovered.label': 'Poreikių įtraukta į planą',
  'training.figure.needsCovered.definition':
    'Poreikiai, susieti bent su vienais kompetencijų tobulinimo plano mokymais.',
  'training.figure.needsCoveredPercent.label': 'Poreikių įtraukta į planą, %',
  'training.figure.needsCoveredPercent.definition':
    'Poreikių įtraukta į planą ÷ visų poreikių skaičius × 100; reikšmės nėra, kai poreikių neįrašyta.',
  'training.figure.certificates.label': 'Pažymėjimų',
  'training.figure.certificates.definition':
    'Įrašytų baigimų, už kuriuos dalyvis gavo pažymėjimą, skaičius.',
  'training.figure.costPlanned.label': 'Planuotos išlaidos, EUR',
  'training.figure.costPlanned.definition':
    'Plano mokymų numatytų kainų suma eurais; mokymai be nurodytos kainos į ją neįskaičiuoti.',
  'training.figure.costUnknownItems.label': 'Mokymų be kainos',
  'training.figure.costUnknownItems.definition': 'Plano mokymai, kurių kaina dar nenurodyta.',
  'training.figure.employeePlannedHours.label': 'Darbuotojo planuota valandų',
  'training.figure.employeePlannedHours.definition':
    'Mokymų, į kuriuos darbuotojas įtrauktas kaip dalyvis, planuojamų valandų suma.',
  'training.figure.employeeDoneHours.label': 'Darbuotojo įvykdyta valandų',
  'training.figure.employeeDoneHours.definition': 'Darbuotojo įrašytų baigimų valandų suma.',
  'training.figure.employeeDonePercent.label': 'Darbuotojo plano įvykdymas, %',
  'training.figure.employeeDonePercent.definition':
    'Darbuotojo įvykdyta valandų ÷ jo planuota valandų × 100; reikšmės nėra, kai jam mokymų nesuplanuota.',
  'training.figure.rounding':
    'Valandos ir procentai suapvalinti iki 0,1, eurai – iki 0,01. Sąraše „perEmployee“ – visi aktyvūs darbuotojai ir visi plano dalyviai.',
} as const;

export const en: Record<keyof typeof lt, string> = {
  'training.area.socialWorkMethods': 'Social work methods',
  'training.area.childProtection': 'Child protection and welfare',
  'training.area.psychologyTrauma': 'Psychology and trauma-informed work',
  'training.area.communication': 'Communication and cooperation',
  'training.area.legal': 'Law and regulation',
  'training.area.quality': 'Service quality (EQUASS)',
  'training.area.digital': 'Digital skills',
  'training.area.management': 'Management and leadership',
  'training.area.healthSafety': 'Health and safety at work',
  'training.area.other': 'Other',

  'training.source.staffRequest': 'Staff member’s request',
  'training.source.performanceReview': 'Annual performance review',
  'training.source.selfAssessment': 'Professional competence self-assessment',
  'training.source.other': 'Other',

  'training.format.inHouse': 'In-house training',
  'training.format.external': 'External course',
  'training.format.online': 'Online course',
  'training.format.supervision': 'Supervision',
  'training.format.conference': 'Conference or seminar',
  'training.format.other': 'Other',

  'training.coverage.full': 'In the training plan',
  'training.coverage.partial': 'Partly in the training plan',
  'training.coverage.none': 'Not in the training plan',

  'training.ownNeedsOnly':
    'Staff members can enter and change only their own competence-development needs.',
  'training.notYourParticipant':
    'A completion can be recorded by the deputy, the director or the head of the participant’s unit.',
  'training.unknownMember': 'No such person in the organisation’s list of members.',
  'training.inactiveMember': 'This person no longer works here and cannot be added.',
  'training.unitRequired': 'Name the unit: the staff member belongs to several units or none.',
  'training.employeeNotInUnit': 'The staff member does not belong to this unit.',
  'training.needLinked':
    'The need cannot be deleted: it is linked to these training items: {trainings}.',
  'training.hasCompletions':
    'The training cannot be deleted: participants’ completions are already recorded.',
  'training.toBeforeFrom': 'The end date cannot be before the start date.',
  'training.duplicateParticipant': 'This participant is already listed.',
  'training.duplicateNeed': 'This need is already listed.',
  'training.unknownNeed': 'No such need in this year’s cycle.',
  'training.participantHasCompletion':
    'Participant {userId} cannot be removed: their completion is already recorded.',
  'training.plannedBelowCompletions':
    '{hours} h are already recorded for one participant, so the planned length must be at least {min} h.',
  'training.notParticipant': 'This person is not a participant of this training.',
  'training.hoursTooMany': 'At most {max} hours (twice the planned length).',
  'training.completedBeforeStart':
    'The completion date cannot be before the training starts ({from}).',

  'training.sheet.needs': 'Competence needs',
  'training.sheet.training': 'Training plan',
  'training.col.employee': 'Employee ID',
  'training.col.employeeName': 'Employee',
  'training.col.unit': 'Unit',
  'training.col.area': 'Competence area',
  'training.col.topic': 'Topic',
  'training.col.reason': 'Reason for the need',
  'training.col.source': 'Source of the need',
  'training.col.provider': 'Provider',
  'training.col.format': 'Format',
  'training.col.plannedHours': 'Hours per participant',
  'training.col.participants': 'Participant IDs (comma-separated)',
  'training.col.from': 'Start',
  'training.col.to': 'End',
  'training.col.costEur': 'Cost, EUR',
  'training.col.needIds': 'Need IDs (comma-separated)',
  'training.col.doneHours': 'Participant hours done',
  'training.col.completions': 'Completions',
  'training.plannersOnly': 'Only the deputy or the director can change the training plan.',

  'training.figure.items.label': 'Training items',
  'training.figure.items.definition': 'Number of items (trainings) in the training plan.',
  'training.figure.courseHours.label': 'Planned course hours',
  'training.figure.courseHours.definition':
    'Sum of the planned hours of all items; each item counts once, however many participants it has.',
  'training.figure.plannedHours.label': 'Planned participant hours',
  'training.figure.plannedHours.definition':
    'Sum over all items of planned hours × number of participants: the hours staff are to spend learning under the plan.',
  'training.figure.doneHours.label': 'Participant hours done',
  'training.figure.doneHours.definition':
    'Sum of the hours of all recorded completions: the hours staff actually spent learning.',
  'training.figure.donePercent.label': 'Plan done, %',
  'training.figure.donePercent.definition':
    'Participant hours done ÷ planned participant hours × 100. May exceed 100 % when courses ran longer than planned; empty when nothing is planned.',
  'training.figure.activeMembers.label': 'Active members of staff',
  'training.figure.activeMembers.definition':
    'People currently marked active in the organisation’s list of members.',
  'training.figure.participants.label': 'Participants',
  'training.figure.participants.definition':
    'Different people listed as participants of at least one item (each counted once).',
  'training.figure.hoursPerActiveMember.label': 'Hours per member of staff',
  'training.figure.hoursPerActiveMember.definition':
    'Participant hours done ÷ number of active members of staff.',
  'training.figure.hoursPerParticipant.label': 'Hours per participant',
  'training.figure.hoursPerParticipant.definition':
    'Participant hours done ÷ number of participants.',
  'training.figure.needs.label': 'Needs',
  'training.figure.needs.definition':
    'Number of staff competence-development needs recorded in this cycle.',
  'training.figure.needsCovered.label': 'Needs in the plan',
  'training.figure.needsCovered.definition':
    'Needs linked to at least one item of the training plan.',
  'training.figure.needsCoveredPercent.label': 'Needs in the plan, %',
  'training.figure.needsCoveredPercent.definition':
    'Needs in the plan ÷ all needs × 100; empty when no needs are recorded.',
  'training.figure.certificates.label': 'Certificates',
  'training.figure.certificates.definition':
    'Number of recorded completions for which the participant received a certificate.',
  'training.figure.costPlanned.label': 'Planned cost, EUR',
  'training.figure.costPlanned.definition':
    'Sum of the items’ planned cost in euros; items without a cost are left out.',
  'training.figure.costUnknownItems.label': 'Items without a cost',
  'training.figure.costUnknownItems.definition': 'Items of the plan whose cost is not given yet.',
  'training.figure.employeePlannedHours.label': 'Employee’s planned hours',
  'training.figure.employeePlannedHours.definition':
    'Sum of the planned hours of the items the person is a participant of.',
  'training.figure.employeeDoneHours.label': 'Employee’s hours done',
  'training.figure.employeeDoneHours.definition':
    'Sum of the hours of the person’s recorded completions.',
  'training.figure.employeeDonePercent.label': 'Employee’s plan done, %',
  'training.figure.employeeDonePercent.definition':
    'The person’s hours done ÷ their planned hours × 100; empty when nothing is planned for them.',
  'training.figure.rounding':
    'Hours and percentages are rounded to 0.1, euros to 0.01. “perEmployee” lists every active member of staff and every participant of the plan.',
};
