import { assertUnitAccess } from '../auth/policy';
import { requireCycle, requireUnit } from '../cycle/require-cycle';
import { StateError, ValidationError } from '../errors';
import { dataOf, getItem } from '../items';
import type { Deps, EntityRef, RequestContext, Stored } from '../ports';
import {
  analyseSurvey,
  compareSurveys,
  responsesOfUnit,
  type SurveyAnalysis,
  type SurveyComparison,
} from './analysis';
import type { ParsedImport } from './import';
import { mergeQuestions, retagQuestions, type MergeIssue } from './merge-questions';
import type { Answer, QuestionOverride, ResponseColumns, SurveyQuestion } from './model';
import { oldOrphans, sweepBulk } from './orphans';
import { decodeChunks, decodeIdentities, encodeChunks, encodeIdentities } from './storage';
import {
  bulkId,
  bulkPrefix,
  checkSurvey,
  importOfBulkId,
  surveyImportRef,
  surveyRef,
  type Survey,
  type SurveyImport,
  type SurveyInput,
} from './survey';

const MANAGERS = ['unitHead'] as const;

export const listSurveys = async (
  ctx: RequestContext,
  year: number,
  deps: Deps,
): Promise<Stored<Survey>[]> => {
  await requireCycle(ctx, year, deps);
  const surveys = await deps.store.list<Survey>(ctx, 'survey', { cycle: year });
  return surveys.sort(
    (a, b) => a.period.from.localeCompare(b.period.from) || a.title.localeCompare(b.title, 'lt'),
  );
};

export const getSurvey = (
  ctx: RequestContext,
  year: number,
  id: string,
  deps: Deps,
): Promise<Stored<Survey>> => getItem<Survey>(ctx, surveyRef(year, id), deps);

const checked = async (
  ctx: RequestContext,
  year: number,
  input: SurveyInput,
  deps: Deps,
): Promise<void> => {
  const issues = checkSurvey(year, input);
  if (issues.length > 0) throw new ValidationError(issues);
  if (input.unitId !== null) await requireUnit(ctx, input.unitId, deps);
};

/** A new, empty survey: management for any unit or the whole organisation, a unit head for their unit. */
export const createSurvey = async (
  ctx: RequestContext,
  year: number,
  input: SurveyInput,
  deps: Deps,
): Promise<Stored<Survey>> => {
  await requireCycle(ctx, year, deps);
  await assertUnitAccess(ctx, input.unitId, MANAGERS, deps);
  await checked(ctx, year, input, deps);
  const survey: Survey = {
    ...input,
    id: deps.newId(),
    cycle: year,
    mapping: [],
    questions: [],
    imports: [],
    responses: 0,
    family: null,
  };
  return deps.store.save(ctx, surveyRef(year, survey.id), survey, 0);
};

export const updateSurvey = async (
  ctx: RequestContext,
  year: number,
  id: string,
  input: SurveyInput,
  version: number,
  deps: Deps,
): Promise<Stored<Survey>> => {
  const current = await getSurvey(ctx, year, id, deps);
  await assertUnitAccess(ctx, current.unitId, MANAGERS, deps);
  if (input.unitId !== current.unitId) await assertUnitAccess(ctx, input.unitId, MANAGERS, deps);
  await checked(ctx, year, input, deps);
  const rest = dataOf(current);
  return deps.store.save(ctx, surveyRef(year, id), { ...rest, ...input }, version);
};

/**
 * The user's corrections to the inferred mapping. Tags (domain, unit) apply to stored questions at
 * once; kinds, scales, reversals and skips apply from the next import on.
 */
export const setSurveyMapping = async (
  ctx: RequestContext,
  year: number,
  id: string,
  mapping: QuestionOverride[],
  version: number,
  deps: Deps,
): Promise<Stored<Survey>> => {
  const current = await getSurvey(ctx, year, id, deps);
  await assertUnitAccess(ctx, current.unitId, MANAGERS, deps);
  for (const [i, override] of mapping.entries())
    if (override.unitId) await requireUnit(ctx, override.unitId, deps, ['mapping', i, 'unitId']);
  const rest = dataOf(current);
  return deps.store.save(
    ctx,
    surveyRef(year, id),
    { ...rest, mapping, questions: retagQuestions(current.questions, mapping) },
    version,
  );
};

