import type { Training } from '../../domain/training/training';
import type { Stored } from '../../domain/ports';
import { on, type Calendar } from './calendar';
import { by, PEOPLE, responsible, UNIT, type DemoPerson } from './people';
import {
  addAction,
  addNeed,
  addProject,
  addTraining,
  changeAction,
  decide,
  decidePlan,
  founderAgreed,
  propose,
  putMember,
  recordMilestone,
  respond,
  submitPlan,
  submitAnnual,
  decideAnnual,
  presentAnnual,
  type Body,
} from './requests';
import { completeAll, draftItems, reportProgress, type Items, type ItemStory } from './story';
import type { Strategy } from './strategy';

/**
 * Last year's cycle, the whole loop: proposals from the year-end meeting before it, unit plans,
 * needs and the training plan, the annual plan submitted, agreed with the founder and approved;
 * progress at half year and year end, the half-year report, completions; a suggestion and a
 * complaint from the box, answered; projects; improvement actions from the complaint and from the
 * year-end survey, carried out this year. Independent strands run side by side, each in the order
 * of its days; the annual report, which reads them all, is filed after them (`fileAnnualReport`).
 */
export const seedLastYear = async (cal: Calendar, strategy: Strategy): Promise<void> => {
  const plan = async () => {
    // The training plan is part of the annual plan: both are ready before it is submitted.
    const [drafted, training] = await Promise.all([draftPlan(cal, strategy), planTraining(cal)]);
    if (!drafted || !training) return;
    await Promise.all([carryOutPlan(cal, drafted), completeTraining(cal, training)]);
  };
  await Promise.all([
    plan(),
    suggestionBox(cal, strategy),
    projects(cal, strategy),
    surveyAction(cal, strategy),
  ]);
};

type Story = 'camp' | 'gimk' | 'ippReviews' | 'supervision';
interface Drafted {
  stories: Record<Story, ItemStory>;
  items: Items<Story>;
}

