import { createHash } from 'node:crypto';
import type { Actor } from '../auth/actor';
import { ConflictError, NotFoundError } from '../errors';
import type { MessageKey } from '../../i18n';
import { dataOf } from '../items';
import type { Deps, RequestContext, Stored } from '../ports';
import { parseSurveyRows, rowsFromValues, SurveyImportError } from '../surveys/import';
import type { ParsedImport } from '../surveys/import';
import { decodeIdentities } from '../surveys/storage';
import { bulkPrefix, importOfBulkId, type Survey } from '../surveys/survey';
import {
  analyseStoredSurvey,
  commitImport,
  getSurvey,
  listImports,
  previewImport,
} from '../surveys/survey-service';
import { decideSync, headerChange, rejectedInNewRows } from './decision';
import { linkedSheetRef, linkedSheetStatusRef, type LinkedSheet } from './link';
import { SheetsFault, type LinkedSheetIndexEntry, type SpreadsheetGateway } from './ports';
import { buildResultsBlock } from './results-block';
import {
  emptyStatus,
  nextStatus,
  type LinkStatus,
  type RunCounts,
  type RunError,
  type RunErrorCode,
  type RunOutcome,
} from './status';

/** Who the nightly job is in audit entries: an organisation-wide role, never a person. */
export const SYNC_USER_ID = 'linked-sheets-sync';

export const syncActor = (orgId: string): Actor => ({
  userId: SYNC_USER_ID,
  orgId,
  roles: ['admin'],
});

/** The import records' `fileName` of rows that came from a linked spreadsheet. */
export const sourceName = (spreadsheetId: string): string => `google-sheets:${spreadsheetId}`;

/** A run stopped by what it read, not by a fault of Google's. */
class RunProblem extends Error {
  constructor(
    readonly code: RunErrorCode,
    readonly key: MessageKey,
    readonly params: Record<string, string | number> = {},
    options?: { cause?: unknown },
  ) {
    super(key, options);
  }
}

const runErrorOf = (error: unknown, at: string): RunError => {
  if (error instanceof SheetsFault)
    return { at, code: error.code, key: `linkedSheets.error.${error.code}`, params: {} };
  if (error instanceof RunProblem)
    return { at, code: error.code, key: error.key, params: error.params };
  if (error instanceof ConflictError)
    return { at, code: 'conflict', key: 'linkedSheets.error.conflict', params: {} };
  return { at, code: 'internal', key: 'linkedSheets.error.internal', params: {} };
};

/** The identities the survey's committed imports hold (only read when a row has a rejected cell). */
const knownIdentities = async (ctx: RequestContext, survey: Survey, deps: Deps) => {
  const committed = new Set(survey.imports);
  const parts = await deps.store.list<{ id: string; seq: number; payload: Uint8Array }>(
    ctx,
    'surveyIdentity',
    { cycle: survey.cycle, idPrefix: bulkPrefix(survey.id) },
  );
  return decodeIdentities(
    parts.filter((p) => committed.has(importOfBulkId(p.id))).map((p) => p.payload),
  );
};

const parse = async (
  values: unknown[][],
  survey: Survey,
  sheet: string,
): Promise<ParsedImport | null> => {
  const rows = rowsFromValues(values);
  if (rows.every((r) => r.values.length === 0))
    throw new RunProblem('unreadable', 'surveys.file.empty_sheet', { sheet });
  try {
    return await parseSurveyRows(rows, {
      overrides: survey.mapping,
      maxRejectedListed: Number.MAX_SAFE_INTEGER,
    });
  } catch (error) {
    if (error instanceof SurveyImportError) {
      // A form nobody has answered yet: headers and no rows is nothing new, not a fault.
      if (error.code === 'noResponses') return null;
      throw new RunProblem(
        'unreadable',
        error.key as MessageKey,
        { sheet, ...error.params },
        {
          cause: error,
        },
      );
    }
    throw error;
  }
};

