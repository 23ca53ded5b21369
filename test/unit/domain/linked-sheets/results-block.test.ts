import { buildResultsBlock } from '../../../../functions/domain/linked-sheets';
import { analyseSurvey } from '../../../../functions/domain/surveys/analysis';
import { parseSurveyRows, rowsFromValues } from '../../../../functions/domain/surveys/import';

const LABELS = ['Labai blogai', 'Blogai', 'Vidutiniškai', 'Gerai', 'Labai gerai'];

const analysisOf = async (count: number) => {
  const values = [
    [
      'Laiko žyma',
      '=HYPERLINK("x") Kaip vertinate paslaugas?',
      'Ar rekomenduotumėte? (0–10)',
      'Komentarai',
    ],
    ...Array.from({ length: count }, (_, i) => [
      `2026-03-${String(1 + i).padStart(2, '0')} 10:00:00`,
      LABELS[i % 5]!,
      i % 11,
      i % 2 === 0 ? `Komentaras ${i}` : null,
    ]),
  ];
  const parsed = await parseSurveyRows(rowsFromValues(values));
  return analyseSurvey({
    questions: parsed.questions,
    responses: parsed.responses,
    population: 40,
  });
};

describe('buildResultsBlock', () => {
  it('writes key indicators, then one row per question with n, mean, top-2-box and the distribution', async () => {
    const block = buildResultsBlock({
      title: 'Apklausa',
      analysis: await analysisOf(20),
      language: 'lt',
      at: '2026-04-10T01:30:00.000Z',
    });

    expect(block.slice(0, 7)).toEqual([
      ['Apklausa'],
      ['Atnaujinta', '2026-04-10T01:30:00.000Z'],
      [],
      ['Pagrindiniai rodikliai'],
      ['Atsakymų', 20],
      ['Tikslinės grupės dydis', 40],
      ['Atsako dalis, %', 50],
    ]);
    const likert = block.find((r) => String(r[0]).includes('Kaip vertinate'))!;
    // 4 answers on each point 1–5: mean 3, top-2-box 8/20 = 40 %.
    expect(likert).toEqual([
      '=HYPERLINK("x") Kaip vertinate paslaugas?',
      'Likerto skalė',
      20,
      3,
      3,
      40,
      null,
      '1: 4; 2: 4; 3: 4; 4: 4; 5: 4',
    ]);
    const nps = block.find((r) => String(r[0]).startsWith('Ar rekomenduotumėte'))!;
    expect(nps[1]).toBe('skalė 0–10');
    expect(typeof nps[6]).toBe('number');
    const text = block.find((r) => r[0] === 'Komentarai')!;
    expect(text).toEqual(['Komentarai', 'laisvas tekstas', 10, null, null, null, null, null]);
    // Values only: every cell is text, a number or blank.
    for (const row of block)
      for (const value of row) expect(['string', 'number', 'object']).toContain(typeof value);
  });

  it('speaks English when the link asks, and shows a small group as suppressed, never as numbers', async () => {
    const block = buildResultsBlock({
      title: 'Survey',
      analysis: await analysisOf(3),
      language: 'en',
      at: '2026-04-10T01:30:00.000Z',
    });
    expect(block[3]).toEqual(['Key indicators']);
    const likert = block.find((r) => String(r[0]).includes('Kaip vertinate'))!;
    expect(likert.slice(2)).toEqual([
      null,
      null,
      null,
      null,
      null,
      'suppressed (fewer than 5 responses)',
    ]);
  });
});