/** December before the year: proposals from the staff meeting and annual reviews; unit plans. */
const draftPlan = async (cal: Calendar, strategy: Strategy): Promise<Drafted | undefined> => {
  const { previous, last } = cal;
  const { goals, indicators } = strategy;
  if (!cal.reached(on(previous, '12-20'))) return undefined;
  const meeting = on(previous, '12-12');
  const [camp, bus, supervision] = await Promise.all([
    propose(by(PEOPLE.ona), cal.at(meeting), last, {
      kind: 'proposal',
      source: 'staffMeeting',
      unitId: UNIT.dayCentre,
      text: 'Vasarą surengti savaitės dienos stovyklą dienos centro vaikams su edukacinėmis išvykomis.',
      category: 'activities',
      receivedOn: meeting,
      submittedBy: PEOPLE.ona.name,
    }),
    propose(by(PEOPLE.ruta), cal.at(meeting), last, {
      kind: 'proposal',
      source: 'staffMeeting',
      unitId: null,
      text: 'Įsigyti mikroautobusą paslaugų gavėjams vežti į užsiėmimus ir išvykas.',
      category: 'services',
      receivedOn: meeting,
      submittedBy: PEOPLE.ruta.name,
    }),
    propose(by(PEOPLE.mantas), cal.at(on(previous, '12-14')), last, {
      kind: 'proposal',
      source: 'annualReview',
      unitId: UNIT.crisisCentre,
      text: 'Krizių centro darbuotojams kartą per mėnesį organizuoti grupinę superviziją.',
      category: 'staff',
      receivedOn: on(previous, '12-14'),
      submittedBy: PEOPLE.mantas.name,
    }),
  ]);

  const stories = {
    camp: {
      head: PEOPLE.headDay,
      reporter: PEOPLE.ona,
      item: {
        unitId: UNIT.dayCentre,
        goal: 'Turiningas vaikų užimtumas vasarą',
        activity: 'Surengti savaitės dienos stovyklą su edukacinėmis išvykomis',
        responsible: responsible(PEOPLE.ona),
        startOn: on(last, '06-01'),
        dueOn: on(last, '08-31'),
        indicator: 'Stovykloje dalyvavusių vaikų skaičius',
        targetValue: 'ne mažiau kaip 20 vaikų',
        strategyGoalId: goals.quality,
        origin: [camp.id],
      },
      H1: { percent: 30, comment: 'Parengta stovyklos programa, suderintos išvykos.' },
      yearEnd: { done: true, comment: 'Stovykla įvyko rugpjūčio 4–8 d., dalyvavo 23 vaikai.' },
    },
    gimk: {
      head: PEOPLE.headFoster,
      reporter: PEOPLE.ruta,
      item: {
        unitId: UNIT.fosterCare,
        goal: 'Kokybiška pagalba globėjams',
        activity: 'Surengti GIMK programos mokymus būsimiems globėjams ir budintiems globotojams',
        responsible: responsible(PEOPLE.ruta),
        startOn: on(last, '01-15'),
        dueOn: on(last, '06-30'),
        indicator: 'Mokymus baigusių asmenų skaičius',
        targetValue: '12 asmenų',
        strategyGoalId: goals.families,
      },
      H1: { done: true, comment: 'Mokymus baigė 14 asmenų.' },
    },
    ippReviews: {
      head: PEOPLE.headFamily,
      reporter: PEOPLE.egle,
      item: {
        unitId: UNIT.familyWelfare,
        goal: 'Veiksminga atvejo vadyba',
        activity: 'Kas pusmetį kartu su šeimomis peržiūrėti jų individualius pagalbos planus',
        responsible: responsible(PEOPLE.egle),
        startOn: on(last, '01-02'),
        dueOn: on(last, '12-31'),
        indicator: 'Peržiūrėtų IPP dalis',
        targetValue: '100 %',
        indicatorId: indicators.ippGoals,
        strategyGoalId: goals.families,
      },
      H1: { percent: 55, comment: 'Peržiūrėti 48 IPP iš 87.' },
      yearEnd: { percent: 96, comment: 'Peržiūrėti 84 IPP iš 87; trys šeimos išvyko iš rajono.' },
    },
    supervision: {
      head: PEOPLE.headCrisis,
      reporter: PEOPLE.headCrisis,
      item: {
        unitId: UNIT.crisisCentre,
        goal: 'Darbuotojų profesionalumas ir emocinė gerovė',
        activity: 'Kartą per mėnesį organizuoti grupinę superviziją Krizių centro darbuotojams',
        responsible: responsible(PEOPLE.headCrisis),
        startOn: on(last, '02-01'),
        dueOn: on(last, '12-31'),
        indicator: 'Įvykusių supervizijų skaičius',
        targetValue: '11 supervizijų',
        strategyGoalId: goals.staff,
        origin: [supervision.id],
      },
      H1: { percent: 45, comment: 'Įvyko 5 supervizijos.' },
      yearEnd: { percent: 100, comment: 'Įvyko 11 supervizijų.' },
    },
  } satisfies Record<Story, ItemStory>;
  const items = await draftItems(cal, last, on(previous, '12-17'), stories);
  await Promise.all([
    decide(by(PEOPLE.headDay), cal.at(on(previous, '12-19')), last, camp.id, {
      version: camp.version,
      status: 'accepted',
      outcome: { type: 'planItem', id: items.camp.id },
    }),
    decide(by(PEOPLE.headCrisis), cal.at(on(previous, '12-19')), last, supervision.id, {
      version: supervision.version,
      status: 'accepted',
      outcome: { type: 'planItem', id: items.supervision.id },
    }),
    decide(by(PEOPLE.director), cal.at(on(previous, '12-20')), last, bus.id, {
      version: bus.version,
      status: 'rejected',
      reason:
        'Lėšų mikroautobusui biudžete nenumatyta; bus teikiama paraiška savivaldybės investicijų programai.',
    }),
  ]);
  return { stories, items };
};

