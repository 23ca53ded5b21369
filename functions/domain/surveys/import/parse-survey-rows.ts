import { columnLetter } from '../../spreadsheets/sheet';
import type {
  Answer,
  ExportFamily,
  MetaRole,
  QuestionOverride,
  RejectedCell,
  RejectReason,
  SurveyQuestion,
} from '../model';
import { BLANK, ColumnStore } from './column-store';
import { SurveyImportError } from './errors';
import { detectFamily, metaRoleOf, respondentIdColumn, submitDateColumn } from './families';
import { findHeaderRow, HEADER_SCAN_ROWS, isBlankRow } from './header';
import {
  canonicalValue,
  headerToken,
  headerTokenBytes,
  IdentityInput,
  identityOf,
  identityPiece,
  identityPieceBytes,
  questionKeys,
  respondentIdentity,
} from './identity';
import {
  inferColumn,
  infosOf,
  metaPlan,
  planForKind,
  type ColumnPlan,
  type ColumnView,
} from './infer';
import { normaliseLabel } from './labels';
import type {
  ImportOptions,
  ImportWarning,
  MergedRange,
  ParsedImport,
  SheetRow,
  SheetValue,
} from './types';

/** Rows read ahead to find the header: the scan window plus a few data rows below it. */
const LOOKAHEAD = HEADER_SCAN_ROWS + 10;
const DEFAULT_MAX_REJECTED = 1000;
/** A rejected cell's value is shown shortened to this many characters (model.ts). */
const MAX_VALUE_SHOWN = 100;
const MAX_RANGES_NAMED = 10;

const W = 'surveys.import.warning.';

const headerText = (v: SheetValue | undefined): string => {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString();
  return String(v).trim();
};

const isFilled = (v: SheetValue | undefined): boolean =>
  v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '');

const shown = (v: SheetValue): string => {
  const s = v instanceof Date ? v.toISOString() : String(v);
  return s.length > MAX_VALUE_SHOWN ? s.slice(0, MAX_VALUE_SHOWN) : s;
};

/** `Question [Row]` (Google grid, LimeSurvey subquestion): the parent and the row. */
const BRACKETED = /^(.*\S)\s*\[([^\]]+)\]$/;

const groupOf = (family: ExportFamily, header: string): string | undefined => {
  const bracket = BRACKETED.exec(header);
  if (bracket) return bracket[1];
  if (family === 'kobo' && header.includes('/')) return header.slice(0, header.lastIndexOf('/'));
  return undefined;
};

/** One multi question read from several yes/no columns (KoboToolbox per-choice, LimeSurvey per-option). */
interface Fold {
  choices: {
    view: ColumnView;
    yes: Uint8Array;
    no: Uint8Array;
    reasons: (RejectReason | undefined)[];
  }[];
  options: string[];
}

interface Draft {
  header: string;
  group?: string;
  /** 0-based, for ordering and rejected cells. */
  col: number;
  columns: number[];
  view?: ColumnView;
  plan?: ColumnPlan;
  fold?: Fold;
  key: string;
  reverse: boolean;
  skip: boolean;
  domain?: SurveyQuestion['domain'];
  unitId?: string;
  isUnitColumn?: boolean;
}

const YES = new Set(['y', 'yes', 'taip', '1']);

/** Yes/no codes of a per-choice column, or undefined when it holds anything else. */
const yesNo = (
  view: ColumnView,
  allowed: ReadonlySet<string>,
): Fold['choices'][number] | undefined => {
  const size = view.store.values.length;
  const yes = new Uint8Array(size);
  const no = new Uint8Array(size);
  for (const info of infosOf(view)) {
    const t = normaliseLabel(info.text);
    if (!allowed.has(t)) return undefined;
    if (YES.has(t)) yes[info.code] = 1;
    else no[info.code] = 1;
  }
  return { view, yes, no, reasons: [] };
};

