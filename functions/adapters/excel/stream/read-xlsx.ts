import { posix } from 'node:path';
import { EmptySheetError, NoSheetError, NotXlsxError } from './errors';
import { resolveLimits, type XlsxLimits } from './limits';
import { readSharedStrings } from './shared-strings';
import { SheetScanner, type CellRange, type XlsxRow } from './sheet-scanner';
import { readDateStyles } from './styles';
import { findElements, localAttribute, rootPrefix } from './xml';
import {
  inflateEntry,
  readZipDirectory,
  toZipSource,
  type InflateBudget,
  type ZipDirectory,
  type ZipEntry,
} from './zip';

/** Bytes in memory, a file path, or a stream (buffered up to `maxFileBytes`). */
export type XlsxSource = Buffer | Uint8Array | string | AsyncIterable<Uint8Array>;

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface XlsxSheetInfo {
  name: string;
  state: SheetState;
  /** Worksheets hold cells; chart sheets and macro sheets are listed but cannot be read. */
  kind: 'worksheet' | 'chartsheet' | 'other';
  /** Position in the workbook's tab order, from 0. */
  index: number;
}

export interface SheetSelector {
  /** Exact name first, then ignoring case and surrounding spaces; hidden sheets may be named. */
  name?: string;
  /**
   * Without a name, fall back to the first hidden worksheet when none is visible.
   * @default false
   */
  includeHidden?: boolean;
}

export interface ReadSheetOptions {
  /**
   * Error cells (`#N/A`, `#DIV/0!`) as their text rather than null; they are counted either way.
   * @default false
   */
  errorsAsText?: boolean;
}

/** What is known of a sheet once its rows have all been read. */
export interface XlsxSheetSummary {
  /** Rows handed over: those with at least one value. */
  rows: number;
  /** Widest row, in columns. */
  columns: number;
  /** Highest row number seen, empty rows included. */
  lastRow: number;
  /** `<mergeCells>` comes after the data, so merges are known only at the end. */
  merges: CellRange[];
  hasFormulas: boolean;
  formulaCells: number;
  errorCells: number;
  /** The writer's `<dimension ref>`, untrusted. */
  dimension: string | undefined;
}

export interface XlsxSheetReader extends AsyncIterable<XlsxRow> {
  readonly sheet: XlsxSheetInfo;
  /** Set once iteration has reached the end; undefined before, or after an early break. */
  readonly summary: XlsxSheetSummary | undefined;
}

export interface XlsxWorkbook {
  readonly sheets: readonly XlsxSheetInfo[];
  /** Serial dates count from 1904-01-01 (old Mac Excel) rather than 1900. */
  readonly date1904: boolean;
  /** The worksheet named, or the first visible one; a `NoSheetError` otherwise. */
  pickSheet(selector?: SheetSelector): XlsxSheetInfo;
  /**
   * Streams one worksheet's rows in order, once. Shared strings are loaded on the first read and
   * kept for the next. Ends with an `EmptySheetError` when no row had a value.
   */
  readSheet(selector?: SheetSelector, options?: ReadSheetOptions): XlsxSheetReader;
}

export interface OpenXlsxOptions {
  limits?: Partial<XlsxLimits>;
}

const relType = (type: string | undefined): string => type?.slice(type.lastIndexOf('/') + 1) ?? '';

interface Relationship {
  type: string;
  target: string;
}

/** Relationships of a part (`''` for the package), targets resolved against the part's folder. */
const readRelationships = (xml: string, partPath: string): Map<string, Relationship> => {
  const base = posix.dirname(partPath);
  const out = new Map<string, Relationship>();
  for (const { attributes } of findElements(xml, 'Relationship')) {
    const id = attributes.Id;
    const target = attributes.Target;
    if (id === undefined || target === undefined || attributes.TargetMode === 'External') continue;
    const resolved = target.startsWith('/')
      ? target.slice(1)
      : posix.normalize(posix.join(base === '.' ? '' : base, target));
    out.set(id, { type: relType(attributes.Type), target: resolved });
  }
  return out;
};