/** The plan submitted, agreed, approved; progress and reports through the year. */
const carryOutPlan = async (cal: Calendar, { stories, items }: Drafted): Promise<void> => {
  const { last } = cal;
  const deputy = by(PEOPLE.deputy);
  const director = by(PEOPLE.director);
  if (!cal.reached(on(last, '03-05'))) return;
  let plan = await submitPlan(deputy, cal.at(on(last, '03-05')), last, {
    version: 0,
    comment:
      'Metinis veiklos planas parengtas pagal skyrių planus ir kompetencijų tobulinimo planą.',
  });

  if (!cal.reached(on(last, '03-12'))) return;
  plan = await founderAgreed(deputy, cal.at(on(last, '03-12')), last, {
    version: plan.version,
    agreedOn: on(last, '03-12'),
    reference: `Utenos rajono savivaldybės administracijos ${on(last, '03-12')} raštas Nr. SP-214`,
  });

  if (!cal.reached(on(last, '03-20'))) return;
  await decidePlan(director, cal.at(on(last, '03-20')), last, {
    version: plan.version,
    decision: 'approve',
    comment: `Patvirtinta ${on(last, '03-20')} direktoriaus įsakymu Nr. V-31.`,
  });

  if (!cal.reached(on(last, '07-08'))) return;
  const halfYear = await reportProgress(cal, last, on(last, '07-08'), 'H1', stories, items);

  if (!cal.reached(on(last, '07-25'))) return;
  await recordMilestone(deputy, cal.at(on(last, '07-25')), last, {
    halfYearReportSubmittedOn: on(last, '07-25'),
  });

  if (!cal.reached(on(last, '12-15'))) return;
  await reportProgress(cal, last, on(last, '12-15'), 'yearEnd', stories, halfYear);
};

type LastYearTraining = [Stored<Training>, Stored<Training>];

/** January: staff state their competence-development needs; the deputy plans the training. */
const planTraining = async (cal: Calendar): Promise<LastYearTraining | undefined> => {
  const { last } = cal;
  if (!cal.reached(on(last, '02-05'))) return undefined;
  const need = (p: DemoPerson, body: Body<'createNeed'>) =>
    addNeed(by(p), cal.at(on(last, '01-14')), last, body);
  const [conflictOna, gimk, conflictMantas] = await Promise.all([
    need(PEOPLE.ona, {
      area: 'communication',
      topic: 'Konfliktų valdymas ir deeskalacija',
      reason: 'Dažnėja konfliktų tarp vaikų dienos centre.',
    }),
    need(PEOPLE.ruta, {
      area: 'childProtection',
      topic: 'GIMK programos vedimas',
      reason: 'Mokymams globėjams vesti reikia GIMK programos vedėjo pažymėjimo.',
      source: 'performanceReview',
    }),
    need(PEOPLE.mantas, {
      area: 'communication',
      topic: 'konfliktų valdymas ir deeskalacija',
      reason: 'Kyla konfliktų tarp Krizių centre gyvenančių asmenų.',
      source: 'selfAssessment',
    }),
    need(PEOPLE.jurgita, {
      area: 'quality',
      topic: 'EQUASS kokybės sistema',
      reason: 'Norėčiau prisijungti prie įsivertinimo darbo grupės.',
    }),
  ]);
  const deputy = by(PEOPLE.deputy);
  const planned = cal.at(on(last, '02-05'));
  return Promise.all([
    addTraining(deputy, planned, last, {
      topic: 'Konfliktų valdymas ir deeskalacija',
      area: 'communication',
      provider: 'Regioninis socialinių darbuotojų mokymo centras',
      format: 'inHouse',
      plannedHours: 8,
      participants: [PEOPLE.ona.userId, PEOPLE.mantas.userId, PEOPLE.jurgita.userId],
      from: on(last, '04-09'),
      to: on(last, '04-09'),
      costEur: 300,
      needIds: [conflictOna.id, conflictMantas.id],
    }),
    addTraining(deputy, planned, last, {
      topic: 'GIMK programos vedimas',
      area: 'childProtection',
      provider: 'Akredituotas GIMK programos lektorius',
      format: 'external',
      plannedHours: 40,
      participants: [PEOPLE.ruta.userId, PEOPLE.headFoster.userId],
      from: on(last, '03-03'),
      to: on(last, '05-30'),
      costEur: 900,
      needIds: [gimk.id],
    }),
  ]);
};

/** Completions after each course; Jurgita leaves at the year's end. */
const completeTraining = async (
  cal: Calendar,
  [conflict, gimk]: LastYearTraining,
): Promise<void> => {
  const { last } = cal;
  const deputy = by(PEOPLE.deputy);
  await Promise.all([
    cal.reached(on(last, '04-15')) &&
      completeAll(cal, deputy, last, conflict, on(last, '04-15'), [
        [PEOPLE.ona, 8, true],
        [PEOPLE.mantas, 8, true],
        [PEOPLE.jurgita, 8, true],
      ]),
    cal.reached(on(last, '06-05')) &&
      completeAll(cal, by(PEOPLE.headFoster), last, gimk, on(last, '06-05'), [
        [PEOPLE.ruta, 40, true],
        [PEOPLE.headFoster, 36, false],
      ]),
  ]);
  // Her needs and completions stay, under her name.
  if (!cal.reached(on(last, '12-31'))) return;
  const { jurgita } = PEOPLE;
  await putMember(deputy, cal.at(on(last, '12-31')), jurgita.userId, {
    version: 1,
    name: jurgita.name,
    unitIds: jurgita.unitIds,
    active: false,
  });
};

