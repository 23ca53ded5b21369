import type { SheetRow, SheetValue } from '../../../../../functions/domain/surveys/import';

/** Sheet rows from arrays, the first on `firstRow`; trailing nulls are dropped as readers do. */
export const sheet = (rows: SheetValue[][], firstRow = 1): SheetRow[] =>
  rows.map((values, i) => {
    const v = [...values];
    while (v.length > 0 && v[v.length - 1] === null) v.pop();
    return { row: firstRow + i, values: v };
  });

/** The same rows, handed over one by one as an async reader does. */
export async function* streamed(rows: SheetRow[]): AsyncGenerator<SheetRow> {
  for (const r of rows) yield r;
}
