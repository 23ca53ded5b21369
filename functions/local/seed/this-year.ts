import type { Stored } from '../../domain/ports';
import type { Training } from '../../domain/training/training';
import { daysBefore, on, type Calendar } from './calendar';
import { by, PEOPLE, responsible, UNIT, type DemoPerson } from './people';
import {
  addAction,
  addNeed,
  addPlanItem,
  addProject,
  addTraining,
  changeAction,
  decide,
  decidePlan,
  founderAgreed,
  openAmendment,
  progress,
  propose,
  recordMilestone,
  respond,
  submitAmendment,
  submitPlan,
  type Body,
} from './requests';
import { completeAll, draftItems, reportProgress, type Items, type ItemStory } from './story';
import type { Strategy } from './strategy';

/**
 * This year's cycle as far as today: last December's proposals and unit plans, needs and the
 * training plan, the plan agreed with the founder and approved in spring; completions; half-year
 * progress (some items late) and the half-year report after its deadline; from October an
 * amendment waiting for the director's decision; a suggestion, a complaint answered in time and
 * one now overdue; the open day; an improvement action from the half-year review, running late.
 * Independent strands run side by side, each in the order of its days.
 */
export const seedThisYear = async (cal: Calendar, strategy: Strategy): Promise<void> => {
  const plan = async () => {
    // The training plan is part of the annual plan: both are ready before it is submitted.
    const [drafted, training] = await Promise.all([draftPlan(cal, strategy), planTraining(cal)]);
    if (!drafted || !training) return;
    await Promise.all([carryOutPlan(cal, strategy, drafted), completeTraining(cal, training)]);
  };
  await Promise.all([
    plan(),
    suggestionBox(cal),
    openComplaint(cal),
    projects(cal, strategy),
    reviewAction(cal, strategy),
  ]);
};

type Story = 'parentsGroup' | 'leaflet' | 'houseRules' | 'volunteers';
interface Drafted {
  stories: Record<Story, ItemStory>;
  items: Items<Story>;
}