/**
 * The box: a suggestion accepted; a complaint answered, whose improvement action runs late into
 * this year before it is done.
 */
const suggestionBox = async (cal: Calendar, strategy: Strategy): Promise<void> => {
  const { last, year } = cal;
  const headDay = by(PEOPLE.headDay);
  const headFamily = by(PEOPLE.headFamily);
  if (!cal.reached(on(last, '02-14'))) return;
  const longerHours = await propose(by(PEOPLE.ona), cal.at(on(last, '02-14')), last, {
    kind: 'suggestion',
    source: 'suggestionBox',
    unitId: UNIT.dayCentre,
    text: 'Penktadieniais dienos centras galėtų dirbti iki 19 val., kad tėvai spėtų pasiimti vaikus po darbo.',
    category: 'services',
    receivedOn: on(last, '02-14'),
    recipientCode: 'DC-014',
  });

  if (!cal.reached(on(last, '03-07'))) return;
  await decide(headDay, cal.at(on(last, '03-07')), last, longerHours.id, {
    version: longerHours.version,
    status: 'accepted',
    reason: 'Nuo balandžio penktadieniais dienos centras dirba iki 19 val.',
  });

  if (!cal.reached(on(last, '06-03'))) return;
  const lateNotice = await propose(by(PEOPLE.egle), cal.at(on(last, '06-03')), last, {
    kind: 'complaint',
    source: 'suggestionBox',
    unitId: UNIT.familyWelfare,
    text: 'Apie susitikimo su atvejo vadybininku laiko pakeitimą pranešama tik tą pačią dieną, todėl sunku suderinti susitikimą su darbu.',
    category: 'communication',
    receivedOn: on(last, '06-03'),
    anonymous: true,
  });

  if (!cal.reached(on(last, '06-20'))) return;
  const answered = await respond(headFamily, cal.at(on(last, '06-20')), last, lateNotice.id, {
    version: lateNotice.version,
    response:
      'Dėkojame už pastabą. Nuo liepos 1 d. apie susitikimo laiko pakeitimą šeimoms pranešama ne vėliau kaip prieš dvi darbo dienas. Atsakymas paskelbtas skyriaus informacinėje lentoje.',
    respondedOn: on(last, '06-20'),
  });

  if (!cal.reached(on(last, '06-25'))) return;
  const noticeAction = {
    finding: {
      kind: 'complaint',
      reference: lateNotice.id,
      text: 'Skundas: apie susitikimų laiko pakeitimus šeimoms pranešama per vėlai.',
    },
    title: 'Įvesti išankstinio informavimo apie susitikimų pakeitimus tvarką',
    description:
      'Parengti ir patvirtinti tvarką: apie pakeitimus šeimoms pranešama ne vėliau kaip prieš dvi darbo dienas, pranešimai pažymimi atvejo byloje.',
    ownerUserId: PEOPLE.headFamily.userId,
    unitId: UNIT.familyWelfare,
    dueOn: on(last, '11-30'),
    goalId: strategy.goals.quality,
    indicatorId: strategy.indicators.complaints,
  } satisfies Body<'createAction'>;
  const notice = await addAction(headFamily, cal.at(on(last, '06-25')), last, noticeAction);
  await decide(headFamily, cal.at(on(last, '06-25')), last, answered.id, {
    version: answered.version,
    status: 'accepted',
    outcome: { type: 'action', id: notice.id },
  });

  if (!cal.reached(on(year, '02-14'))) return;
  await changeAction(headFamily, cal.at(on(year, '02-14')), last, notice.id, {
    ...noticeAction,
    version: notice.version,
    status: 'done',
    progress: 'Tvarka patvirtinta direktoriaus įsakymu, darbuotojai su ja supažindinti.',
  });
};