/** Deletes a survey; one holding responses only when the caller confirms, with all its data. */
export const deleteSurvey = async (
  ctx: RequestContext,
  year: number,
  id: string,
  version: number,
  withResponses: boolean,
  deps: Deps,
): Promise<void> => {
  const current = await getSurvey(ctx, year, id, deps);
  await assertUnitAccess(ctx, current.unitId, MANAGERS, deps);
  if (current.responses > 0 && !withResponses)
    throw new StateError('surveys.hasResponses', { responses: current.responses });
  await deps.store.remove(ctx, surveyRef(year, id), version);
  const bulk = await bulkRefs(ctx, current, deps, () => true);
  await deps.store.removeBulk(ctx, bulk);
  const imports = await deps.store.list<SurveyImport>(ctx, 'surveyImport', { cycle: year });
  const own = imports.filter((i) => i.surveyId === id);
  for (let i = 0; i < own.length; i += 25)
    await deps.store.apply(
      ctx,
      own.slice(i, i + 25).map((imp) => ({
        ref: surveyImportRef(year, imp.id),
        remove: true as const,
        expectedVersion: imp.version,
      })),
    );
};

const bulkRefs = async (
  ctx: RequestContext,
  survey: Survey,
  deps: Deps,
  keep: (importId: string) => boolean,
): Promise<EntityRef[]> => {
  const options = { cycle: survey.cycle, idPrefix: bulkPrefix(survey.id) };
  const [chunks, parts] = await Promise.all([
    deps.store.list<{ id: string }>(ctx, 'surveyChunk', options),
    deps.store.list<{ id: string }>(ctx, 'surveyIdentity', options),
  ]);
  return [
    ...chunks.map((c) => ({ type: 'surveyChunk' as const, id: c.id, cycle: survey.cycle })),
    ...parts.map((p) => ({ type: 'surveyIdentity' as const, id: p.id, cycle: survey.cycle })),
  ].filter((r) => keep(importOfBulkId(r.id)));
};

type SurveyBulkType = 'surveyChunk' | 'surveyIdentity';

interface BulkItem {
  id: string;
  seq: number;
  count: number;
  payload: Uint8Array;
  /** ISO time of the write (deps.clock); absent on items written before it was recorded. */
  writtenAt?: string;
}

/** Every bulk item of one type the survey's id prefix holds: committed or not. */
const listBulk = (
  ctx: RequestContext,
  survey: Survey,
  type: SurveyBulkType,
  deps: Deps,
): Promise<BulkItem[]> =>
  deps.store.list<BulkItem>(ctx, type, { cycle: survey.cycle, idPrefix: bulkPrefix(survey.id) });

/** The committed imports' items among `items`, in commit order then sequence. */
const committedOf = (survey: Survey, items: readonly BulkItem[]): BulkItem[] => {
  const order = new Map(survey.imports.map((id, i) => [id, i]));
  return items
    .filter((c) => order.has(importOfBulkId(c.id)))
    .sort(
      (a, b) =>
        order.get(importOfBulkId(a.id))! - order.get(importOfBulkId(b.id))! || a.seq - b.seq,
    );
};

/** The committed imports' bulk items of one type, in commit order then sequence. */
const committedBulk = async (
  ctx: RequestContext,
  survey: Survey,
  type: SurveyBulkType,
  deps: Deps,
): Promise<BulkItem[]> =>
  survey.imports.length === 0 ? [] : committedOf(survey, await listBulk(ctx, survey, type, deps));

/**
 * Removes, among the items listed, those of imports the survey does not name (a commit that died
 * between its bulk write and its transaction) once older than an hour (orphans.ts). Never throws;
 * says how many went.
 */
const sweepOrphans = (
  ctx: RequestContext,
  survey: Survey,
  listed: { type: SurveyBulkType; items: readonly BulkItem[] }[],
  deps: Deps,
): Promise<number> => {
  const named = new Set(survey.imports);
  const now = deps.clock.now();
  return sweepBulk(
    ctx,
    listed.flatMap(({ type, items }) =>
      oldOrphans(items, importOfBulkId, (importId) => named.has(importId), now).map((item) => ({
        type,
        id: item.id,
        cycle: survey.cycle,
      })),
    ),
    deps,
  );
};

/** Every committed response of a survey, decoded from its chunks. */
export const loadResponses = async (
  ctx: RequestContext,
  survey: Survey,
  deps: Deps,
): Promise<ResponseColumns> => {
  const chunks = await committedBulk(ctx, survey, 'surveyChunk', deps);
  return decodeChunks(survey.questions, chunks);
};

/** What a preview says of an upload; nothing of it is stored. */
export interface ImportPreview {
  survey: Stored<Survey>;
  parsed: ParsedImport;
  /** Accepted rows the survey already holds (a repeated or grown export). */
  alreadyImported: number;
  /** Accepted rows the commit would add. */
  newResponses: number;
  /** Questions that disagree with the survey's: the commit refuses until the mapping settles them. */
  conflicts: MergeIssue[];
}