/** Last December: the staff meeting's and annual reviews' proposals become unit plan items. */
const draftPlan = async (cal: Calendar, strategy: Strategy): Promise<Drafted | undefined> => {
  const { last, year } = cal;
  const { goals, indicators } = strategy;
  if (!cal.reached(on(last, '12-16'))) return undefined;
  const meeting = on(last, '12-11');
  const staffProposal = (
    p: DemoPerson,
    unitId: string,
    text: string,
    category: 'activities' | 'communication',
  ) =>
    propose(by(p), cal.at(meeting), year, {
      kind: 'proposal',
      source: 'staffMeeting',
      unitId,
      text,
      category,
      receivedOn: meeting,
      submittedBy: p.name,
    });
  const [parentsGroup, leaflet, volunteers, brochure] = await Promise.all([
    staffProposal(
      PEOPLE.ona,
      UNIT.dayCentre,
      'Įkurti tėvų savitarpio pagalbos grupę, kurioje tėvai galėtų dalytis patirtimi.',
      'activities',
    ),
    staffProposal(
      PEOPLE.egle,
      UNIT.familyWelfare,
      'Parengti trumpą, lengvai suprantamą atmintinę šeimoms apie centro teikiamas paslaugas.',
      'communication',
    ),
    staffProposal(
      PEOPLE.mantas,
      UNIT.crisisCentre,
      'Į vaikų užimtumą Krizių centre įtraukti savanorius.',
      'activities',
    ),
    propose(by(PEOPLE.kestutis), cal.at(on(last, '12-12')), year, {
      kind: 'proposal',
      source: 'annualReview',
      unitId: UNIT.familyWelfare,
      text: 'Išleisti lankstinuką šeimoms apie Šeimos gerovės skyriaus paslaugas.',
      category: 'communication',
      receivedOn: on(last, '12-12'),
      submittedBy: PEOPLE.kestutis.name,
    }),
  ]);

  const stories = {
    parentsGroup: {
      head: PEOPLE.headDay,
      reporter: PEOPLE.ona,
      item: {
        unitId: UNIT.dayCentre,
        goal: 'Tėvų įsitraukimas',
        activity: 'Įkurti tėvų savitarpio pagalbos grupę; susitikimai kartą per mėnesį',
        responsible: responsible(PEOPLE.ona),
        startOn: on(year, '02-01'),
        dueOn: on(year, '05-31'),
        indicator: 'Reguliariai dalyvaujančių tėvų skaičius',
        targetValue: '8 tėvai',
        strategyGoalId: goals.families,
        origin: [parentsGroup.id],
      },
      H1: { percent: 75, comment: 'Grupė susitinka nuo kovo; reguliariai dalyvauja 6 tėvai.' },
      yearEnd: { done: true, comment: 'Grupė veikia; reguliariai dalyvauja 9 tėvai.' },
    },
    leaflet: {
      head: PEOPLE.headFamily,
      reporter: PEOPLE.egle,
      item: {
        unitId: UNIT.familyWelfare,
        goal: 'Aiški informacija šeimoms',
        activity: 'Parengti atmintinę šeimoms apie centro paslaugas lengvai suprantama kalba',
        responsible: responsible(PEOPLE.egle),
        startOn: on(year, '01-15'),
        dueOn: on(year, '04-30'),
        targetValue: 'Atmintinė išleista ir išdalyta šeimoms',
        indicatorId: indicators.satisfaction,
        strategyGoalId: goals.quality,
        origin: [leaflet.id],
      },
      H1: { percent: 80, comment: 'Tekstas parengtas ir suderintas; laukiama maketavimo.' },
      yearEnd: { done: true, comment: 'Atmintinė išleista rugsėjį ir išdalyta šeimoms.' },
    },
    houseRules: {
      head: PEOPLE.headCrisis,
      reporter: PEOPLE.mantas,
      item: {
        unitId: UNIT.crisisCentre,
        goal: 'Saugi ir aiški gyvenimo tvarka',
        activity: 'Atnaujinti Krizių centro vidaus tvarkos taisykles kartu su gyventojais',
        responsible: responsible(PEOPLE.mantas),
        startOn: on(year, '01-10'),
        dueOn: on(year, '03-31'),
        targetValue: 'Taisyklės patvirtintos',
        strategyGoalId: goals.quality,
      },
      H1: { done: true, comment: 'Taisyklės patvirtintos balandžio 24 d., vėliau nei planuota.' },
    },
    volunteers: {
      head: PEOPLE.headCrisis,
      reporter: PEOPLE.headCrisis,
      item: {
        unitId: UNIT.crisisCentre,
        goal: 'Bendruomenės įtraukimas',
        activity: 'Parengti savanorių įtraukimo tvarką ir pritraukti savanorių vaikų užimtumui',
        responsible: responsible(PEOPLE.headCrisis),
        startOn: on(year, '03-01'),
        dueOn: on(year, '09-30'),
        indicator: 'Reguliariai talkinančių savanorių skaičius',
        targetValue: '5 savanoriai',
        strategyGoalId: goals.community,
        origin: [volunteers.id],
      },
      H1: { percent: 40, comment: 'Tvarka parengta; talkina 2 savanoriai.' },
      yearEnd: { percent: 80, comment: 'Reguliariai talkina 4 savanoriai.' },
    },
  } satisfies Record<Story, ItemStory>;
  const items = await draftItems(cal, year, on(last, '12-16'), stories);
  const december = cal.at(on(last, '12-16'));
  const headFamily = by(PEOPLE.headFamily);
  await Promise.all([
    decide(by(PEOPLE.headDay), december, year, parentsGroup.id, {
      version: parentsGroup.version,
      status: 'accepted',
      outcome: { type: 'planItem', id: items.parentsGroup.id },
    }),
    decide(headFamily, december, year, leaflet.id, {
      version: leaflet.version,
      status: 'accepted',
      outcome: { type: 'planItem', id: items.leaflet.id },
    }),
    decide(headFamily, december, year, brochure.id, {
      version: brochure.version,
      status: 'merged',
      mergedInto: leaflet.id,
      reason: 'Tas pats sumanymas – įtraukta į atmintinės rengimą.',
    }),
    decide(by(PEOPLE.headCrisis), december, year, volunteers.id, {
      version: volunteers.version,
      status: 'accepted',
      outcome: { type: 'planItem', id: items.volunteers.id },
    }),
  ]);
  return { stories, items };
};

