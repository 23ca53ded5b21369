import type { Answer, ResponseColumns } from '../../../../../functions/domain/surveys/model';
import {
  concatResponses,
  decodeChunks,
  encodeChunks,
  RESPONSE_FORMAT_VERSION,
} from '../../../../../functions/domain/surveys/storage';
import {
  aQuestion,
  differingColumns,
  likertResponses,
  seeded,
  someResponses,
} from '../../../../fixtures/survey-responses';

describe('encodeChunks / decodeChunks', () => {
  it('round-trips importer-shaped responses exactly', () => {
    const { questions, responses } = someResponses({ count: 500 });

    const chunks = encodeChunks(questions, responses);

    expect(chunks).toHaveLength(1);
    expect(chunks[0]).toMatchObject({ seq: 0, count: 500 });
    expect(chunks[0]!.payload[0]).toBe(RESPONSE_FORMAT_VERSION);
    expect(decodeChunks(questions, chunks)).toEqual(responses);
  });

  it('round-trips any answer exactly, however odd', () => {
    const column = (values: Answer[]): Answer[] => values;
    const answers: Record<string, Answer[]> = {
      floats: column([1.5, -0, null, 1e300, Number.MIN_VALUE]),
      negatives: column([-1, 3, null, -200, 2 ** 40]),
      large: column([255, 1000, 0, null, 7]),
      mixedTypes: column([3, 'trys', [1, 2], null, 'x']),
      unsortedMulti: column([[2, 1], [], null, [5, 5], [0]]),
      wideMulti: column([[0, 31, 40], [], null, [1000], [3]]),
      maskMulti: column([[0, 2, 30], [], null, [1], [4, 5]]),
      loneSurrogate: column(['\ud800', 'ok', null, 'a\udc00b', '']),
      text: column(['', 'Ačiū 😊', null, 'x'.repeat(1000), ' tarpai ']),
      notQuiteIso: column(['2026-03-02T08:00:00Z', '2026-03-02', null, 'rytas', 'x']),
      times: column([
        '2026-03-02T08:00:00.000Z',
        '1969-12-31T23:59:59.999Z',
        null,
        '9999-12-31T23:59:59.999Z',
        '0000-01-01T00:00:00.000Z',
      ]),
      zeroScores: column([0, 0, 0, null, 0]),
      allBlank: column([null, null, null, null, null]),
    };
    const questions = Object.keys(answers).map((key) => aQuestion({ key }));
    const responses: ResponseColumns = { count: 5, answers };

    const back = decodeChunks(questions, encodeChunks(questions, responses));

    expect(back).toEqual(responses);
    expect(Object.is(back.answers.floats![1], -0)).toBe(true);
  });

  it('gives a question without answers a column of blanks', () => {
    const questions = [aQuestion({ key: 'q1' }), aQuestion({ key: 'q2' })];
    const responses = { count: 2, answers: { q1: [1, 2] } };

    expect(decodeChunks(questions, encodeChunks(questions, responses)).answers.q2).toEqual([
      null,
      null,
    ]);
  });

  it('keeps only the answers of the questions it is given', () => {
    const responses = { count: 2, answers: { q1: [1, 2], stray: [3, 4] } };
    const questions = [aQuestion({ key: 'q1' })];

    const back = decodeChunks(questions, encodeChunks(questions, responses));

    expect(back).toEqual({ count: 2, answers: { q1: [1, 2] } });
  });

  it('splits responses into chunks under the limit, in order, that decode as one', () => {
    const { questions, responses } = someResponses({ count: 3000 });

    const chunks = encodeChunks(questions, responses, { maxChunkBytes: 5000 });

    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.map((c) => c.seq)).toEqual(chunks.map((_, i) => i));
    expect(chunks.every((c) => c.payload.length <= 5000)).toBe(true);
    expect(chunks.reduce((n, c) => n + c.count, 0)).toBe(3000);
    expect(decodeChunks(questions, chunks)).toEqual(responses);
  });

  it('splits a block again when its answers are denser than the first ones', () => {
    const questions = [aQuestion({ key: 'comment', kind: 'text' })];
    const rnd = seeded(3);
    const noise = (): string =>
      Array.from({ length: 200 }, () => (rnd() * 36).toString(36)).join('');
    const comment = Array.from({ length: 6000 }, (_, i) => (i < 5000 ? null : noise()));
    const responses = { count: 6000, answers: { comment } };

    const chunks = encodeChunks(questions, responses, { maxChunkBytes: 50_000 });

    expect(chunks.every((c) => c.payload.length <= 50_000)).toBe(true);
    expect(decodeChunks(questions, chunks)).toEqual(responses);
  });

  it('packs 100,000 responses × 30 Likert answers into a handful of chunks', () => {
    const { questions, responses } = likertResponses(100_000, 30);

    const chunks = encodeChunks(questions, responses);

    expect(chunks.length).toBeLessThanOrEqual(3);
    expect(chunks.every((c) => c.payload.length <= 350_000)).toBe(true);
    const back = decodeChunks(questions, chunks);
    expect(back.count).toBe(100_000);
    expect(differingColumns(back, responses)).toEqual([]);
  });

  it('decodes several imports in commit order, blanks for a question added later', () => {
    const first = someResponses({ count: 300, likert: 3, seed: 1 });
    const second = someResponses({ count: 200, likert: 4, seed: 2 });
    const chunks = [
      ...encodeChunks(first.questions, first.responses, { maxChunkBytes: 1000 }),
      ...encodeChunks(second.questions, second.responses, { maxChunkBytes: 1000 }),
    ];

    const back = decodeChunks(second.questions, chunks);

    expect(back).toEqual(concatResponses(first.responses, second.responses));
    expect(back.answers.q4!.slice(0, 300).every((a) => a === null)).toBe(true);
    expect(back.answers.q4!.slice(300)).toEqual(second.responses.answers.q4);
  });

  it('gives no chunks for no responses, and no responses for no chunks', () => {
    const questions = [aQuestion()];

    expect(encodeChunks(questions, { count: 0, answers: {} })).toEqual([]);
    expect(decodeChunks(questions, [])).toEqual({ count: 0, answers: { q1: [] } });
  });

  it('refuses a response that alone is over the limit', () => {
    const questions = [aQuestion({ key: 'comment', kind: 'text' })];
    const rnd = seeded(5);
    const huge = Array.from({ length: 5000 }, () => (rnd() * 36).toString(36)).join('');

    expect(() =>
      encodeChunks(questions, { count: 1, answers: { comment: [huge] } }, { maxChunkBytes: 1000 }),
    ).toThrow(RangeError);
  });

  it('refuses a column whose length is not the response count, and a key given twice', () => {
    expect(() => encodeChunks([aQuestion()], { count: 3, answers: { q1: [1, 2] } })).toThrow(
      RangeError,
    );
    expect(() =>
      encodeChunks([aQuestion(), aQuestion()], { count: 1, answers: { q1: [1] } }),
    ).toThrow(RangeError);
  });

  it('refuses an unknown format version and a damaged payload', () => {
    const questions = [aQuestion()];
    const [chunk] = encodeChunks(questions, { count: 3, answers: { q1: [1, 2, 3] } });
    const future = Uint8Array.from(chunk!.payload);
    future[0] = 99;

    expect(() => decodeChunks(questions, [{ payload: future }])).toThrow(/format 99/);
    expect(() =>
      decodeChunks(questions, [{ payload: chunk!.payload.subarray(0, chunk!.payload.length - 3) }]),
    ).toThrow(/corrupt/);
    expect(() => decodeChunks(questions, [{ ...chunk!, count: 4 }])).toThrow(/corrupt/);
  });
});

describe('concatResponses', () => {
  it('puts the second set after the first, blanks where a side lacks a question', () => {
    const a = { count: 2, answers: { q1: [1, 2] } };
    const b = { count: 1, answers: { q1: [3], q2: ['x'] } };

    expect(concatResponses(a, b)).toEqual({
      count: 3,
      answers: { q1: [1, 2, 3], q2: [null, null, 'x'] },
    });
  });
});