/** The year's register of projects and partnerships, completed at its end. */
const projects = async (cal: Calendar, strategy: Strategy): Promise<void> => {
  const { last } = cal;
  const { goals } = strategy;
  if (!cal.reached(on(last, '12-15'))) return;
  const december = cal.at(on(last, '12-15'));
  await Promise.all([
    addProject(by(PEOPLE.headFamily), december, last, {
      kind: 'project',
      title: 'Šeimų stiprinimo programa „Kartu stipresni“',
      description:
        'Pozityvios tėvystės mokymai ir individualios konsultacijos šeimoms, patiriančioms sunkumų.',
      partners: ['Utenos rajono savivaldybės administracija'],
      fundedBy: 'Savivaldybės socialinių programų lėšos',
      from: on(last, '03-01'),
      to: on(last, '11-30'),
      status: 'completed',
      result: 'Programoje dalyvavo 24 šeimos, visą ciklą baigė 19.',
      unitId: UNIT.familyWelfare,
      goalId: goals.families,
    }),
    addProject(by(PEOPLE.headDay), december, last, {
      kind: 'partnership',
      title: 'Bendradarbiavimas su Saulėtekio progimnazija dėl vaikų užimtumo po pamokų',
      partners: ['Saulėtekio progimnazija'],
      from: on(last, '09-01'),
      status: 'ongoing',
      result: 'Pasirašyta bendradarbiavimo sutartis; kartu surengti 6 renginiai.',
      unitId: UNIT.dayCentre,
      goalId: goals.community,
    }),
  ]);
};

/** The year-end survey's finding: an improvement action, carried out in this year's first half. */
const surveyAction = async (cal: Calendar, strategy: Strategy): Promise<void> => {
  const { last, year } = cal;
  const headDay = by(PEOPLE.headDay);
  if (!cal.reached(on(last, '12-20'))) return;
  const talksAction = {
    finding: {
      kind: 'survey',
      reference: 'Metinė apklausa, 7 klausimas',
      text: 'Tik 71 % tėvų patenkinti tuo, kaip informuojami apie vaiko pažangą dienos centre (bendras pasitenkinimas – 85,7 %).',
    },
    title: 'Kas ketvirtį rengti individualius pokalbius su tėvais apie vaiko pažangą',
    description: 'Su kiekviena šeima – pokalbis kartą per ketvirtį; jo santrauka įrašoma į IPP.',
    ownerUserId: PEOPLE.headDay.userId,
    unitId: UNIT.dayCentre,
    dueOn: on(year, '06-30'),
    goalId: strategy.goals.quality,
    indicatorId: strategy.indicators.satisfaction,
  } satisfies Body<'createAction'>;
  const talks = await addAction(by(PEOPLE.deputy), cal.at(on(last, '12-20')), last, talksAction);

  if (!cal.reached(on(year, '06-26'))) return;
  await changeAction(headDay, cal.at(on(year, '06-26')), last, talks.id, {
    ...talksAction,
    version: talks.version,
    status: 'done',
    progress: 'Įvyko du pokalbių ratai su 38 šeimomis.',
  });
};

/**
 * Last year's annual report through its own workflow: prepared and submitted by the deputy (its
 * figures frozen as they stood that day), approved by the director before the end of April (which
 * records the cycle's milestone), presented at the staff meeting in May. Taken after every other
 * strand, each step reading the store as it stood on its day.
 */
export const fileAnnualReport = async (cal: Calendar): Promise<void> => {
  const { last, year } = cal;
  const submitted = on(year, '04-14');
  if (!cal.reached(submitted)) return;
  let report = await submitAnnual(by(PEOPLE.deputy), cal.at(submitted, { asOf: true }), last, {
    version: 0,
    comment:
      'Ataskaita parengta pagal skyrių ataskaitas, apklausų, rodiklių ir skundų duomenis; aptarta vadovų pasitarime.',
  });

  const approved = on(year, '04-22');
  if (!cal.reached(approved)) return;
  report = await decideAnnual(by(PEOPLE.director), cal.at(approved, { asOf: true }), last, {
    version: report.itemVersion,
    decision: 'approve',
    comment: `Patvirtinta ${approved} direktoriaus įsakymu Nr. V-45.`,
  });

  const meeting = on(year, '05-06');
  if (!cal.reached(meeting)) return;
  await presentAnnual(by(PEOPLE.deputy), cal.at(meeting, { asOf: true }), last, {
    version: report.itemVersion,
    meetingOn: meeting,
    comment:
      'Pristatyta visuotiniame darbuotojų susirinkime; paslaugų gavėjams parengta atmintinė.',
  });
};