/**
 * The plan submitted, agreed with the founder, approved within two months of the budget; a
 * second-half item; half-year progress and the report a few days late; an amendment for newly
 * funded prevention events, submitted in October and waiting for the director; year-end progress.
 */
const carryOutPlan = async (
  cal: Calendar,
  strategy: Strategy,
  { stories, items }: Drafted,
): Promise<void> => {
  const { year } = cal;
  const deputy = by(PEOPLE.deputy);
  const headCrisis = by(PEOPLE.headCrisis);
  const headFoster = by(PEOPLE.headFoster);
  if (!cal.reached(on(year, '03-10'))) return;
  let plan = await submitPlan(deputy, cal.at(on(year, '03-10')), year, {
    version: 0,
    comment: 'Teikiamas tvirtinti metinis veiklos planas su kompetencijų tobulinimo planu.',
  });

  if (!cal.reached(on(year, '03-30'))) return;
  plan = await founderAgreed(deputy, cal.at(on(year, '03-30')), year, {
    version: plan.version,
    agreedOn: on(year, '03-30'),
    reference: `Utenos rajono savivaldybės administracijos ${on(year, '03-30')} raštas Nr. SP-187`,
  });

  if (!cal.reached(on(year, '04-02'))) return;
  plan = await decidePlan(by(PEOPLE.director), cal.at(on(year, '04-02')), year, {
    version: plan.version,
    decision: 'approve',
    comment: `Patvirtinta ${on(year, '04-02')} direktoriaus įsakymu Nr. V-28.`,
  });

  if (!cal.reached(on(year, '06-20'))) return;
  const seminars = await addPlanItem(headFoster, cal.at(on(year, '06-20')), year, {
    unitId: UNIT.fosterCare,
    period: 'H2',
    goal: 'Globėjų kompetencijos',
    activity: 'Surengti du praktinius seminarus globėjams apie vaikų elgesio sunkumus',
    responsible: responsible(PEOPLE.headFoster),
    startOn: on(year, '09-01'),
    dueOn: on(year, '11-30'),
    indicator: 'Įvykusių seminarų skaičius',
    targetValue: '2 seminarai',
    strategyGoalId: strategy.goals.families,
  });

  if (!cal.reached(on(year, '07-08'))) return;
  const halfYear = await reportProgress(cal, year, on(year, '07-08'), 'H1', stories, items);

  if (!cal.reached(on(year, '08-05'))) return;
  await recordMilestone(deputy, cal.at(on(year, '08-05')), year, {
    halfYearReportSubmittedOn: on(year, '08-05'),
  });

  if (!cal.reached(on(year, '10-08'))) return;
  plan = await openAmendment(deputy, cal.at(on(year, '10-06')), year, {
    version: plan.version,
    reason:
      'Gautas savivaldybės finansavimas smurto prevencijai – papildyti Krizių centro planą renginiais mokyklose.',
  });
  const amendment = plan.plan.amendments.at(-1)!.id;
  const prevention = await addPlanItem(headCrisis, cal.at(on(year, '10-07')), year, {
    unitId: UNIT.crisisCentre,
    goal: 'Smurto artimoje aplinkoje prevencija',
    activity: 'Surengti smurto artimoje aplinkoje prevencijos renginius rajono mokyklose',
    responsible: responsible(PEOPLE.mantas),
    startOn: on(year, '10-15'),
    dueOn: on(year, '12-15'),
    indicator: 'Surengtų renginių skaičius',
    targetValue: '6 renginiai',
    strategyGoalId: strategy.goals.community,
  });
  await submitAmendment(deputy, cal.at(on(year, '10-08')), year, amendment, {
    version: plan.version,
    comment: 'Teikiama tvirtinti papildyta plano redakcija.',
  });

  if (!cal.reached(on(year, '12-16'))) return;
  const yearEnd = cal.at(on(year, '12-16'));
  await Promise.all([
    reportProgress(cal, year, on(year, '12-16'), 'yearEnd', stories, halfYear),
    progress(headFoster, yearEnd, year, seminars.id, {
      version: seminars.version,
      checkpoint: 'yearEnd',
      done: true,
      comment: 'Seminarai įvyko spalio 9 d. ir lapkričio 20 d.',
    }),
    progress(headCrisis, yearEnd, year, prevention.id, {
      version: prevention.version,
      checkpoint: 'yearEnd',
      percent: 100,
      comment: 'Surengti 6 renginiai keturiose mokyklose.',
    }),
  ]);
};

