import type { SheetRow, SheetValue } from '../../../../../functions/domain/surveys/import';

/** Lithuanian agreement labels, lowest first, in the odd cases people type. */
export const AGREEMENT = [
  'Visiškai nesutinku',
  'nesutinku',
  'Nei sutinku, nei nesutinku',
  'SUTINKU',
  ' Visiškai sutinku ',
];
export const LIKERT_COLUMNS = 20;
export const OPTIONS = ['Maitinimas', 'Užimtumas', 'Transportas', 'Konsultacijos', 'Taip, dažnai'];
export const UNITS = ['Vilnius', 'Kaunas', 'Klaipėda'];

/** Score (1–5) of Likert column k in row i; column 0 says "Nežinau" every 1000th row. */
export const likertScore = (i: number, k: number): number | null =>
  k === 0 && i % 1000 === 0 ? null : ((i * 7 + k * 3 + (i >> 3)) % 5) + 1;
/** Column 1 holds an unknown label every 997th row: rejected. */
export const isRejected = (i: number, k: number): boolean =>
  k === 1 && i % 997 === 0 && i % 1000 !== 0;

export const HEADER: string[] = [
  'Timestamp',
  'Email Address',
  ...Array.from({ length: LIKERT_COLUMNS }, (_, k) => `Teiginys ${k + 1}`),
  'Įvertinkite 1',
  'Įvertinkite 2',
  'Įvertinkite 3',
  'Ar rekomenduotumėte?',
  'Kokias paslaugas gavote?',
  'Padalinys',
  'Komentaras',
  'Pasiūlymai',
];

export const multiPicks = (i: number): number[] => {
  const bits = (i % 31) + 1;
  return OPTIONS.map((_, j) => j).filter((j) => (bits >> j) & 1);
};

/** A Google Forms-like sheet of `n` responses × 30 columns, made row by row. */
export function* syntheticRows(n: number): Generator<SheetRow> {
  yield { row: 1, values: HEADER };
  for (let i = 0; i < n; i++) {
    const values: SheetValue[] = [new Date(Date.UTC(2024, 0, 1) + i * 60_000), `p${i}@x.lt`];
    for (let k = 0; k < LIKERT_COLUMNS; k++) {
      const s = likertScore(i, k);
      values.push(isRejected(i, k) ? 'Kažkas' : s === null ? 'Nežinau' : AGREEMENT[s - 1]!);
    }
    for (let k = 0; k < 3; k++)
      values.push(i % 2 === 0 ? ((i + k) % 5) + 1 : ` ${((i + k) % 5) + 1} `);
    values.push(i % 11);
    values.push(
      multiPicks(i)
        .map((j) => OPTIONS[j])
        .join(', '),
    );
    values.push(UNITS[i % 3]!);
    values.push(`Komentaras ${i % 5000}`);
    values.push(i % 4 === 0 ? `Pasiūlymas numeris ${i}` : null);
    while (values.length > 0 && values[values.length - 1] === null) values.pop();
    yield { row: i + 2, values };
  }
}