const relsPathOf = (partPath: string): string =>
  posix.join(posix.dirname(partPath), '_rels', `${posix.basename(partPath)}.rels`);

const isTrue = (value: string | undefined): boolean => value === '1' || value === 'true';

class Workbook implements XlsxWorkbook {
  private sharedStrings: Promise<string[]> | undefined;

  constructor(
    private readonly zip: ZipDirectory,
    private readonly limits: XlsxLimits,
    private readonly budget: InflateBudget,
    readonly sheets: readonly XlsxSheetInfo[],
    readonly date1904: boolean,
    private readonly sheetParts: ReadonlyMap<number, string>,
    private readonly sharedStringsPath: string | undefined,
    private readonly dateStyles: Uint8Array,
  ) {}

  pickSheet(selector: SheetSelector = {}): XlsxSheetInfo {
    const worksheets = this.sheets.filter((s) => s.kind === 'worksheet');
    const available = worksheets.map((s) => s.name);
    if (selector.name !== undefined) {
      const wanted = selector.name;
      const found =
        worksheets.find((s) => s.name === wanted) ??
        worksheets.find((s) => s.name.trim().toLowerCase() === wanted.trim().toLowerCase());
      if (!found) throw new NoSheetError(`no worksheet named "${wanted}"`, wanted, available);
      return found;
    }
    const visible = worksheets.find((s) => s.state === 'visible');
    const picked = visible ?? (selector.includeHidden ? worksheets[0] : undefined);
    if (!picked)
      throw new NoSheetError(
        worksheets.length === 0 ? 'the workbook has no worksheet' : 'no visible worksheet',
        undefined,
        available,
      );
    return picked;
  }

  readSheet(selector: SheetSelector = {}, options: ReadSheetOptions = {}): XlsxSheetReader {
    const sheet = this.pickSheet(selector);
    const path = this.sheetParts.get(sheet.index);
    const entry = path === undefined ? undefined : this.zip.find(path);
    if (!entry) throw new NotXlsxError(`sheet "${sheet.name}" has no part in the zip`);
    let summary: XlsxSheetSummary | undefined;
    let started = false;
    const rows = async function* (this: Workbook): AsyncGenerator<XlsxRow> {
      const sharedStrings = await this.loadSharedStrings();
      const pending: XlsxRow[] = [];
      const scanner = new SheetScanner(
        {
          sharedStrings,
          dateStyles: this.dateStyles,
          date1904: this.date1904,
          errorsAsText: options.errorsAsText ?? false,
          maxElementChars: this.limits.maxElementChars,
        },
        (row) => pending.push(row),
      );
      for await (const chunk of this.inflate(entry)) {
        scanner.write(chunk);
        for (const row of pending) yield row;
        pending.length = 0;
      }
      scanner.end();
      for (const row of pending) yield row;
      pending.length = 0;
      const totals = scanner.totals;
      if (totals.rows === 0)
        throw new EmptySheetError(`sheet "${sheet.name}" has no values`, sheet.name);
      summary = {
        rows: totals.rows,
        columns: totals.columns,
        lastRow: totals.lastRow,
        merges: totals.merges,
        hasFormulas: totals.formulaCells > 0,
        formulaCells: totals.formulaCells,
        errorCells: totals.errorCells,
        dimension: totals.dimension,
      };
    }.bind(this);
    return {
      sheet,
      get summary() {
        return summary;
      },
      [Symbol.asyncIterator]: () => {
        if (started) throw new Error('a sheet reader can be iterated only once');
        started = true;
        return rows();
      },
    };
  }

  private inflate(entry: ZipEntry): AsyncGenerator<Buffer> {
    return inflateEntry(this.zip, entry, { limits: this.limits, budget: this.budget });
  }

  private loadSharedStrings(): Promise<string[]> {
    if (!this.sharedStrings) {
      const entry =
        this.sharedStringsPath === undefined ? undefined : this.zip.find(this.sharedStringsPath);
      this.sharedStrings = entry
        ? readSharedStrings(this.inflate(entry), this.limits)
        : Promise.resolve([]);
    }
    return this.sharedStrings;
  }
}

