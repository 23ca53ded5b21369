import { parseSurveyRows } from '../../../../../functions/domain/surveys/import';
import {
  HEADER,
  isRejected,
  LIKERT_COLUMNS,
  likertScore,
  multiPicks,
  OPTIONS,
  syntheticRows,
  UNITS,
} from './synthetic';

const N = 100_000;

/** Correctness at full size; the time and memory figures come from bench-import.ts. */
describe('parseSurveyRows on 100,000 rows × 30 columns', () => {
  it('reads every row and scores every column as the generator wrote it', async () => {
    const parsed = await parseSurveyRows(syntheticRows(N));

    expect(parsed.family).toBe('googleForms');
    expect(parsed.counts).toMatchObject({
      rows: N,
      accepted: N,
      duplicatesInFile: 0,
      blankRows: 0,
    });
    const expectedRejects = Array.from({ length: N }, (_, i) => i).filter((i) =>
      isRejected(i, 1),
    ).length;
    expect(parsed.counts.rejectedCells).toBe(expectedRejects);
    expect(parsed.rejected).toHaveLength(expectedRejects);
    expect(parsed.rejected[0]).toEqual({
      cell: 'D999',
      row: 999,
      header: 'Teiginys 2',
      reason: 'unknownLabel',
      value: 'Kažkas',
    });

    expect(parsed.questions.map((q) => q.kind)).toEqual([
      'meta',
      'meta',
      ...Array.from({ length: LIKERT_COLUMNS }, () => 'likert'),
      'likert',
      'likert',
      'likert',
      'scale0to10',
      'multi',
      'single',
      'text',
      'text',
    ]);
    expect(parsed.questions.map((q) => q.header)).toEqual(HEADER);

    const answers = parsed.questions.map((q) => parsed.responses.answers[q.key]);
    for (let k = 0; k < LIKERT_COLUMNS; k++) {
      const column = answers[2 + k]!;
      for (let i = 0; i < N; i += 97)
        expect(column[i]).toBe(isRejected(i, k) ? null : likertScore(i, k));
    }
    expect(answers[2]![0]).toBeNull();
    expect(answers[22]![1]).toBe(2); // (1 + 0) % 5 + 1
    expect(answers[25]![12]).toBe(1);

    const multi = parsed.questions[26]!;
    expect(multi.options).toEqual(OPTIONS);
    for (let i = 0; i < N; i += 101) expect(answers[26]![i]).toEqual(multiPicks(i));
    expect(parsed.questions[27]!.options).toEqual(UNITS);
    expect(answers[28]![5003]).toBe('Komentaras 3');
    expect(new Set(parsed.identities).size).toBe(N);
  });
});
