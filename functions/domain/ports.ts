import type { Actor } from './auth/actor';
import type { AccessTokenRepository } from './access-tokens/repository';
import type { BenchmarkRepository } from './benchmark/repository';
import type { LinkedSheetIndex } from './linked-sheets/ports';

/** Every kind of item the store keeps; a new capability adds its own here. */
export const ENTITY_TYPES = [
  'org',
  'unit',
  'member',
  'cycle',
  'goal',
  'indicator',
  'proposal',
  'planItem',
  'need',
  'training',
  'project',
  'annualPlan',
  'action',
  'survey',
  'surveyImport',
  'surveyChunk',
  'surveyIdentity',
  'report',
  'reportSnapshot',
  'benchmarkParticipation',
  'supportPlan',
  'supportPlanSettings',
  'supportOutcomes',
  'supportPlanErasure',
  /** A create through the sheet rows API, by (entity, clientRowId): a retry creates nothing. */
  'sheetRowReceipt',
  /** A personal access token (Google Sheets add-on); its hash lookup lives outside the org. */
  'accessToken',
  /** A Google Sheet linked to a survey (nightly sync); its index entry lives outside the org. */
  'linkedSheet',
  /** What the last nightly runs of a linked sheet did. */
  'linkedSheetStatus',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/**
 * Kinds of immutable bulk data an entity owns (`putBulk`, `removeBulk`): written without version
 * or audit entry of their own, and meaningless until the owner's committed record names them.
 */
export const BULK_ENTITY_TYPES = ['surveyChunk', 'surveyIdentity', 'reportSnapshot'] as const;
export type BulkEntityType = (typeof BULK_ENTITY_TYPES)[number];

export const isBulkEntityType = (type: EntityType): type is BulkEntityType =>
  (BULK_ENTITY_TYPES as readonly string[]).includes(type);

/** Names one item inside the actor's organisation; `cycle` puts it in that year's partition. */
export interface EntityRef {
  type: EntityType;
  id: string;
  cycle?: number;
}

/** What the store adds to every item. `version` starts at 1 and grows by one per change. */
export interface ItemMeta {
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

export type Stored<T> = T & ItemMeta;

/** `read`: someone saw the item (support plans log every read, not only changes). */
export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'read'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What a `read` entry says about the read (`purpose: 'export'`); no personal data. */
export type AuditDetail = Record<string, string | number | boolean>;

export interface AuditEntry {
  id: string;
  at: string;
  action: AuditAction;
  entity: EntityRef;
  actor: { userId: string; roles: string[] };
  requestId?: string;
  before: unknown;
  after: unknown;
  detail?: AuditDetail;
}

export interface AuditQuery {
  entity?: EntityRef;
  /** ISO timestamps, inclusive. */
  from?: string;
  to?: string;
  limit: number;
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  cursor?: string;
}

/** Context of one request, passed down so audit entries can name it. */
export interface RequestContext {
  actor: Actor;
  requestId?: string;
}

/**
 * The organisation's data. Every method takes the request context and works only inside
 * `ctx.actor.orgId`: no method can reach another organisation.
 */
export interface Store {
  get<T extends object>(ctx: RequestContext, ref: EntityRef): Promise<Stored<T> | undefined>;
  /** The type's items in id order; `idPrefix` keeps those whose id starts with it. */
  list<T extends object>(
    ctx: RequestContext,
    type: EntityType,
    options?: ListOptions,
  ): Promise<Stored<T>[]>;
  /**
   * Creates (`expectedVersion` 0) or replaces the item at the version the caller read, and writes
   * its audit entry in the same transaction. A stale version throws `ConflictError` with the
   * current item.
   */
  save<T extends object>(
    ctx: RequestContext,
    ref: EntityRef,
    data: T,
    expectedVersion: number,
  ): Promise<Stored<T>>;
  remove(ctx: RequestContext, ref: EntityRef, expectedVersion: number): Promise<void>;
  /**
   * Several changes in one transaction (each with its audit entry): all land or none does.
   * At most `MAX_CHANGES_PER_TRANSACTION`; any stale version throws `ConflictError`.
   */
  apply(ctx: RequestContext, changes: Change[]): Promise<(Stored<object> | null)[]>;
  audit(ctx: RequestContext, query: AuditQuery): Promise<Page<AuditEntry>>;
  /**
   * Writes one `read` audit entry per ref (before and after null, `detail` as given): for data
   * whose every read is logged. Nothing else changes; refs need not exist any more.
   */
  recordRead(ctx: RequestContext, refs: EntityRef[], detail?: AuditDetail): Promise<void>;
  /**
   * Replaces `before` and `after` of every audit entry of `ref` that holds a copy of the item
   * (non-null, not already `marker`) with `marker`, keeping who, when and what was done: erasure on request (GDPR
   * Art. 17) must not leave copies of the erased data in the history. Returns how many changed.
   */
  redactAudit(ctx: RequestContext, ref: EntityRef, marker: object): Promise<number>;
  /**
   * Writes immutable bulk data (a `BULK_ENTITY_TYPES` item each: response chunks, identity
   * parts) in batches, replacing any item at the same ref: no version check, no audit entry of
   * their own. The owner's committed change names them and carries the audit entry; until then
   * readers must ignore them. Items come back from `get`/`list` with version 1; binary values
   * (`Uint8Array`) come back as `Uint8Array`. Each item must stay under the 400 KB item limit.
   */
  putBulk(ctx: RequestContext, items: BulkItem[]): Promise<void>;
  /** Deletes bulk items (`BULK_ENTITY_TYPES`); refs that name nothing are ignored. */
  removeBulk(ctx: RequestContext, refs: EntityRef[]): Promise<void>;
}

export interface ListOptions {
  cycle?: number;
  /** Only ids that start with this (`{surveyId}.{importId}.` for one import's chunks). */
  idPrefix?: string;
}

export interface BulkItem {
  ref: EntityRef;
  data: object;
}

export type Change =
  | { ref: EntityRef; data: object; expectedVersion: number }
  | { ref: EntityRef; remove: true; expectedVersion: number };

/** DynamoDB takes 100 actions per transaction; each change is the item and its audit entry. */
export const MAX_CHANGES_PER_TRANSACTION = 50;

export interface Clock {
  now(): Date;
}

export interface Deps {
  store: Store;
  clock: Clock;
  /** A new id: short, time-ordered, `[0-9a-z]`. */
  newId: () => string;
  /**
   * The shared, cross-organisation benchmark partition (never reachable through `store`).
   * @default - none: benchmark routes answer 409 `benchmark.notConfigured`, reports leave it out
   */
  benchmarks?: BenchmarkRepository;
  /**
   * Personal access tokens and their hash lookups (written together with the org's item).
   * @default - none: access-token routes answer 500
   */
  accessTokens?: AccessTokenRepository;
  /**
   * The cross-organisation index of linked Google Sheets (the nightly sync's work list).
   * @default - none: linking answers 409 `linkedSheets.notConfigured`
   */
  linkedSheets?: LinkedSheetIndex;
}
