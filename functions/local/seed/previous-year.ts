import { on, type Calendar } from './calendar';
import { by, PEOPLE, responsible, UNIT } from './people';
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
  recordMilestone,
  respond,
  submitPlan,
  type Body,
} from './requests';
import { completeAll, draftItems, reportProgress, type ItemStory } from './story';
import type { Strategy } from './strategy';

/**
 * The year before last, as much of it as last year's annual report compares with: a small plan
 * carried out (three items done, one partly, one not), a training with its completions, a
 * suggestion and two complaints (one answered late), a project, and two improvement actions that
 * last year carried out. The cycle's reports were recorded as milestones; it closed at last
 * year's end. Every day of it has passed, whatever today is.
 */
export const seedPreviousYear = async (cal: Calendar, strategy: Strategy): Promise<void> => {
  const complaint = suggestionBox(cal);
  await Promise.all([
    plan(cal),
    training(cal),
    complaint,
    project(cal),
    complaint.then((c) => complaintAction(cal, strategy, c)),
    surveyAction(cal, strategy),
  ]);
};

type Story = 'homework' | 'fosterGroup' | 'needsTool' | 'premises' | 'partners';

const stories = (cal: Calendar): Record<Story, ItemStory> => {
  const { previous } = cal;
  return {
    homework: {
      head: PEOPLE.headDay,
      reporter: PEOPLE.ona,
      item: {
        unitId: UNIT.dayCentre,
        goal: 'Vaikų mokymosi pagalba',
        activity: 'Kasdien padėti dienos centro vaikams ruošti namų darbus',
        responsible: responsible(PEOPLE.ona),
        startOn: on(previous, '01-08'),
        dueOn: on(previous, '12-31'),
        indicator: 'Vidutinis pagalbą gaunančių vaikų skaičius',
        targetValue: '15 vaikų',
      },
      yearEnd: { done: true, comment: 'Pagalba teikta kasdien; vidutiniškai 18 vaikų.' },
    },
    fosterGroup: {
      head: PEOPLE.headFoster,
      reporter: PEOPLE.ruta,
      item: {
        unitId: UNIT.fosterCare,
        goal: 'Globėjų savitarpio pagalba',
        activity: 'Kas ketvirtį rengti globėjų savitarpio pagalbos grupės susitikimus',
        responsible: responsible(PEOPLE.ruta),
        startOn: on(previous, '02-01'),
        dueOn: on(previous, '12-15'),
        indicator: 'Įvykusių susitikimų skaičius',
        targetValue: '4 susitikimai',
      },
      yearEnd: { done: true, comment: 'Įvyko 4 susitikimai, dalyvavo 11 globėjų.' },
    },
    needsTool: {
      head: PEOPLE.headFamily,
      reporter: PEOPLE.egle,
      item: {
        unitId: UNIT.familyWelfare,
        goal: 'Šeimų poreikių vertinimas',
        activity: 'Parengti ir išbandyti šeimos poreikių vertinimo klausimyną',
        responsible: responsible(PEOPLE.egle),
        startOn: on(previous, '03-01'),
        dueOn: on(previous, '10-31'),
        targetValue: 'Klausimynas taikomas visoms naujoms šeimoms',
      },
      yearEnd: {
        percent: 60,
        comment: 'Klausimynas parengtas ir išbandytas su 12 šeimų; galutinė redakcija vėluoja.',
      },
    },
    premises: {
      head: PEOPLE.headCrisis,
      reporter: PEOPLE.mantas,
      item: {
        unitId: UNIT.crisisCentre,
        goal: 'Saugi ir jauki aplinka',
        activity: 'Atnaujinti Krizių centro bendro naudojimo patalpas',
        responsible: responsible(PEOPLE.headCrisis),
        startOn: on(previous, '05-01'),
        dueOn: on(previous, '09-30'),
        targetValue: 'Patalpos atnaujintos',
      },
      yearEnd: {
        done: false,
        comment: 'Lėšų negauta; darbai įtraukti į savivaldybės investicijų programą.',
      },
    },
    partners: {
      head: PEOPLE.headCrisis,
      reporter: PEOPLE.headCrisis,
      item: {
        unitId: UNIT.crisisCentre,
        goal: 'Tarpinstitucinis bendradarbiavimas',
        activity:
          'Sudaryti bendradarbiavimo susitarimus su policijos komisariatu ir pirminės sveikatos priežiūros centru',
        responsible: responsible(PEOPLE.headCrisis),
        startOn: on(previous, '01-15'),
        dueOn: on(previous, '06-30'),
        indicator: 'Pasirašytų susitarimų skaičius',
        targetValue: '2 susitarimai',
      },
      yearEnd: { done: true, comment: 'Pasirašyti abu susitarimai.' },
    },
  };
};

