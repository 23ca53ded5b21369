import {
  a1,
  checkLink,
  decideSync,
  headerChange,
  rejectedInNewRows,
  type SyncFacts,
} from '../../../../functions/domain/linked-sheets';
import type { RejectedCell, SurveyQuestion } from '../../../../functions/domain/surveys/model';

const question = (key: string, kind: SurveyQuestion['kind'] = 'likert'): SurveyQuestion =>
  ({ key, header: key.toUpperCase(), kind, columns: [1] }) as SurveyQuestion;
const cell = (row: number, column = 'C'): RejectedCell => ({
  cell: `${column}${row}`,
  row,
  header: 'Ar patenkinti?',
  reason: 'unknownLabel',
  value: 'Gal',
});
const facts = (overrides: Partial<SyncFacts> = {}): SyncFacts => ({
  newResponses: 3,
  rejectedInNewRows: [],
  conflicts: [],
  headers: null,
  sheet: 'Form Responses 1',
  ...overrides,
});

describe('headerChange', () => {
  it('sees a rename when a stored question is gone and a new one came', () => {
    const stored = [question('time', 'meta'), question('q1'), question('q2')];
    const incoming = [question('time', 'meta'), question('q1'), question('q2b')];
    expect(headerChange(stored, incoming)).toEqual({ added: ['Q2B'], missing: ['Q2'] });
  });

  it('is no rename when a question is only added, only gone, or the survey holds nothing yet', () => {
    const stored = [question('q1'), question('q2')];
    expect(headerChange(stored, [question('q1'), question('q2'), question('q3')])).toBeNull();
    expect(headerChange(stored, [question('q1')])).toBeNull();
    expect(headerChange([], [question('q9')])).toBeNull();
    // Metadata columns (ids, times) coming and going are no rename either.
    expect(
      headerChange([...stored, question('id', 'meta')], [...stored, question('ip', 'meta')]),
    ).toBeNull();
  });
});

describe('decideSync', () => {
  it('commits new rows with nothing to settle, and does nothing when no row is new', () => {
    expect(decideSync(facts())).toEqual({ action: 'commit' });
    expect(decideSync(facts({ newResponses: 0, rejectedInNewRows: [cell(5)] }))).toEqual({
      action: 'nothingNew',
    });
  });

  it('flags rejected cells with their A1 addresses, quoting the sheet name as Sheets does', () => {
    const decision = decideSync(
      facts({ rejectedInNewRows: [cell(5), cell(9, 'D')], sheet: "Jono' lapas" }),
    );
    expect(decision).toMatchObject({ action: 'flag', flag: { reason: 'rejectedCells' } });
    if (decision.action !== 'flag') throw new Error('expected a flag');
    expect(decision.flag.issues.map((i) => i.params.cell ?? i.params.count)).toEqual([
      2,
      "'Jono'' lapas'!C5",
      "'Jono'' lapas'!D9",
    ]);
  });

  it('lists every reason, the first one leading', () => {
    const decision = decideSync(
      facts({
        rejectedInNewRows: [cell(4)],
        conflicts: [
          {
            key: 'surveys.import.kindChanged',
            header: 'Q',
            params: { column: 'Q', before: 'likert', after: 'text' },
          },
        ],
        headers: { added: ['Naujas'], missing: ['Senas'] },
      }),
    );
    expect(decision).toMatchObject({
      action: 'flag',
      flag: { reason: 'rejectedCells', reasons: ['rejectedCells', 'conflicts', 'headersChanged'] },
    });
  });

  it('caps the listed cells at 20 but counts them all', () => {
    const many = Array.from({ length: 45 }, (_, i) => cell(i + 2));
    const decision = decideSync(facts({ rejectedInNewRows: many }));
    if (decision.action !== 'flag') throw new Error('expected a flag');
    expect(decision.flag.issues[0]).toEqual({
      key: 'linkedSheets.flag.rejectedCells',
      params: { count: 45 },
    });
    expect(decision.flag.issues).toHaveLength(21);
  });
});

describe('rejectedInNewRows', () => {
  it('keeps the cells of accepted rows whose identity the survey does not hold', () => {
    const known = new Set(['id-2']);
    const rejected = [cell(2), cell(3), cell(4), cell(9)];
    // Rows 2, 3, 4 are accepted responses; row 9 was not accepted (a duplicate).
    const kept = rejectedInNewRows(rejected, [2, 3, 4], ['id-1', 'id-2', 'id-3'], known);
    expect(kept.map((c) => c.row)).toEqual([2, 4]);
  });
});

describe('checkLink', () => {
  const good = {
    spreadsheetId: '1AaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaA',
    responsesSheet: 'Form Responses 1',
    resultsSheet: 'Rezultatai',
    language: 'lt' as const,
  };

  it('accepts a Google spreadsheet id and sheet names up to 100 characters', () => {
    expect(checkLink(good)).toEqual([]);
    expect(checkLink({ ...good, resultsSheet: null, responsesSheet: 'x'.repeat(100) })).toEqual([]);
  });

  it('names each bad field', () => {
    expect(
      checkLink({
        ...good,
        spreadsheetId: 'https://docs.google.com/x',
        responsesSheet: 'a/b',
        resultsSheet: ' ',
      }),
    ).toEqual([
      { path: ['spreadsheetId'], key: 'linkedSheets.badSpreadsheetId' },
      { path: ['responsesSheet'], key: 'linkedSheets.badSheetName', params: { max: 100 } },
      { path: ['resultsSheet'], key: 'linkedSheets.badSheetName', params: { max: 100 } },
    ]);
    expect(checkLink({ ...good, resultsSheet: 'Form Responses 1' })).toEqual([
      { path: ['resultsSheet'], key: 'linkedSheets.resultsIsResponses' },
    ]);
  });

  it('quotes sheet names for A1 addresses', () => {
    expect(a1('Sheet1', 'A1')).toBe("'Sheet1'!A1");
  });
});
