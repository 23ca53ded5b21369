import { parseSurveyRows, questionKey } from '../../../../../functions/domain/surveys/import';
import { sheet } from './builders';

const rows = sheet([
  ['Įvertinimas', 'Skyrius', 'Jaučiuosi vienišas', 'Pastabos'],
  [1, 'Vaikų dienos centras', 'Sutinku', 'Gerai'],
  [2, 'Šeimos paslaugos', 'Visiškai sutinku', 'Puiku'],
  [3, 'Vaikų dienos centras', 'Nesutinku', 'Galėtų būti geriau'],
  [7, 'Šeimos paslaugos', 'Nei sutinku, nei nesutinku', 'Ačiū'],
  [6, 'Vaikų dienos centras', 'Sutinku', 'Nieko'],
]);

describe('parseSurveyRows with the user’s overrides', () => {
  it('infers a 1–7 scale without overrides', async () => {
    const parsed = await parseSurveyRows(rows);
    expect(parsed.questions[0]).toMatchObject({ kind: 'likert', scale: { min: 1, max: 7 } });
  });

  it('applies a scale by key, rejecting numbers beyond it', async () => {
    const parsed = await parseSurveyRows(rows, {
      overrides: [{ key: questionKey('Įvertinimas'), scale: { min: 1, max: 5 } }],
    });
    const q = parsed.questions[0]!;
    expect(q.scale).toEqual({ min: 1, max: 5, family: 'numeric' });
    expect(parsed.responses.answers[q.key]).toEqual([1, 2, 3, null, null]);
    expect(parsed.rejected.map((r) => [r.cell, r.reason])).toEqual([
      ['A5', 'notOnScale'],
      ['A6', 'notOnScale'],
    ]);
  });

  it('recodes a reverse-keyed item as min + max − score and tags domain and unit column', async () => {
    const parsed = await parseSurveyRows(rows, {
      overrides: [
        { header: 'Jaučiuosi vienišas', reverse: true, domain: 'qualityOfLife' },
        { header: 'Skyrius', isUnitColumn: true },
      ],
    });
    const [, unit, lonely] = parsed.questions;
    expect(parsed.responses.answers[lonely!.key]).toEqual([2, 1, 4, 3, 2]);
    expect(lonely!.domain).toBe('qualityOfLife');
    expect(unit).toMatchObject({
      kind: 'single',
      isUnitColumn: true,
      options: ['Vaikų dienos centras', 'Šeimos paslaugos'],
    });
  });

  it('turns a text column into a unit column, and a unit id onto a question', async () => {
    const parsed = await parseSurveyRows(rows, {
      overrides: [
        { header: 'Pastabos', isUnitColumn: true },
        { header: 'Jaučiuosi vienišas', unitId: 'unit-1' },
      ],
    });
    expect(parsed.questions[3]).toMatchObject({ kind: 'single', isUnitColumn: true });
    expect(parsed.questions[2]!.unitId).toBe('unit-1');
  });

  it('skips a column: no question, no answers', async () => {
    const parsed = await parseSurveyRows(rows, { overrides: [{ header: 'Pastabos', skip: true }] });
    expect(parsed.questions.map((q) => q.header)).toEqual([
      'Įvertinimas',
      'Skyrius',
      'Jaučiuosi vienišas',
    ]);
    expect(parsed.responses.answers[questionKey('Pastabos')]).toBeUndefined();
  });

  it('forces a kind the values allow', async () => {
    const parsed = await parseSurveyRows(rows, {
      overrides: [{ header: 'Įvertinimas', kind: 'scale0to10' }],
    });
    expect(parsed.questions[0]).toMatchObject({ kind: 'scale0to10', scale: { min: 0, max: 10 } });
    expect(parsed.responses.answers[parsed.questions[0]!.key]).toEqual([1, 2, 3, 7, 6]);
  });

  it('refuses a kind the values do not allow', async () => {
    await expect(
      parseSurveyRows(rows, { overrides: [{ header: 'Pastabos', kind: 'likert' }] }),
    ).rejects.toMatchObject({
      code: 'impossibleKind',
      params: { column: 'Pastabos', kind: 'likert' },
    });
  });

  it('refuses an override naming no column', async () => {
    await expect(
      parseSurveyRows(rows, { overrides: [{ header: 'Nėra tokio', skip: true }] }),
    ).rejects.toMatchObject({ code: 'unknownOverride', params: { column: 'Nėra tokio' } });
  });

  it('refuses reverse on a question that has no scores', async () => {
    await expect(
      parseSurveyRows(rows, { overrides: [{ header: 'Skyrius', reverse: true }] }),
    ).rejects.toMatchObject({
      code: 'invalidOverride',
      params: { column: 'Skyrius', field: 'reverse' },
    });
  });

  it('refuses to skip every question', async () => {
    await expect(
      parseSurveyRows(rows, {
        overrides: ['Įvertinimas', 'Skyrius', 'Jaučiuosi vienišas', 'Pastabos'].map((header) => ({
          header,
          skip: true,
        })),
      }),
    ).rejects.toMatchObject({ code: 'noQuestions' });
  });
});