const selectRows = (responses: ResponseColumns, rows: readonly number[]): ResponseColumns => {
  const answers: Record<string, Answer[]> = {};
  for (const [key, column] of Object.entries(responses.answers))
    answers[key] = rows.map((i) => column[i] ?? null);
  return { count: rows.length, answers };
};

/** What an upload adds to the survey, given the identity parts listed (committed or not). */
const reviewImport = (survey: Survey, parsed: ParsedImport, identityParts: readonly BulkItem[]) => {
  const known = decodeIdentities(committedOf(survey, identityParts).map((p) => p.payload));
  const fresh: number[] = [];
  parsed.identities.forEach((id, i) => {
    if (!known.has(id)) fresh.push(i);
  });
  const merged = mergeQuestions(survey.questions, parsed.questions, parsed.responses);
  return { fresh, merged };
};

export const previewImport = async (
  ctx: RequestContext,
  year: number,
  id: string,
  parsed: ParsedImport,
  deps: Deps,
): Promise<ImportPreview> => {
  const survey = await getSurvey(ctx, year, id, deps);
  await assertUnitAccess(ctx, survey.unitId, MANAGERS, deps);
  // Only the identity parts are read here (none while nothing is committed); their orphans go
  // with no extra read, the chunks' at the next commit.
  const parts =
    survey.imports.length === 0 ? [] : await listBulk(ctx, survey, 'surveyIdentity', deps);
  const { fresh, merged } = reviewImport(survey, parsed, parts);
  await sweepOrphans(ctx, survey, [{ type: 'surveyIdentity', items: parts }], deps);
  return {
    survey,
    parsed,
    alreadyImported: parsed.identities.length - fresh.length,
    newResponses: fresh.length,
    conflicts: merged.issues,
  };
};

export interface ImportSource {
  fileName: string | null;
  sha256: string;
  sheet: string;
}

export interface ImportResult {
  survey: Stored<Survey>;
  import: Stored<SurveyImport> | null;
  added: number;
  alreadyImported: number;
  /** Bulk items of earlier commits that died before their transaction, removed first (not audited). */
  orphansSwept: number;
}

/**
 * Stores an upload's new responses. The chunks and identity parts are written first under a new
 * import id, invisible to readers; one transaction then names the import on the survey (at the
 * version read) and records it, audited. A concurrent commit makes that transaction fail: the
 * chunks written are removed and the caller gets the conflict. Rows already held add nothing.
 * First it sweeps the survey's bulk items of commits that died before their transaction (older
 * than an hour, named by no import: orphans.ts); that sweep never fails the commit.
 */
export const commitImport = async (
  ctx: RequestContext,
  year: number,
  id: string,
  parsed: ParsedImport,
  source: ImportSource,
  deps: Deps,
): Promise<ImportResult> => {
  const survey = await getSurvey(ctx, year, id, deps);
  await assertUnitAccess(ctx, survey.unitId, MANAGERS, deps);
  const [listedChunks, listedParts] = await Promise.all([
    listBulk(ctx, survey, 'surveyChunk', deps),
    listBulk(ctx, survey, 'surveyIdentity', deps),
  ]);
  const orphansSwept = await sweepOrphans(
    ctx,
    survey,
    [
      { type: 'surveyChunk', items: listedChunks },
      { type: 'surveyIdentity', items: listedParts },
    ],
    deps,
  );
  const { fresh, merged } = reviewImport(survey, parsed, listedParts);
  if (merged.issues.length > 0)
    throw new ValidationError(
      merged.issues.map((issue) => ({
        path: ['file', issue.header],
        key: issue.key,
        params: issue.params,
      })),
    );
  const alreadyImported = parsed.identities.length - fresh.length;
  if (fresh.length === 0) return { survey, import: null, added: 0, alreadyImported, orphansSwept };

  const importId = deps.newId();
  const writtenAt = deps.clock.now().toISOString();
  const responses = selectRows(merged.responses, fresh);
  const chunks = encodeChunks(merged.questions, responses);
  const parts = encodeIdentities(fresh.map((i) => parsed.identities[i]!));
  const bulk = [
    ...chunks.map((c) => ({
      ref: { type: 'surveyChunk' as const, id: bulkId(id, importId, c.seq), cycle: year },
      data: {
        id: bulkId(id, importId, c.seq),
        seq: c.seq,
        count: c.count,
        payload: c.payload,
        writtenAt,
      },
    })),
    ...parts.map((payload, seq) => ({
      ref: { type: 'surveyIdentity' as const, id: bulkId(id, importId, seq), cycle: year },
      data: {
        id: bulkId(id, importId, seq),
        seq,
        count: Math.floor(payload.length / 12),
        payload,
        writtenAt,
      },
    })),
  ];
  await deps.store.putBulk(ctx, bulk);
  const record: SurveyImport = {
    id: importId,
    surveyId: id,
    cycle: year,
    fileName: source.fileName,
    sha256: source.sha256,
    sheet: source.sheet,
    family: parsed.family,
    headerRow: parsed.headerRow,
    rows: parsed.counts.rows,
    added: fresh.length,
    alreadyImported,
    duplicatesInFile: parsed.counts.duplicatesInFile,
    incomplete: parsed.counts.incomplete,
    rejectedCells: parsed.counts.rejectedCells,
    chunks: chunks.length,
    identityParts: parts.length,
  };
  const { version } = survey;
  const rest = dataOf(survey);
  const next: Survey = {
    ...rest,
    questions: merged.questions,
    imports: [...survey.imports, importId],
    responses: survey.responses + fresh.length,
    family: survey.family ?? parsed.family,
  };
  try {
    const [saved, recorded] = await deps.store.apply(ctx, [
      { ref: surveyRef(year, id), data: next, expectedVersion: version },
      { ref: surveyImportRef(year, importId), data: record, expectedVersion: 0 },
    ]);
    return {
      survey: saved as Stored<Survey>,
      import: recorded as Stored<SurveyImport>,
      added: fresh.length,
      alreadyImported,
      orphansSwept,
    };
  } catch (error) {
    await deps.store.removeBulk(
      ctx,
      bulk.map((b) => b.ref),
    );
    throw error;
  }
};