/** Unit plans, the plan approved, year-end progress; the reports recorded; the cycle closed. */
const plan = async (cal: Calendar): Promise<void> => {
  const { previous, last } = cal;
  const deputy = by(PEOPLE.deputy);
  const story = stories(cal);
  const items = await draftItems(cal, previous, on(previous, '01-10'), story);
  let annual = await submitPlan(deputy, cal.at(on(previous, '02-20')), previous, {
    version: 0,
    comment: 'Metinis veiklos planas parengtas pagal skyrių planus.',
  });
  annual = await founderAgreed(deputy, cal.at(on(previous, '02-28')), previous, {
    version: annual.version,
    agreedOn: on(previous, '02-28'),
    reference: `Utenos rajono savivaldybės administracijos ${on(previous, '02-28')} raštas Nr. SP-96`,
  });
  await decidePlan(by(PEOPLE.director), cal.at(on(previous, '03-07')), previous, {
    version: annual.version,
    decision: 'approve',
    comment: `Patvirtinta ${on(previous, '03-07')} direktoriaus įsakymu Nr. V-19.`,
  });
  await recordMilestone(deputy, cal.at(on(previous, '07-24')), previous, {
    halfYearReportSubmittedOn: on(previous, '07-24'),
  });
  await reportProgress(cal, previous, on(previous, '12-16'), 'yearEnd', story, items);
  await recordMilestone(
    by(PEOPLE.director),
    cal.at(on(last, '04-24')),
    previous,
    { annualReportApprovedOn: on(last, '04-24') },
    'Metinė ataskaita patvirtinta ir pristatyta darbuotojų susirinkime.',
  );
  await recordMilestone(deputy, cal.at(on(last, '12-30')), previous, {
    closedOn: on(last, '12-30'),
  });
};

/** Needs in January, one course in spring (one participant missed it); one need left for later. */
const training = async (cal: Calendar): Promise<void> => {
  const { previous } = cal;
  const [caseWork] = await Promise.all([
    addNeed(by(PEOPLE.egle), cal.at(on(previous, '01-15')), previous, {
      area: 'socialWorkMethods',
      topic: 'Atvejo vadyba ir individualūs pagalbos planai',
      reason: 'Nauji atvejo vadybos tvarkos reikalavimai.',
    }),
    addNeed(by(PEOPLE.mantas), cal.at(on(previous, '01-15')), previous, {
      area: 'psychologyTrauma',
      topic: 'Grupinė supervizija',
      reason: 'Darbas su krizę patiriančiais asmenimis emociškai sunkus.',
      source: 'selfAssessment',
    }),
  ]);
  const course = await addTraining(by(PEOPLE.deputy), cal.at(on(previous, '02-06')), previous, {
    topic: 'Atvejo vadyba ir individualūs pagalbos planai',
    area: 'socialWorkMethods',
    provider: 'Regioninis socialinių darbuotojų mokymo centras',
    format: 'external',
    plannedHours: 16,
    participants: [
      PEOPLE.egle.userId,
      PEOPLE.kestutis.userId,
      PEOPLE.ona.userId,
      PEOPLE.mantas.userId,
    ],
    from: on(previous, '04-16'),
    to: on(previous, '04-17'),
    costEur: 420,
    needIds: [caseWork.id],
  });
  await completeAll(cal, by(PEOPLE.deputy), previous, course, on(previous, '04-24'), [
    [PEOPLE.egle, 16, true],
    [PEOPLE.kestutis, 16, true],
    [PEOPLE.ona, 16, true],
  ]);
};

type Proposal = Awaited<ReturnType<typeof propose>>;

/** A suggestion accepted; a complaint answered in time; one answered late (it led to an action). */
const suggestionBox = async (cal: Calendar): Promise<Proposal> => {
  const { previous } = cal;
  const headDay = by(PEOPLE.headDay);
  const headFamily = by(PEOPLE.headFamily);
  const [bikes, missed, late] = await Promise.all([
    propose(by(PEOPLE.ona), cal.at(on(previous, '03-11')), previous, {
      kind: 'suggestion',
      source: 'suggestionBox',
      unitId: UNIT.dayCentre,
      text: 'Prie dienos centro įrengti dviračių stovą.',
      category: 'environment',
      receivedOn: on(previous, '03-11'),
      recipientCode: 'DC-009',
    }),
    propose(by(PEOPLE.egle), cal.at(on(previous, '05-13')), previous, {
      kind: 'complaint',
      source: 'suggestionBox',
      unitId: UNIT.familyWelfare,
      text: 'Atvejo vadybininkas neatvyko į sutartą susitikimą ir apie tai iš anksto nepranešė.',
      category: 'services',
      receivedOn: on(previous, '05-13'),
      anonymous: true,
    }),
    propose(by(PEOPLE.ona), cal.at(on(previous, '09-09')), previous, {
      kind: 'complaint',
      source: 'other',
      unitId: UNIT.dayCentre,
      text: 'Į mano raštu pateiktą klausimą dėl vaiko lankymo grafiko atsakymo laukiau daugiau nei mėnesį.',
      category: 'communication',
      receivedOn: on(previous, '09-09'),
      recipientCode: 'DC-021',
    }),
  ]);
  const [, answered] = await Promise.all([
    decide(headDay, cal.at(on(previous, '03-25')), previous, bikes.id, {
      version: bikes.version,
      status: 'accepted',
      reason: 'Dviračių stovas bus įrengtas gegužę.',
    }),
    respond(headFamily, cal.at(on(previous, '05-27')), previous, missed.id, {
      version: missed.version,
      response:
        'Atsiprašome. Su darbuotoju aptarta, kaip pranešti apie pasikeitimus; susitikimas įvyko gegužės 24 d.',
      respondedOn: on(previous, '05-27'),
    }),
  ]);
  const [, lateAnswer] = await Promise.all([
    decide(headFamily, cal.at(on(previous, '05-27')), previous, missed.id, {
      version: answered.version,
      status: 'accepted',
    }),
    respond(by(PEOPLE.deputy), cal.at(on(previous, '10-21')), previous, late.id, {
      version: late.version,
      response:
        'Atsiprašome, kad atsakymas vėlavo. Lankymo grafikas suderintas; nuo šiol į raštu pateiktus klausimus atsakoma per 20 darbo dienų.',
      respondedOn: on(previous, '10-21'),
    }),
  ]);
  return lateAnswer;
};