/** The import and flag part of a run: read → preview → commit or flag. */
const importRows = async (
  ctx: RequestContext,
  link: LinkedSheet,
  sheets: SpreadsheetGateway,
  deps: Deps,
  at: string,
): Promise<Exclude<RunOutcome, { kind: 'failed' }>> => {
  const survey = await getSurvey(ctx, link.cycle, link.surveyId, deps).catch((error: unknown) => {
    if (error instanceof NotFoundError)
      throw new RunProblem(
        'surveyMissing',
        'linkedSheets.error.surveyMissing',
        {},
        { cause: error },
      );
    throw error;
  });
  const values = await sheets.readValues(link.spreadsheetId, link.responsesSheet);
  const parsed = await parse(values, survey, link.responsesSheet);
  const counts: RunCounts = { at, rowsRead: 0, added: 0, alreadyImported: 0, rejectedCells: 0 };
  if (!parsed) return { kind: 'nothingNew', counts, resultsWritten: false };
  counts.rowsRead = parsed.counts.rows;
  counts.rejectedCells = parsed.counts.rejectedCells;
  const preview = await previewImport(ctx, link.cycle, link.surveyId, parsed, deps);
  counts.alreadyImported = preview.alreadyImported;
  const rejected =
    parsed.rejected.length === 0 || preview.newResponses === 0
      ? []
      : rejectedInNewRows(
          parsed.rejected,
          parsed.rowNumbers,
          parsed.identities,
          await knownIdentities(ctx, survey, deps),
        );
  const decision = decideSync({
    newResponses: preview.newResponses,
    rejectedInNewRows: rejected,
    conflicts: preview.conflicts,
    headers: headerChange(survey.questions, parsed.questions),
    sheet: link.responsesSheet,
  });
  if (decision.action === 'nothingNew')
    return { kind: 'nothingNew', counts, resultsWritten: false };
  if (decision.action === 'flag')
    return { kind: 'flagged', counts, flag: { at, ...decision.flag }, resultsWritten: false };
  const result = await commitImport(
    ctx,
    link.cycle,
    link.surveyId,
    parsed,
    {
      fileName: sourceName(link.spreadsheetId),
      sha256: createHash('sha256').update(JSON.stringify(values)).digest('hex'),
      sheet: link.responsesSheet,
    },
    deps,
  );
  counts.added = result.added;
  counts.alreadyImported = result.alreadyImported;
  return { kind: 'committed', counts, resultsWritten: false };
};

const writeResults = async (
  ctx: RequestContext,
  link: LinkedSheet,
  sheets: SpreadsheetGateway,
  deps: Deps,
  at: string,
): Promise<void> => {
  if (link.resultsSheet === null) return;
  const { survey, analysis } = await analyseStoredSurvey(ctx, link.cycle, link.surveyId, deps);
  const block = buildResultsBlock({ title: survey.title, analysis, language: link.language, at });
  await sheets.writeBlock(link.spreadsheetId, link.resultsSheet, block);
};

/** Responses the survey holds from this spreadsheet: recounted, so a lost status write loses nothing. */
const importedFrom = async (
  ctx: RequestContext,
  link: LinkedSheet,
  deps: Deps,
): Promise<number> => {
  const survey = await deps.store.get<Survey>(ctx, {
    type: 'survey',
    id: link.surveyId,
    cycle: link.cycle,
  });
  if (!survey) return 0;
  const source = sourceName(link.spreadsheetId);
  return (await listImports(ctx, survey, deps))
    .filter((i) => i.fileName === source)
    .reduce((sum, i) => sum + i.added, 0);
};

/** Writes the run's status at the version it finds (one retry if a concurrent run wrote first). */
const saveStatus = async (
  ctx: RequestContext,
  link: LinkedSheet,
  outcome: RunOutcome,
  at: string,
  deps: Deps,
): Promise<Stored<LinkStatus>> => {
  const ref = linkedSheetStatusRef(link.cycle, link.surveyId);
  const rowsImported = await importedFrom(ctx, link, deps);
  for (let attempt = 1; ; attempt++) {
    const before = await deps.store.get<LinkStatus>(ctx, ref);
    const current = before ? dataOf(before) : emptyStatus(link.cycle, link.surveyId);
    try {
      return await deps.store.save(
        ctx,
        ref,
        nextStatus(current, outcome, at, rowsImported),
        before?.version ?? 0,
      );
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt >= 2) throw error;
    }
  }
};

export interface LinkRunReport {
  orgId: string;
  cycle: number;
  surveyId: string;
  /** `unlinked`: the index named a link that no longer exists (its entry is dropped). */
  result: RunOutcome['kind'] | 'unlinked';
  counts: RunCounts | null;
  error: RunError | null;
  status: Stored<LinkStatus> | null;
  /** What made the run fail, for the log (an unexpected error is not shown to users). */
  failure?: unknown;
  /** Set when the run could not even record its status (the next run tries again). */
  statusError?: unknown;
}

/**
 * One link's nightly run: read the responses sheet, preview, commit when nothing needs a person
 * (else flag), write the results block, record the status. Every fault ends in the status, never
 * in a throw; nothing is half-written: the commit is one transaction, idempotent by row identity,
 * so a run that fails anywhere is simply done again by the next one.
 */
