import { buildAnnualReport } from '../../../../functions/domain/reports/annual-report';
import type { AnnualReportInput } from '../../../../functions/domain/reports/inputs';
import { buildRecipientsSummary } from '../../../../functions/domain/reports/recipients-summary';
import { CURRENT, DC, GC, ORG, PREVIOUS, STATUS, anItem } from './fixtures';

const input = (overrides: Partial<AnnualReportInput> = {}): AnnualReportInput => ({
  org: ORG,
  current: CURRENT,
  previous: PREVIOUS,
  nextPlanItems: [
    anItem({ id: 'n1', activity: 'Vasaros stovykla', unitId: GC }),
    anItem({ id: 'n2', activity: 'Atšaukta', status: 'cancelled' }),
  ],
  earlierActions: null,
  status: STATUS,
  asOf: '2027-03-01',
  generatedAt: '2027-03-01T10:00:00.000Z',
  ...overrides,
});

describe('the annual report model', () => {
  const model = buildAnnualReport(input());
  const figure = (code: string) => model.keyFigures.figures.find((f) => f.code === code);

  it('counts plan execution overall and by unit, listing overdue items with their days', () => {
    // Five items once the cancelled one is left out; 2 done; i2 (partly done) and i4 are past due.
    expect(model.planExecution.totals).toEqual({
      items: 5,
      done: 2,
      partlyDone: 1,
      notDone: 1,
      open: 1,
      cancelled: 1,
      overdue: 2,
      donePercent: 40,
    });
    expect(model.planExecution.byUnit.map((u) => [u.unitName, u.items, u.donePercent])).toEqual([
      ['Dienos centras', 3, 33.3],
      ['Globos centras', 2, 50],
    ]);
    // 2026-06-30 → 2027-03-01: 244 days; 2026-12-31 → 2027-03-01: 60 days.
    expect(model.planExecution.overdue.map((r) => [r.itemId, r.daysOverdue])).toEqual([
      ['i2', 60],
      ['i4', 244],
    ]);
    expect(model.planExecution.notAchieved.map((r) => r.itemId)).toEqual(['i2', 'i3']);
  });

  it('takes the training figures: person-hours, per employee and needs covered', () => {
    // 8 h × 2 participants planned, 8 h done; 3 active members; 1 of 2 needs covered.
    expect(model.training).toMatchObject({
      items: 1,
      plannedHours: 16,
      doneHours: 8,
      donePercent: 50,
      activeMembers: 3,
      hoursPerActiveMember: 2.7,
      needs: 2,
      needsCovered: 1,
      needsCoveredPercent: 50,
      certificates: 1,
    });
  });

  it('gives complaints’ response times and what suggestions led to, without their texts', () => {
    expect(model.feedback.complaints).toEqual({
      received: 3,
      answered: 2,
      answeredOnTime: 1,
      answeredLate: 1,
      overdue: 1,
      pending: 0,
      onTimePercent: 33.3,
      // 18 and 37 days.
      responseTimes: { n: 2, meanDays: 27.5, medianDays: 27.5, maxDays: 37 },
    });
    const suggestion = model.feedback.byKind.find((k) => k.kind === 'suggestion');
    expect(suggestion).toMatchObject({ received: 1, accepted: 1, implemented: 1 });
    expect(suggestion?.decisionTimes).toEqual({ n: 1, meanDays: 10, medianDays: 10, maxDays: 10 });
    expect(
      model.feedback.outcomes.map((o) => [o.proposalId, o.outcomeTitle, o.implemented]),
    ).toEqual([
      ['c1', 'Skundų dėžutė prie įėjimo', false],
      ['s1', 'Veikla', true],
    ]);
    expect(JSON.stringify(model)).not.toContain('Asmeninis tekstas');
  });

  it('follows last year’s actions to the indicator they were to move', () => {
    const { carriedOut, opened } = model.improvementActions;
    expect(carriedOut.counts).toEqual({
      total: 2,
      open: 1,
      inProgress: 0,
      done: 1,
      cancelled: 0,
      overdue: 1,
    });
    const y1 = carriedOut.items.find((a) => a.actionId === 'y1');
    expect(y1?.effect).toMatchObject({
      code: 'R1',
      baselineYear: 2025,
      baseline: 70,
      effectYear: 2026,
      effect: 80,
      assessment: 'better',
    });
    // 2026-10-01 → 2027-03-01.
    expect(carriedOut.items.find((a) => a.actionId === 'y2')?.daysOverdue).toBe(151);
    expect(opened.items.map((a) => a.actionId)).toEqual(['x1']);
  });

  it('compares key figures with last year by each figure’s direction', () => {
    expect(figure('planDonePercent')).toEqual({
      code: 'planDonePercent',
      value: 40,
      unit: 'percent',
      previous: 50,
      change: -10,
      assessment: 'worse',
    });
    expect(figure('actionsDonePercent')).toMatchObject({
      value: 50,
      previous: null,
      assessment: 'noData',
    });
    expect(figure('complaints')).toMatchObject({ value: 3, previous: 0, assessment: null });
    // (7 + 2) of 11 this year, 3 of 10 last year.
    expect(figure('recipientSatisfactionPercent')).toMatchObject({
      value: 81.8,
      previous: 30,
      change: 51.8,
      assessment: 'better',
    });
    // Recipients' kinds decided: c1, c2, s1; accepted c1, s1.
    expect(figure('suggestionsAcceptedPercent')?.value).toBe(66.7);
    expect(model.keyFigures.indicators.map((i) => [i.code, i.assessment, i.targetMet])).toEqual([
      ['R1', 'better', false],
      ['R2', 'worse', null],
    ]);
    expect(model.keyFigures.indicators[0]?.trend.map((t) => t.value)).toEqual([65, 70, 80]);
  });

  it('compares a survey with last year’s of the same audience and instrument, units suppressed', () => {
    const [survey] = model.surveys.surveys;
    expect(survey).toMatchObject({
      surveyId: 's26',
      responses: 11,
      responseRatePercent: 55,
      previous: { surveyId: 's25', year: 2025, responses: 10 },
    });
    const domain = survey!.domains[0]!;
    // Scores rescaled to 0–100: DC 650, GC 200, over 11 respondents.
    expect(domain.overall).toEqual({
      n: 11,
      responseRatePercent: 55,
      topTwoBoxPercent: 81.8,
      mean: 77.27,
    });
    expect(domain.change).toMatchObject({
      previousTopTwoBoxPercent: 30,
      deltaTopTwoBox: 51.8,
      direction: 'better',
      significant: true,
    });
    // Globos centras has 3 (< 5); Dienos centras is hidden with it so 11 − DC cannot reveal it.
    expect(domain.byUnit).toEqual([
      {
        unit: 'Dienos centras',
        figures: { suppressed: true, reason: 'complementary', minimumN: 5 },
        change: { suppressed: true, reason: 'complementary', minimumN: 5 },
      },
      {
        unit: 'Globos centras',
        figures: { suppressed: true, reason: 'belowMinimumN', minimumN: 5 },
        change: { suppressed: true, reason: 'belowMinimumN', minimumN: 5 },
      },
    ]);
    expect(survey!.units.map((u) => u.n)).toEqual([
      { suppressed: true, reason: 'complementary', minimumN: 5 },
      { suppressed: true, reason: 'belowMinimumN', minimumN: 5 },
    ]);
    expect(survey!.questions[0]?.overall).toMatchObject({ n: 11, distribution: [0, 1, 1, 5, 4] });
  });

  it('does not compare with a survey of another instrument', () => {
    const other = {
      ...PREVIOUS,
      surveys: PREVIOUS.surveys.map((s) => ({
        ...s,
        survey: { ...s.survey, instrument: 'WHOQOL-BREF' },
      })),
    };
    const alone = buildAnnualReport(input({ previous: other }));
    expect(alone.surveys.surveys[0]?.previous).toBeNull();
    expect(alone.surveys.surveys[0]?.domains[0]?.change).toBeNull();
  });

  it('derives strengths and weaknesses, each with the figure that triggered it', () => {
    expect(model.strengths.map((f) => [f.rule, f.value, f.reference])).toEqual([
      ['indicatorImproved', 80, 70],
      ['surveyImproved', 81.8, 30],
      ['satisfactionHigh', 81.8, 80],
      ['actionsEffective', 1, 2],
    ]);
    expect(model.weaknesses.map((f) => [f.rule, f.value, f.reference])).toEqual([
      ['indicatorWorsened', 3, 2],
      ['indicatorTargetMissed', 80, 85],
      ['planExecutionLow', 40, 70],
      ['planOverdue', 2, 0],
      ['trainingDoneLow', 50, 70],
      ['complaintsLate', 2, 0],
      ['actionsOverdue', 1, 0],
    ]);
  });

  it('leaves the benchmark slot empty and survives the JSON round trip unchanged', () => {
    expect(model.benchmark).toBeNull();
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });

  it('works without a previous year', () => {
    const first = buildAnnualReport(input({ previous: null }));
    expect(first.improvementActions.carriedOut.counts.total).toBe(0);
    expect(first.keyFigures.figures.every((f) => f.previous === null)).toBe(true);
    expect(first.surveys.surveys[0]?.previous).toBeNull();
  });
});

