import { ProposalSheetRow } from '../../../../functions/contracts/proposals';
import { PROPOSALS_SHEET } from '../../../../functions/domain/proposals/proposals-sheet';
import { parseRow, toCell, type Lookup } from '../../../../functions/domain/spreadsheets/rows';
import type { CellValue } from '../../../../functions/domain/spreadsheets/sheet';
import { LOCALES, t } from '../../../../functions/i18n';

const lookup: Lookup = { units: [{ id: 'dienos-centras', name: 'Dienos centras' }] };
const column = (key: string) => PROPOSALS_SHEET.columns.find((c) => c.key === key)!;
const editable = PROPOSALS_SHEET.columns
  .filter((c) => c.kind !== 'id' && c.kind !== 'version' && !c.readOnly)
  .map((c) => c.key);

/** A sheet row from cells by column key, as the engine builds it. */
const row = (cells: Record<string, CellValue>) => ({
  row: 2,
  cells: Object.fromEntries(PROPOSALS_SHEET.columns.map((c) => [c.key, cells[c.key] ?? null])),
});

/** A row's values as the engine hands them to the contract: cleared cells left out. */
const fields = (values: Record<string, unknown>) =>
  Object.fromEntries(
    editable.filter((k) => values[k] !== null && values[k] !== '').map((k) => [k, values[k]]),
  );

const suggestion: Record<string, CellValue> = {
  kind: 'Paslaugų gavėjo pasiūlymas',
  source: 'Skundų ir pasiūlymų dėžutė',
  unitId: 'Dienos centras',
  text: 'Daugiau išvykų į gamtą',
  category: 'Užimtumas ir veiklos',
  receivedOn: '2026.11.18',
  recipientCode: 'vg-021',
};

describe('the proposals sheet of the planning workbook', () => {
  it('edits exactly the fields of a request; decisions and responses are for reference only', () => {
    expect(editable.sort()).toEqual(Object.keys(ProposalSheetRow.shape).sort());
    expect(PROPOSALS_SHEET.columns.filter((c) => c.readOnly).map((c) => c.key)).toEqual([
      'status',
      'reason',
      'response',
      'respondedOn',
    ]);
    expect(column('unitId').required).toBeFalsy();
  });

  it('has headers that name one column each, in either language', () => {
    const headers = PROPOSALS_SHEET.columns.flatMap((c) =>
      LOCALES.map((l) => t(l, c.header).toLocaleLowerCase('lt')),
    );
    const perColumn = PROPOSALS_SHEET.columns.map(
      (c) => new Set(LOCALES.map((l) => t(l, c.header).toLocaleLowerCase('lt'))),
    );
    expect(new Set(headers).size).toBe(perColumn.reduce((n, s) => n + s.size, 0));
    expect(t('lt', PROPOSALS_SHEET.title)).toBe('Pasiūlymai ir skundai');
    expect(t('en', PROPOSALS_SHEET.title)).toBe('Proposals and complaints');
  });

  it('shows the anonymous flag as Taip/Ne and reads it back, in either language or as TRUE/FALSE', () => {
    const anonymous = column('anonymous');
    expect(toCell(anonymous, true, lookup, 'lt')).toBe('Taip');
    expect(toCell(anonymous, false, lookup, 'lt')).toBe('Ne');
    expect(toCell(anonymous, false, lookup, 'en')).toBe('No');
    for (const [cell, expected] of [
      ['Taip', true],
      ['ne', false],
      ['Yes', true],
      [true, true],
      [false, false],
      [null, false],
    ] as const) {
      const { values, issues } = parseRow(
        PROPOSALS_SHEET,
        'Pasiūlymai ir skundai',
        row({ ...suggestion, anonymous: cell }),
        lookup,
      );
      expect(issues).toEqual([]);
      const parsed = ProposalSheetRow.safeParse(fields(values));
      expect([cell, parsed.success && parsed.data.anonymous]).toEqual([cell, expected]);
    }
  });

  it('gives the contract what a request would carry, leaving read-only cells out', () => {
    const { values, issues } = parseRow(
      PROPOSALS_SHEET,
      'Pasiūlymai ir skundai',
      row({ ...suggestion, status: 'Priimta', reason: 'Bet kas', respondedOn: 'ne data' }),
      lookup,
    );
    expect(issues).toEqual([]);
    expect(values).not.toHaveProperty('status');
    expect(values).not.toHaveProperty('respondedOn');
    expect(ProposalSheetRow.parse(fields(values))).toEqual({
      kind: 'suggestion',
      source: 'suggestionBox',
      unitId: 'dienos-centras',
      text: 'Daugiau išvykų į gamtą',
      category: 'activities',
      receivedOn: '2026-11-18',
      submittedBy: null,
      recipientCode: 'VG-021',
      anonymous: false,
      responseDueOn: null,
    });
  });

  it('leaves the unit empty for an organisation-wide row and names an unknown unit at its cell', () => {
    const orgWide = parseRow(
      PROPOSALS_SHEET,
      'Pasiūlymai ir skundai',
      row({ ...suggestion, unitId: null }),
      lookup,
    );
    expect(orgWide.issues).toEqual([]);
    expect(ProposalSheetRow.parse(fields(orgWide.values)).unitId).toBeNull();
    const unknown = parseRow(
      PROPOSALS_SHEET,
      'Pasiūlymai ir skundai',
      row({ ...suggestion, unitId: 'Nežinomas' }),
      lookup,
    );
    expect(unknown.issues.map((i) => i.cell)).toEqual(["'Pasiūlymai ir skundai'!E2"]);
  });
});