const KOBO_BITS = new Set(['0', '1']);
const LIME_BITS = new Set(['y', 'n', 'yes', 'no', 'taip', 'ne']);

type Next = () => IteratorResult<SheetRow> | Promise<IteratorResult<SheetRow>>;

/** Pulls rows one by one, awaiting only when the source is asynchronous. */
const puller = (rows: AsyncIterable<SheetRow> | Iterable<SheetRow>): Next => {
  if (Symbol.asyncIterator in rows) {
    const it = rows[Symbol.asyncIterator]();
    return () => it.next();
  }
  const it = rows[Symbol.iterator]();
  return () => it.next();
};

/** A cell as one number: rows up to 2^20, columns (0-based) below 2^14 = 16,384. */
const cellKey = (row: number, col: number): number => row * 16_384 + col;

/** The first index of the ascending `sorted` whose value is at least `x`. */
const lowerBound = (sorted: readonly number[], x: number): number => {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

interface FillContext {
  headerRow: number;
  lastRow: number;
  /** 0-based sheet column of each headed column. */
  cols: readonly number[];
  stores: readonly ColumnStore[];
  /** Sheet row of each kept row, ascending. */
  rowNumbers: readonly number[];
  /** Codes of the rows read but not kept (incomplete, duplicate), by sheet row. */
  unkeptRows: ReadonlyMap<number, Int32Array>;
  /** Filled cells of the columns without a header, by `cellKey`. */
  unheadedValues: ReadonlyMap<number, SheetValue>;
}

/**
 * Fills each merged range of the data area with its top-left value, as a spreadsheet shows it: in
 * every kept row of the range and every headed column it spans, a value written in a covered cell
 * included (a spreadsheet hides it). Returns the ranges filled. Ranges that start in a title row
 * or the header row are left alone, as are those covering no headed column.
 *
 * Rows were already accepted and identified as written: the merges come at the end of the sheet,
 * after each row's identity and in-file duplicate check. So identities never include filled
 * values — the same as before merges were filled, and stable when a block grows: rows added
 * inside an extended merge have the covered cell blank as written, like the rows already there. A
 * row blank but for merged cells stays a blank row.
 */
const fillMerges = (merges: readonly MergedRange[], ctx: FillContext): MergedRange[] => {
  const { cols, stores, rowNumbers } = ctx;
  const filled: MergedRange[] = [];
  const columnOf = new Map<number, number>();
  cols.forEach((c, j) => columnOf.set(c, j));
  for (const m of merges) {
    if (m.top <= ctx.headerRow || m.top > ctx.lastRow) continue;
    if (m.bottom <= m.top && m.right <= m.left) continue;
    const targets: number[] = [];
    for (let j = 0; j < cols.length; j++)
      if (cols[j]! >= m.left - 1 && cols[j]! <= m.right - 1) targets.push(j);
    if (targets.length === 0) continue;
    filled.push(m);

    // The top-left cell: in a kept row, a row read but not kept, or a column without a header.
    const sourceCol = m.left - 1;
    const sourceJ = columnOf.get(sourceCol);
    let sourceCode = BLANK;
    let value: SheetValue = null;
    if (sourceJ === undefined) value = ctx.unheadedValues.get(cellKey(m.top, sourceCol)) ?? null;
    else {
      const at = lowerBound(rowNumbers, m.top);
      sourceCode =
        rowNumbers[at] === m.top
          ? stores[sourceJ]!.code(at)
          : (ctx.unkeptRows.get(m.top)?.[sourceJ] ?? BLANK);
      if (sourceCode !== BLANK) value = stores[sourceJ]!.values[sourceCode]!;
    }

    const from = lowerBound(rowNumbers, m.top);
    const to = lowerBound(rowNumbers, m.bottom + 1);
    if (from >= to) continue;
    for (const j of targets) {
      const store = stores[j]!;
      const code =
        j === sourceJ && !store.raw ? sourceCode : value === null ? BLANK : store.encode(value);
      for (let i = from; i < to; i++) store.set(i, code);
    }
  }
  return filled;
};

/**
 * Reads a survey export's rows: finds the header, recognises the tool, infers each column's kind,
 * scores the answers and names every cell it could not take. Two passes over dictionary-encoded
 * columns, so memory grows with rows × columns × 4 bytes plus the distinct values.
 */
export async function parseSurveyRows(
  rows: AsyncIterable<SheetRow> | Iterable<SheetRow>,
  options: ImportOptions = {},
): Promise<ParsedImport> {
  const next = puller(rows);
  const ahead: SheetRow[] = [];
  let more = false;
  for (;;) {
    const pulled = next();
    const result = pulled instanceof Promise ? await pulled : pulled;
    if (result.done) break;
    ahead.push(result.value);
    if (ahead.length > LOOKAHEAD) {
      more = true;
      break;
    }
  }
  const headerIndex = findHeaderRow(ahead, more);
  const headerSheetRow = ahead[headerIndex];
  if (!headerSheetRow) throw new SurveyImportError('noHeader', { rows: HEADER_SCAN_ROWS });
  const headerRow = headerSheetRow.row;
  const titleRows = ahead.slice(0, headerIndex).filter((r) => !isBlankRow(r)).length;

  const allHeaders = headerSheetRow.values.map(headerText);
  const cols: number[] = [];
  allHeaders.forEach((h, i) => h !== '' && cols.push(i));
  const headers = cols.map((c) => allHeaders[c]!);
  const normHeaders = headers.map(normaliseLabel);
  const family = detectFamily(new Set(normHeaders));
  const idCol = respondentIdColumn(family, headers);
  const submitCol = submitDateColumn(family, headers);
  // Meta columns (known from their header) never need a dictionary: their values are only read
  // for the identity, a submission time, or an override; most are all-different.
  const roles = headers.map((h) => metaRoleOf(family, h));
  const stores = headers.map((_, j) => new ColumnStore(roles[j] !== undefined));
  const tokens = normHeaders.map(headerToken);
  const tokenBytes = normHeaders.map(headerTokenBytes);
  // Identity input in header order, so reordered columns keep their rows' identities.
  const hashOrder = Int32Array.from(
    headers
      .map((_, j) => j)
      .sort((a, b) =>
        normHeaders[a]! < normHeaders[b]! ? -1 : normHeaders[a]! > normHeaders[b]! ? 1 : a - b,
      ),
  );
  const repeatedHeaders = new Set(normHeaders).size < normHeaders.length;
  const headedAt = new Uint8Array(allHeaders.length);
  for (const c of cols) headedAt[c] = 1;

  const counts = {
    rows: 0,
    blankRows: 0,
    incomplete: 0,
    duplicatesInFile: 0,
    accepted: 0,
    rejectedCells: 0,
  };
  const rowNumbers: number[] = [];
  const identities: string[] = [];
  const seen = new Set<string>();
  const codes = new Int32Array(cols.length);
  const colCount = cols.length;
  const colAt = Int32Array.from(cols);
  let unheaded = 0;
  let lastRow = headerRow;
  // What a merged range may need once the merges are known (at the end of the sheet): the codes of
  // rows read but not kept (incomplete, duplicate), and values in columns without a header.
  const unkeptRows = new Map<number, Int32Array>();
  const unheadedValues = new Map<number, SheetValue>();

  // One identity piece per distinct value, made once: as text (pieces sorted when headers repeat)
  // or as UTF-8 bytes copied into the row's input.
  const pieceText = headers.map(() => [] as string[]);
  const pieceBytes = headers.map(() => [] as Uint8Array[]);
  const pieceOf = (j: number, code: number): string => {
    const cache = pieceText[j]!;
    let s = cache[code];
    if (s === undefined) {
      s = identityPiece(tokens[j]!, stores[j]!.values[code]!);
      if (!stores[j]!.raw) cache[code] = s;
    }
    return s;
  };
  const input = new IdentityInput();
  const rowIdentity = (): string => {
    input.reset();
    for (let h = 0; h < colCount; h++) {
      const j = hashOrder[h]!;
      const code = codes[j]!;
      if (code === BLANK) continue;
      const store = stores[j]!;
      if (store.raw) {
        input.appendPiece(tokenBytes[j]!, store.values[code]!);
        continue;
      }
      const cache = pieceBytes[j]!;
      let piece = cache[code];
      if (piece === undefined) {
        piece = identityPieceBytes(tokens[j]!, store.values[code]!);
        cache[code] = piece;
      }
      input.append(piece);
    }
    return input.digest();
  };

  const take = (row: SheetRow): void => {
    if (row.row <= headerRow) return;
    if (row.row > lastRow) lastRow = row.row;
    const values = row.values;
    let filled = false;
    for (let j = 0; j < colCount; j++) {
      const code = stores[j]!.encode(values[colAt[j]!]);
      codes[j] = code;
      if (code !== BLANK) filled = true;
    }
    for (let c = 0; c < values.length; c++)
      if (headedAt[c] !== 1 && isFilled(values[c])) {
        unheaded++;
        unheadedValues.set(cellKey(row.row, c), values[c]!);
      }
    if (!filled) {
      counts.blankRows++;
      return;
    }
    counts.rows++;
    if (submitCol >= 0 && codes[submitCol] === BLANK) {
      counts.incomplete++;
      unkeptRows.set(row.row, codes.slice());
      return;
    }
    let identity: string;
    const idCode = idCol >= 0 ? codes[idCol]! : BLANK;
    if (idCode !== BLANK)
      identity = respondentIdentity(family, canonicalValue(stores[idCol]!.values[idCode]!));
    else if (repeatedHeaders) {
      const pieces: string[] = [];
      for (const j of hashOrder) if (codes[j] !== BLANK) pieces.push(pieceOf(j, codes[j]!));
      identity = identityOf(pieces.sort().join(''));
    } else identity = rowIdentity();
    const before = seen.size;
    seen.add(identity);
    if (seen.size === before) {
      counts.duplicatesInFile++;
      unkeptRows.set(row.row, codes.slice());
      return;
    }
    for (let j = 0; j < colCount; j++) stores[j]!.push(codes[j]!);
    rowNumbers.push(row.row);
    identities.push(identity);
  };

  for (const row of ahead) take(row);
  if (more)
    for (;;) {
      const pulled = next();
      const result = pulled instanceof Promise ? await pulled : pulled;
      if (result.done) break;
      take(result.value);
    }
  counts.accepted = rowNumbers.length;
  if (counts.accepted === 0) throw new SurveyImportError('noResponses', {});
  pieceText.length = 0;
  pieceBytes.length = 0;

  const info = typeof options.sheetInfo === 'function' ? options.sheetInfo() : options.sheetInfo;
  // Merged cells in the data area: the top-left value goes into every cell of the range, before
  // anything looks at the values. Identities stay those of the cells as written (see fillMerges).
  const merges = fillMerges(info?.merges ?? [], {
    headerRow,
    lastRow,
    cols,
    stores,
    rowNumbers,
    unkeptRows,
    unheadedValues,
  });
  for (const s of stores) s.seal();

  const views: ColumnView[] = headers.map((header, j) => ({
    index: cols[j]!,
    header,
    store: stores[j]!,
    counts: stores[j]!.counts(),
  }));
  const warnings: ImportWarning[] = [];

  // Multi-selects spread over yes/no columns fold into one question each.
  const folded = new Map<number, { header: string; group?: string; fold: Fold }>();
  const absorbed = new Set<number>();
  if (family === 'kobo') {
    headers.forEach((summary, j) => {
      if (roles[j]) return;
      const prefix = `${summary}/`;
      const choices: Fold['choices'] = [];
      const optionLabels: string[] = [];
      headers.forEach((h, k) => {
        if (k === j || roles[k] || !h.startsWith(prefix)) return;
        const choice = yesNo(views[k]!, KOBO_BITS);
        if (!choice) return;
        choices.push(choice);
        optionLabels.push(h.slice(prefix.length));
      });
      if (choices.length === 0) return;
      const group = groupOf(family, summary);
      folded.set(j, {
        header: summary,
        ...(group ? { group } : {}),
        fold: { choices, options: optionLabels },
      });
      absorbed.add(j);
      for (const c of choices) absorbed.add(views.indexOf(c.view));
    });
  }
  if (family === 'limeSurvey') {
    const byParent = new Map<string, number[]>();
    headers.forEach((h, j) => {
      const m = BRACKETED.exec(h);
      if (!m || roles[j]) return;
      byParent.set(m[1]!, [...(byParent.get(m[1]!) ?? []), j]);
    });
    for (const [parent, members] of byParent) {
      const choices: Fold['choices'] = [];
      const picked: number[] = [];
      for (const j of members) {
        const choice = yesNo(views[j]!, LIME_BITS);
        if (choice) {
          choices.push(choice);
          picked.push(j);
        }
      }
      if (choices.length < 2 || !choices.some((c) => c.yes.includes(1))) continue;
      folded.set(picked[0]!, {
        header: parent,
        fold: { choices, options: picked.map((j) => BRACKETED.exec(headers[j]!)![2]!.trim()) },
      });
      for (const j of picked) absorbed.add(j);
    }
  }

  const drafts: Draft[] = [];
  let submissionTaken = false;
  const candidates: Draft[] = [];
  headers.forEach((header, j) => {
    const f = folded.get(j);
    if (f) {
      drafts.push({
        header: f.header,
        ...(f.group ? { group: f.group } : {}),
        col: cols[j]!,
        columns: f.fold.choices.map((c) => c.view.index + 1),
        fold: f.fold,
        key: '',
        reverse: false,
        skip: false,
      });
      return;
    }
    if (absorbed.has(j)) return;
    let role: MetaRole | undefined = roles[j];
    if (role === 'submittedAt') {
      if (submissionTaken) role = 'other';
      submissionTaken = true;
    }
    const inferred = inferColumn(views[j]!, family, role);
    const group = groupOf(family, header);
    const draft: Draft = {
      header,
      ...(group ? { group } : {}),
      col: cols[j]!,
      columns: [cols[j]! + 1],
      view: views[j]!,
      plan: inferred.plan,
      key: '',
      reverse: false,
      skip: false,
    };
    if (inferred.submissionCandidate) candidates.push(draft);
    drafts.push(draft);
  });
  const firstCandidate = candidates[0];
  if (!submissionTaken && firstCandidate?.view)
    firstCandidate.plan = metaPlan(firstCandidate.view, 'submittedAt', family);

  const keys = questionKeys(drafts.map((d) => d.header));
  drafts.forEach((d, i) => (d.key = keys[i]!));
  const headerUses = new Map<string, number>();
  for (const d of drafts) headerUses.set(d.header, (headerUses.get(d.header) ?? 0) + 1);
  for (const [column, count] of headerUses)
    if (count > 1) warnings.push({ key: `${W}duplicateHeader`, params: { column, count } });

  for (const override of options.overrides ?? [])
    applyOverride(drafts, override, family, roles, headers);

  const kept = drafts.filter((d) => !d.skip);
  if (!kept.some((d) => (d.plan ? d.plan.kind !== 'meta' : true)))
    throw new SurveyImportError('noQuestions', {});

  const n = counts.accepted;
  const answers: Record<string, Answer[]> = {};
  const answered: Record<string, number> = {};
  for (const d of kept) {
    const a = d.fold ? scoreFold(d.fold, n) : d.plan && d.view ? scoreColumn(d, n) : undefined;
    if (a) answers[d.key] = a;
    answered[d.key] = d.fold
      ? (a ?? []).reduce<number>((k, x) => k + (x === null ? 0 : 1), 0)
      : (d.view?.counts.reduce((k, c) => k + c, 0) ?? 0);
  }

  // Rejected cells, in sheet order: row by row, left to right.
  const sources = kept
    .flatMap((d) =>
      d.fold
        ? d.fold.choices.map((c) => ({ view: c.view, reasons: c.reasons }))
        : d.view && d.plan
          ? [{ view: d.view, reasons: d.plan.reasons }]
          : [],
    )
    .filter((s) => s.reasons.some((r) => r !== undefined))
    .sort((a, b) => a.view.index - b.view.index);
  const rejected: RejectedCell[] = [];
  const cap = options.maxRejectedListed ?? DEFAULT_MAX_REJECTED;
  if (sources.length > 0) {
    const letters = sources.map((s) => columnLetter(s.view.index));
    for (let r = 0; r < n; r++) {
      for (let s = 0; s < sources.length; s++) {
        const { view, reasons } = sources[s]!;
        const code = view.store.code(r);
        const reason = code >= 0 ? reasons[code] : undefined;
        if (!reason) continue;
        counts.rejectedCells++;
        if (rejected.length < cap) {
          const row = rowNumbers[r]!;
          rejected.push({
            cell: `${letters[s]}${row}`,
            row,
            header: view.header,
            reason,
            value: shown(view.store.values[code]!),
          });
        }
      }
    }
  }

  if (titleRows > 0)
    warnings.push({ key: `${W}titleRowsSkipped`, params: { rows: titleRows, headerRow } });
  if (unheaded > 0) warnings.push({ key: `${W}valuesWithoutHeader`, params: { count: unheaded } });
  for (const d of kept) {
    if (d.plan?.anonymisedDates)
      warnings.push({
        key: `${W}anonymisedDates`,
        params: { column: d.header, count: d.plan.anonymisedDates },
      });
    if (d.view && d.plan && d.plan.kind !== 'meta' && !d.view.counts.some((c) => c > 0))
      warnings.push({ key: `${W}emptyColumn`, params: { column: d.header } });
  }
  if (merges.length > 0)
    warnings.push({
      key: `${W}mergedCells`,
      params: {
        count: merges.length,
        ranges: merges
          .slice(0, MAX_RANGES_NAMED)
          .map((m) => m.ref)
          .join(', '),
      },
    });
  if (info?.formulaCells)
    warnings.push({ key: `${W}formulas`, params: { count: info.formulaCells } });

  return {
    family,
    headerRow,
    questions: kept.map(toQuestion),
    responses: { count: n, answers },
    rowNumbers,
    identities,
    answered,
    counts,
    rejected,
    warnings,
  };
}

const toQuestion = (d: Draft): SurveyQuestion => {
  const q: SurveyQuestion = {
    key: d.key,
    header: d.header,
    kind: d.fold ? 'multi' : d.plan!.kind,
    columns: d.columns,
  };
  if (d.group !== undefined) q.group = d.group;
  const plan = d.plan;
  if (d.fold) q.options = [...d.fold.options];
  if (plan?.scale) q.scale = { ...plan.scale };
  if (plan?.options) q.options = [...plan.options];
  if (plan?.metaRole) q.metaRole = plan.metaRole;
  if (d.domain) q.domain = d.domain;
  if (d.unitId !== undefined) q.unitId = d.unitId;
  if (d.isUnitColumn) q.isUnitColumn = true;
  return q;
};

const scoreColumn = (d: Draft, n: number): Answer[] | undefined => {
  const plan = d.plan!;
  const view = d.view!;
  if (!plan.answers) return undefined;
  let byCode = plan.answers;
  if (d.reverse && plan.scale) {
    const { min, max } = plan.scale;
    byCode = byCode.map((a) => (typeof a === 'number' ? min + max - a : a));
  }
  const out = new Array<Answer>(n);
  const codes = view.store.codeArray();
  for (let r = 0; r < n; r++) {
    const code = codes[r]!;
    out[r] = code < 0 ? null : (byCode[code] ?? null);
  }
  return out;
};

/**
 * Per row: the chosen options, read from each choice column. A row with every choice column blank
 * did not answer (null); one with only "no"/0 chose nothing ([]).
 */
const scoreFold = (fold: Fold, n: number): Answer[] => {
  const out = new Array<Answer>(n);
  const shared = new Map<string, number[]>();
  const picked: number[] = [];
  for (let r = 0; r < n; r++) {
    picked.length = 0;
    let answered = false;
    fold.choices.forEach((c, i) => {
      const code = c.view.store.code(r);
      if (code < 0) return;
      if (c.yes[code] === 1) {
        picked.push(i);
        answered = true;
      } else if (c.no[code] === 1) answered = true;
    });
    if (!answered) {
      out[r] = null;
      continue;
    }
    // Rows share one frozen array per combination: 100,000 rows, a handful of arrays.
    const id = picked.join(',');
    let arr = shared.get(id);
    if (!arr) {
      arr = Object.freeze([...picked]) as number[];
      shared.set(id, arr);
    }
    out[r] = arr;
  }
  return out;
};

const applyOverride = (
  drafts: Draft[],
  o: QuestionOverride,
  family: ExportFamily,
  roles: (MetaRole | undefined)[],
  headers: string[],
): void => {
  const column = o.key ?? o.header ?? '';
  const hits = drafts.filter(
    (d) =>
      (o.key !== undefined && d.key === o.key) ||
      (o.key === undefined && o.header !== undefined && d.header.trim() === o.header.trim()),
  );
  if (hits.length === 0) throw new SurveyImportError('unknownOverride', { column });
  for (const d of hits) {
    if (o.skip) {
      d.skip = true;
      continue;
    }
    if (o.skip === false) d.skip = false;
    const currentKind = d.fold ? 'multi' : d.plan!.kind;
    const kind = o.kind ?? (o.isUnitColumn ? 'single' : currentKind);
    if (o.scale && kind !== 'likert' && kind !== 'scale0to10')
      throw new SurveyImportError('invalidOverride', { column: d.header, field: 'scale' });
    if (d.fold) {
      if (kind !== 'multi')
        throw new SurveyImportError('impossibleKind', { column: d.header, kind });
    } else if (kind !== currentKind || o.scale) {
      const view = d.view!;
      if (view.store.raw) {
        // A meta column read as a question after all: its values as a dictionary, as any other.
        view.store.compact();
        view.counts = view.store.counts();
      }
      const j = headers.indexOf(view.header);
      const plan = planForKind(d.view!, family, kind, roles[j], o.scale);
      if (!plan) throw new SurveyImportError('impossibleKind', { column: d.header, kind });
      d.plan = plan;
    }
    const finalKind = d.fold ? 'multi' : d.plan!.kind;
    if (o.reverse !== undefined) {
      if (o.reverse && finalKind !== 'likert' && finalKind !== 'scale0to10')
        throw new SurveyImportError('invalidOverride', { column: d.header, field: 'reverse' });
      d.reverse = o.reverse;
    }
    if (o.domain === null) delete d.domain;
    else if (o.domain !== undefined) d.domain = o.domain;
    if (o.unitId === null) delete d.unitId;
    else if (o.unitId !== undefined) d.unitId = o.unitId;
    if (o.isUnitColumn !== undefined) {
      if (o.isUnitColumn && finalKind !== 'single')
        throw new SurveyImportError('invalidOverride', { column: d.header, field: 'isUnitColumn' });
      d.isUnitColumn = o.isUnitColumn;
    }
  }
};