describe('the recipients’ summary', () => {
  const annual = buildAnnualReport(input());
  const summary = buildRecipientsSummary(input(), annual);

  it('says how satisfied recipients were, what their suggestions changed and what comes next', () => {
    expect(summary.satisfaction).toEqual([
      {
        surveyId: 's26',
        title: 'Gavėjų apklausa 2026',
        audience: 'recipients',
        satisfaction: { n: 11, topTwoBoxPercent: 81.8 },
        previousTopTwoBoxPercent: 30,
        direction: 'better',
      },
    ]);
    // c1, c2, s1 decided of the four from recipients; c1 and s1 accepted, s1's outcome done.
    expect(summary.suggestions).toEqual({
      received: 4,
      decided: 3,
      accepted: 2,
      implemented: 1,
      changes: [
        { title: 'Veikla', implemented: true },
        { title: 'Skundų dėžutė prie įėjimo', implemented: false },
      ],
    });
    expect(summary.next).toEqual({
      planItems: [{ title: 'Vasaros stovykla', unitName: 'Globos centras' }],
      actions: [{ title: 'Skundų dėžutė prie įėjimo', dueOn: '2027-06-30' }],
    });
  });

  it('shows a survey of too few respondents only as suppressed, and no personal data', () => {
    const tiny = {
      ...CURRENT,
      surveys: CURRENT.surveys.map((s) => ({
        ...s,
        responses: { count: 3, answers: { unit: [0, 0, 1], sat: [5, 5, 1] } },
        survey: { ...s.survey, responses: 3 },
      })),
    };
    const small = input({ current: tiny });
    const result = buildRecipientsSummary(small, buildAnnualReport(small));
    expect(result.satisfaction[0]?.satisfaction).toEqual({
      suppressed: true,
      reason: 'belowMinimumN',
      minimumN: 5,
    });
    expect(result.satisfaction[0]?.previousTopTwoBoxPercent).toBeNull();
    const text = JSON.stringify(summary);
    for (const personal of ['Asmeninis tekstas', 'ona@org', 'Aistė', DC]) {
      expect(text).not.toContain(personal);
    }
  });
});