/**
 * The late answer's action: a register of complaints with their due dates; linked to the
 * complaints indicator once the indicators were defined, done last February.
 */
const complaintAction = async (
  cal: Calendar,
  strategy: Strategy,
  complaint: Proposal,
): Promise<void> => {
  const { previous, last } = cal;
  const deputy = by(PEOPLE.deputy);
  const fields = {
    finding: {
      kind: 'complaint',
      reference: complaint.id,
      text: 'Į raštu pateiktą skundą atsakyta pavėlavus.',
    },
    title: 'Registruoti skundus su atsakymo terminu ir kas savaitę tikrinti, ar jis nepraleistas',
    description: 'Skundų registre – gavimo data, atsakymo terminas ir atsakingas darbuotojas.',
    ownerUserId: PEOPLE.deputy.userId,
    dueOn: on(last, '02-28'),
  } satisfies Body<'createAction'>;
  const action = await addAction(deputy, cal.at(on(previous, '10-24')), previous, fields);
  await decide(deputy, cal.at(on(previous, '10-24')), previous, complaint.id, {
    version: complaint.version,
    status: 'accepted',
    outcome: { type: 'action', id: action.id },
  });
  await carryOut(cal, strategy.goals.quality, strategy.indicators.complaints, action, fields, {
    done: on(last, '02-17'),
    progress: 'Skundų registras veikia nuo sausio; visi skundai atsakyti laiku.',
  });
};

/** The staff survey's finding: training planned from the staff's own needs; done last February. */
const surveyAction = async (cal: Calendar, strategy: Strategy): Promise<void> => {
  const { previous, last } = cal;
  const fields = {
    finding: {
      kind: 'survey',
      reference: 'Darbuotojų apklausa, 2 teiginys',
      text: 'Mažiau nei trečdalis darbuotojų sutinka, kad turi galimybių tobulinti kompetencijas.',
    },
    title: 'Kompetencijų tobulinimo planą sudaryti pagal darbuotojų nurodytus poreikius',
    description: 'Sausį kiekvienas darbuotojas nurodo savo poreikius; planas sudaromas pagal juos.',
    ownerUserId: PEOPLE.deputy.userId,
    dueOn: on(last, '02-28'),
  } satisfies Body<'createAction'>;
  const action = await addAction(
    by(PEOPLE.deputy),
    cal.at(on(previous, '12-18')),
    previous,
    fields,
  );
  await carryOut(cal, strategy.goals.staff, strategy.indicators.trainingHours, action, fields, {
    done: on(last, '02-05'),
    progress: 'Poreikiai surinkti sausį; kompetencijų tobulinimo planas sudarytas pagal juos.',
  });
};

/** Linked to its goal and indicator when they were defined (last January), then done. */
const carryOut = async (
  cal: Calendar,
  goalId: string,
  indicatorId: string,
  action: Awaited<ReturnType<typeof addAction>>,
  fields: Body<'createAction'>,
  done: { done: string; progress: string },
): Promise<void> => {
  const { previous, last } = cal;
  const deputy = by(PEOPLE.deputy);
  const linked = { ...fields, goalId, indicatorId };
  const started = await changeAction(deputy, cal.at(on(last, '01-20')), previous, action.id, {
    ...linked,
    version: action.version,
    status: 'inProgress',
  });
  await changeAction(deputy, cal.at(done.done), previous, action.id, {
    ...linked,
    version: started.version,
    status: 'done',
    progress: done.progress,
  });
};

/** The year's project. */
const project = async (cal: Calendar): Promise<void> => {
  const { previous } = cal;
  await addProject(by(PEOPLE.headDay), cal.at(on(previous, '12-16')), previous, {
    kind: 'project',
    title: 'Vaikų vasaros užimtumo programa „Atrask savo kraštą“',
    description: 'Edukacinės išvykos po rajoną dienos centro vaikams.',
    partners: ['Utenos kraštotyros muziejus'],
    fundedBy: 'Savivaldybės vaikų vasaros poilsio programa',
    from: on(previous, '06-10'),
    to: on(previous, '08-23'),
    status: 'completed',
    result: 'Surengtos 8 išvykos, dalyvavo 26 vaikai.',
    unitId: UNIT.dayCentre,
  });
};