export const listImports = async (
  ctx: RequestContext,
  survey: Survey,
  deps: Deps,
): Promise<Stored<SurveyImport>[]> => {
  const all = await deps.store.list<SurveyImport>(ctx, 'surveyImport', { cycle: survey.cycle });
  const order = new Map(survey.imports.map((id, i) => [id, i]));
  return all
    .filter((i) => i.surveyId === survey.id && order.has(i.id))
    .sort((a, b) => order.get(a.id)! - order.get(b.id)!);
};

const analysisInput = (survey: Survey, responses: ResponseColumns) => ({
  questions: survey.questions,
  responses,
  population: survey.population,
  populationByUnit: survey.populationByUnit,
});

export const analyseStoredSurvey = async (
  ctx: RequestContext,
  year: number,
  id: string,
  deps: Deps,
): Promise<{ survey: Stored<Survey>; analysis: SurveyAnalysis }> => {
  const survey = await getSurvey(ctx, year, id, deps);
  const responses = await loadResponses(ctx, survey, deps);
  return { survey, analysis: analyseSurvey(analysisInput(survey, responses)) };
};

export type CompareWith =
  { withYear: number; withSurvey: string } | { unitA: string; unitB: string };

export interface StoredComparison {
  survey: Stored<Survey>;
  other: Stored<Survey> | null;
  units: { a: string; b: string } | null;
  comparison: SurveyComparison;
}

const unitSide = (survey: Survey, responses: ResponseColumns, unit: string) => {
  const side = responsesOfUnit(survey.questions, responses, unit);
  if (side.count === 0)
    throw new ValidationError([
      { path: ['unit'], key: 'surveys.compare.unknownUnit', params: { unit } },
    ]);
  return { questions: survey.questions, responses: side };
};

/** This survey against an earlier one (before → this), or two units of this survey (A → B). */
export const compareStoredSurveys = async (
  ctx: RequestContext,
  year: number,
  id: string,
  other: CompareWith,
  deps: Deps,
): Promise<StoredComparison> => {
  const survey = await getSurvey(ctx, year, id, deps);
  const responses = await loadResponses(ctx, survey, deps);
  if ('unitA' in other) {
    return {
      survey,
      other: null,
      units: { a: other.unitA, b: other.unitB },
      comparison: compareSurveys(
        unitSide(survey, responses, other.unitA),
        unitSide(survey, responses, other.unitB),
      ),
    };
  }
  const before = await getSurvey(ctx, other.withYear, other.withSurvey, deps);
  const beforeResponses = await loadResponses(ctx, before, deps);
  return {
    survey,
    other: before,
    units: null,
    comparison: compareSurveys(
      { questions: before.questions, responses: beforeResponses },
      { questions: survey.questions, responses },
    ),
  };
};

export type { SurveyQuestion };