type ThisYearTraining = [Stored<Training>, Stored<Training>];

/** January: needs; February: the training plan. */
const planTraining = async (cal: Calendar): Promise<ThisYearTraining | undefined> => {
  const { year } = cal;
  if (!cal.reached(on(year, '02-04'))) return undefined;
  const need = (p: DemoPerson, body: Body<'createNeed'>) =>
    addNeed(by(p), cal.at(on(year, '01-14')), year, body);
  const [teensOna, motivational, teensMantas] = await Promise.all([
    need(PEOPLE.ona, {
      area: 'psychologyTrauma',
      topic: 'Darbas su elgesio sunkumų turinčiais paaugliais',
      reason: 'Daugėja paauglių, kurių elgesys trikdo grupės darbą.',
    }),
    need(PEOPLE.egle, {
      area: 'socialWorkMethods',
      topic: 'Motyvacinis interviu',
      reason: 'Sunku motyvuoti šeimas keisti įpročius.',
      source: 'performanceReview',
    }),
    need(PEOPLE.mantas, {
      area: 'psychologyTrauma',
      topic: 'Darbas su elgesio sunkumų turinčiais paaugliais',
      reason: 'Krizių centre kartu su mamomis gyvena paauglių.',
      source: 'selfAssessment',
    }),
    need(PEOPLE.ruta, {
      area: 'digital',
      topic: 'Elektroniniai dokumentai ir SPIS',
      reason: 'Nuo šių metų bylos tvarkomos elektroniniu būdu.',
      source: 'selfAssessment',
    }),
  ]);
  const deputy = by(PEOPLE.deputy);
  const planned = cal.at(on(year, '02-04'));
  return Promise.all([
    addTraining(deputy, planned, year, {
      topic: 'Darbas su elgesio sunkumų turinčiais paaugliais',
      area: 'psychologyTrauma',
      provider: 'Regioninis socialinių darbuotojų mokymo centras',
      format: 'external',
      plannedHours: 16,
      participants: [PEOPLE.ona.userId, PEOPLE.mantas.userId],
      from: on(year, '03-11'),
      to: on(year, '03-12'),
      costEur: 360,
      needIds: [teensOna.id, teensMantas.id],
    }),
    addTraining(deputy, planned, year, {
      topic: 'Motyvacinis interviu',
      area: 'socialWorkMethods',
      provider: 'Kviestinis lektorius',
      format: 'inHouse',
      plannedHours: 12,
      participants: [PEOPLE.egle.userId, PEOPLE.kestutis.userId, PEOPLE.headFamily.userId],
      from: on(year, '05-06'),
      to: on(year, '05-07'),
      costEur: 480,
      needIds: [motivational.id],
    }),
  ]);
};

/** Completions after each course (the unit head missed the second). */
const completeTraining = async (
  cal: Calendar,
  [teens, motivational]: ThisYearTraining,
): Promise<void> => {
  const { year } = cal;
  await Promise.all([
    cal.reached(on(year, '03-20')) &&
      completeAll(cal, by(PEOPLE.deputy), year, teens, on(year, '03-20'), [
        [PEOPLE.ona, 16, true],
        [PEOPLE.mantas, 16, true],
      ]),
    cal.reached(on(year, '05-12')) &&
      completeAll(cal, by(PEOPLE.headFamily), year, motivational, on(year, '05-12'), [
        [PEOPLE.egle, 12, true],
        [PEOPLE.kestutis, 12, true],
      ]),
  ]);
};