const readPart = async (
  zip: ZipDirectory,
  entry: ZipEntry,
  limits: XlsxLimits,
  budget: InflateBudget,
): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of inflateEntry(zip, entry, {
    limits,
    budget,
    maxEntryBytes: limits.maxPartBytes,
  }))
    chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
};

const readOptionalPart = async (
  zip: ZipDirectory,
  path: string | undefined,
  limits: XlsxLimits,
  budget: InflateBudget,
): Promise<string | undefined> => {
  const entry = path === undefined ? undefined : zip.find(path);
  return entry ? readPart(zip, entry, limits, budget) : undefined;
};

const SHEET_KINDS: Readonly<Record<string, XlsxSheetInfo['kind']>> = {
  worksheet: 'worksheet',
  chartsheet: 'chartsheet',
};

/**
 * Opens an .xlsx for streaming: reads the zip's central directory, the workbook, its
 * relationships and styles (all small), and lists the sheets. Nothing of the sheets is read yet.
 * Throws `NotXlsxError`, `TruncatedXlsxError`, `EncryptedXlsxError`, `XlsxTooLargeError` or
 * `ZipBombError`.
 */
export const openXlsx = async (
  source: XlsxSource,
  options: OpenXlsxOptions = {},
): Promise<XlsxWorkbook> => {
  const limits = resolveLimits(options.limits);
  const zip = await readZipDirectory(await toZipSource(source, limits.maxFileBytes), limits);
  const budget: InflateBudget = { inflated: 0 };

  if (zip.find('xl/workbook.bin')) throw new NotXlsxError('a binary workbook (.xlsb)');
  const packageRels = await readOptionalPart(zip, '_rels/.rels', limits, budget);
  const mainRel = packageRels
    ? [...readRelationships(packageRels, '').values()].find((r) => r.type === 'officeDocument')
    : undefined;
  const workbookPath = mainRel?.target ?? 'xl/workbook.xml';
  const workbookXml = await readOptionalPart(zip, workbookPath, limits, budget);
  if (workbookXml === undefined || rootPrefix(workbookXml, 'workbook') === undefined)
    throw new NotXlsxError(
      zip.find('mimetype') ? 'an OpenDocument file' : `a zip without a workbook (${workbookPath})`,
    );

  const relsXml = await readOptionalPart(zip, relsPathOf(workbookPath), limits, budget);
  const rels = relsXml ? readRelationships(relsXml, workbookPath) : new Map<string, Relationship>();
  const targetOf = (type: string): string | undefined =>
    [...rels.values()].find((r) => r.type === type)?.target;

  const [workbookPr] = findElements(workbookXml, 'workbookPr');
  const date1904 = isTrue(workbookPr?.attributes.date1904);

  const sheets: XlsxSheetInfo[] = [];
  const sheetParts = new Map<number, string>();
  for (const { attributes } of findElements(workbookXml, 'sheet')) {
    const index = sheets.length;
    const rel = rels.get(localAttribute(attributes, 'id') ?? '');
    const state = attributes.state;
    sheets.push({
      name: attributes.name ?? `Sheet${index + 1}`,
      state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
      kind: rel ? (SHEET_KINDS[rel.type] ?? 'other') : 'other',
      index,
    });
    if (rel) sheetParts.set(index, rel.target);
  }

  const stylesXml = await readOptionalPart(
    zip,
    targetOf('styles') ?? 'xl/styles.xml',
    limits,
    budget,
  );
  const dateStyles = stylesXml ? readDateStyles(stylesXml) : new Uint8Array(0);
  const sharedStringsPath =
    targetOf('sharedStrings') ??
    (zip.find('xl/sharedStrings.xml') ? 'xl/sharedStrings.xml' : undefined);

  return new Workbook(
    zip,
    limits,
    budget,
    sheets,
    date1904,
    sheetParts,
    sharedStringsPath,
    dateStyles,
  );
};