export const syncLink = async (
  ctx: RequestContext,
  cycle: number,
  surveyId: string,
  deps: Deps,
  sheets: SpreadsheetGateway | null,
): Promise<LinkRunReport> => {
  const at = deps.clock.now().toISOString();
  const report = { orgId: ctx.actor.orgId, cycle, surveyId };
  const link = await deps.store.get<LinkedSheet>(ctx, linkedSheetRef(cycle, surveyId));
  if (!link) {
    await deps.linkedSheets?.remove(ctx, cycle, surveyId);
    return { ...report, result: 'unlinked', counts: null, error: null, status: null };
  }
  let outcome: RunOutcome;
  let failure: unknown;
  try {
    if (!sheets) throw new RunProblem('notConfigured', 'linkedSheets.error.notConfigured');
    const imported = await importRows(ctx, link, sheets, deps, at);
    try {
      await writeResults(ctx, link, sheets, deps, at);
      outcome = { ...imported, resultsWritten: link.resultsSheet !== null };
    } catch (error) {
      failure = error;
      outcome = {
        kind: 'failed',
        counts: imported.counts,
        error: runErrorOf(error, at),
        resultsWritten: false,
      };
    }
  } catch (error) {
    failure = error;
    outcome = { kind: 'failed', counts: null, error: runErrorOf(error, at), resultsWritten: false };
  }
  const done = {
    ...report,
    result: outcome.kind,
    counts: outcome.counts,
    error: outcome.kind === 'failed' ? outcome.error : null,
    ...(failure === undefined ? {} : { failure }),
  };
  try {
    return { ...done, status: await saveStatus(ctx, link, outcome, at, deps) };
  } catch (statusError) {
    return { ...done, status: null, statusError };
  }
};

export interface NightlyOptions {
  /** Only this organisation's links. */
  orgId?: string;
  /** Only this survey's link. */
  surveyId?: string;
  /** The run's id in audit entries. */
  requestId?: string;
  /** Called after each link (logging, the CLI's lines). */
  onLink?: (report: LinkRunReport) => void;
  /**
   * When the run must end (epoch ms; the Lambda's time limit): no link starts later than
   * `reserveMs` before it. The links not reached are where the next full run starts.
   */
  deadline?: number;
  /** Time a link may need at most (a large sheet, quota pacing). @default 120_000 */
  reserveMs?: number;
}

/**
 * The entries from the resume point on, then those before it: a full run cut short by time goes
 * on where it stopped the next night instead of serving the same first links every night.
 */
export const rotateFrom = (
  entries: readonly LinkedSheetIndexEntry[],
  resume: LinkedSheetIndexEntry | null,
): LinkedSheetIndexEntry[] => {
  if (!resume) return [...entries];
  const key = (e: LinkedSheetIndexEntry) =>
    `${e.orgId}\u0000${String(e.cycle).padStart(6, '0')}\u0000${e.surveyId}`;
  // The link itself, or (unlinked since) the first after it.
  const exact = entries.findIndex((e) => key(e) === key(resume));
  const at = exact >= 0 ? exact : entries.findIndex((e) => key(e) > key(resume));
  return at <= 0 ? [...entries] : [...entries.slice(at), ...entries.slice(0, at)];
};

/**
 * Every indexed link, one after another (Sheets quotas are per project and per minute): one
 * link's or one organisation's failure never stops the others.
 */
export const syncAll = async (
  deps: Deps,
  sheets: SpreadsheetGateway | null,
  options: NightlyOptions = {},
): Promise<LinkRunReport[]> => {
  if (!deps.linkedSheets) return [];
  if (sheets)
    await deps.linkedSheets.recordServiceAccount({
      email: sheets.serviceAccountEmail,
      seenAt: deps.clock.now().toISOString(),
    });
  const index = deps.linkedSheets;
  const full = options.orgId === undefined && options.surveyId === undefined;
  const listed = (await index.entries(options.orgId)).filter(
    (e) => options.surveyId === undefined || e.surveyId === options.surveyId,
  );
  const resume = full ? await index.resumePoint() : null;
  const entries = rotateFrom(listed, resume);
  const reserve = options.reserveMs ?? 120_000;
  const reports: LinkRunReport[] = [];
  for (const entry of entries) {
    if (options.deadline !== undefined && deps.clock.now().getTime() > options.deadline - reserve) {
      if (full) await index.setResumePoint(entry);
      return reports;
    }
    const ctx: RequestContext = {
      actor: syncActor(entry.orgId),
      ...(options.requestId ? { requestId: options.requestId } : {}),
    };
    let report: LinkRunReport;
    try {
      report = await syncLink(ctx, entry.cycle, entry.surveyId, deps, sheets);
    } catch (error) {
      // Reading the link itself failed (the table, not the sheet): the next night tries again.
      report = {
        orgId: entry.orgId,
        cycle: entry.cycle,
        surveyId: entry.surveyId,
        result: 'failed',
        counts: null,
        error: runErrorOf(error, deps.clock.now().toISOString()),
        status: null,
        failure: error,
      };
    }
    reports.push(report);
    options.onLink?.(report);
  }
  // Every link served: the next run starts from the first again.
  if (resume && full) await index.setResumePoint(null);
  return reports;
};