/** The box: a suggestion accepted; a complaint answered within its 20 working days. */
const suggestionBox = async (cal: Calendar): Promise<void> => {
  const { year } = cal;
  const headFamily = by(PEOPLE.headFamily);
  if (!cal.reached(on(year, '02-20'))) return;
  const playCorner = await propose(by(PEOPLE.mantas), cal.at(on(year, '02-20')), year, {
    kind: 'suggestion',
    source: 'suggestionBox',
    unitId: UNIT.crisisCentre,
    text: 'Įrengti žaidimų kampelį mažiems vaikams, kol mamos kalbasi su specialistais.',
    category: 'environment',
    receivedOn: on(year, '02-20'),
    recipientCode: 'KC-007',
  });

  if (!cal.reached(on(year, '03-05'))) return;
  await decide(by(PEOPLE.headCrisis), cal.at(on(year, '03-05')), year, playCorner.id, {
    version: playCorner.version,
    status: 'accepted',
    reason:
      'Žaidimų kampelis bus įrengtas iki balandžio pabaigos iš rėmėjų paaukotų baldų ir žaislų.',
  });

  if (!cal.reached(on(year, '04-14'))) return;
  const waiting = await propose(by(PEOPLE.egle), cal.at(on(year, '04-14')), year, {
    kind: 'complaint',
    source: 'suggestionBox',
    unitId: UNIT.familyWelfare,
    text: 'Psichologo konsultacijos tenka laukti daugiau kaip tris savaites.',
    category: 'services',
    receivedOn: on(year, '04-14'),
    recipientCode: 'SG-031',
  });

  if (!cal.reached(on(year, '04-28'))) return;
  const answered = await respond(headFamily, cal.at(on(year, '04-28')), year, waiting.id, {
    version: waiting.version,
    response:
      'Dėkojame, kad parašėte. Nuo gegužės psichologas papildomai konsultuoja antradieniais vakarais, todėl konsultacijos laukiama ne ilgiau kaip savaitę.',
    respondedOn: on(year, '04-28'),
  });
  await decide(headFamily, cal.at(on(year, '04-28')), year, waiting.id, {
    version: answered.version,
    status: 'accepted',
  });
};

/** A complaint from the box five weeks ago, still unanswered: its 20 working days have passed. */
const openComplaint = async (cal: Calendar): Promise<void> => {
  const receivedOn = daysBefore(cal.today, 35);
  await propose(by(PEOPLE.ona), cal.at(receivedOn), cal.year, {
    kind: 'complaint',
    source: 'suggestionBox',
    unitId: UNIT.dayCentre,
    text: 'Vakarais dienos centro poilsio kambaryje per triukšminga, vaikams sunku ruošti pamokas.',
    category: 'environment',
    receivedOn,
    anonymous: true,
  });
};

/** The year's register: the open day in May (last year's partnership goes on). */
const projects = async (cal: Calendar, strategy: Strategy): Promise<void> => {
  const { year } = cal;
  if (!cal.reached(on(year, '05-16'))) return;
  await addProject(by(PEOPLE.deputy), cal.at(on(year, '05-16')), year, {
    kind: 'socialResponsibility',
    title: 'Atvirų durų diena bendruomenei',
    description: 'Centro paslaugų pristatymas gyventojams, partneriams ir būsimiems savanoriams.',
    from: on(year, '05-15'),
    to: on(year, '05-15'),
    status: 'completed',
    result: 'Apsilankė apie 60 gyventojų; užsiregistravo 3 savanoriai.',
    unitId: null,
    goalId: strategy.goals.community,
  });
};

/** The half-year review's finding: an improvement action under way in autumn, then late. */
const reviewAction = async (cal: Calendar, strategy: Strategy): Promise<void> => {
  const { year } = cal;
  const deputy = by(PEOPLE.deputy);
  if (!cal.reached(on(year, '07-20'))) return;
  const ippAction = {
    finding: {
      kind: 'review',
      reference: 'Pusmečio IPP peržiūra',
      text: 'Pusmečio peržiūroje nustatyta, kad 12 % IPP tikslų suformuluota be pamatuojamo rezultato.',
    },
    title: 'Atnaujinti IPP formą: kiekvienam tikslui – pamatuojamas rezultatas ir terminas',
    description: 'Parengti naują IPP formą ir apmokyti atvejo vadybininkus ją pildyti.',
    ownerUserId: PEOPLE.deputy.userId,
    dueOn: on(year, '10-31'),
    goalId: strategy.goals.families,
    indicatorId: strategy.indicators.ippGoals,
  } satisfies Body<'createAction'>;
  const ipp = await addAction(deputy, cal.at(on(year, '07-20')), year, ippAction);

  if (!cal.reached(on(year, '10-06'))) return;
  await changeAction(deputy, cal.at(on(year, '10-06')), year, ipp.id, {
    ...ippAction,
    version: ipp.version,
    status: 'inProgress',
    progress: 'Formos projektas parengtas ir aptartas su skyrių vadovais.',
  });
};
