import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  BatchWriteCommand,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  type BatchWriteCommandInput,
  type DynamoDBDocumentClient,
  type QueryCommandInput,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { ConflictError, ValidationError } from '../../domain/errors';
import { isBulkEntityType, MAX_CHANGES_PER_TRANSACTION } from '../../domain/ports';
import type {
  AuditAction,
  AuditDetail,
  BulkItem,
  Change,
  AuditEntry,
  AuditQuery,
  Clock,
  EntityRef,
  EntityType,
  ItemMeta,
  ListOptions,
  Page,
  RequestContext,
  Store,
  Stored,
} from '../../domain/ports';
import {
  auditPartition,
  entityHistoryPartition,
  itemPartition,
  itemSortKey,
  typePrefix,
} from './keys';
import { INDEXES } from './table-definition';

/** An item as it lies in the table: keys, the entity's name, its data, and the store's metadata. */
interface ItemRecord extends ItemMeta {
  pk: string;
  sk: string;
  entity: EntityType;
  data: Record<string, unknown>;
}

interface AuditRecord {
  pk: string;
  sk: string;
  gsi1pk: string;
  gsi1sk: string;
  entity: 'audit';
  entry: AuditEntry;
}

const toStored = <T extends object>(record: ItemRecord): Stored<T> => ({
  ...(record.data as T),
  version: record.version,
  createdAt: record.createdAt,
  createdBy: record.createdBy,
  updatedAt: record.updatedAt,
  updatedBy: record.updatedBy,
});

const META_KEYS = ['version', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy'] as const;

/** The caller's data without any store metadata it may carry. */
const stripMeta = (data: object): Record<string, unknown> => {
  const copy: Record<string, unknown> = { ...data };
  for (const key of META_KEYS) delete copy[key];
  return copy;
};

type WriteRequest = NonNullable<BatchWriteCommandInput['RequestItems']>[string][number];

/** DynamoDB's limit per BatchWriteItem. */
const BATCH_SIZE = 25;
/** Batches in flight at once: 4 × 25 items of up to 400 KB stays well inside a Lambda's memory. */
const BATCH_CONCURRENCY = 4;

/** Time to wait before resending unprocessed items: exponential, capped, half jittered. */
export const batchBackoffMs = (attempt: number): number => {
  const ceiling = Math.min(2000, 50 * 2 ** attempt);
  return ceiling / 2 + Math.random() * (ceiling / 2);
};

export interface DynamoStoreOptions {
  /**
   * Sends of one BatchWriteItem before items DynamoDB keeps leaving unprocessed fail the call.
   * @default 8 (about 6 s of backoff)
   */
  batchAttempts?: number;
  /** Milliseconds to wait before resend `attempt` (0-based). @default batchBackoffMs */
  batchBackoff?: (attempt: number) => number;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const assertBulk = (ref: EntityRef): void => {
  if (!isBulkEntityType(ref.type)) {
    throw new TypeError(`Bulk writes take only bulk entity types, not ${ref.type}`);
  }
};

const encodeCursor = (key: Record<string, unknown>): string =>
  Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');

/** The DynamoDB single-table store; the only code that knows key formats. */
export class DynamoStore implements Store {
  private readonly batchAttempts: number;
  private readonly batchBackoff: (attempt: number) => number;

  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly clock: Clock,
    options: DynamoStoreOptions = {},
  ) {
    this.batchAttempts = options.batchAttempts ?? 8;
    this.batchBackoff = options.batchBackoff ?? batchBackoffMs;
  }

  async get<T extends object>(ctx: RequestContext, ref: EntityRef): Promise<Stored<T> | undefined> {
    const record = await this.getRecord(ctx.actor.orgId, ref, false);
    return record ? toStored<T>(record) : undefined;
  }

  async list<T extends object>(
    ctx: RequestContext,
    type: EntityType,
    options: ListOptions = {},
  ): Promise<Stored<T>[]> {
    const records = await this.queryAll<ItemRecord>({
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: {
        ':pk': itemPartition(ctx.actor.orgId, options.cycle),
        ':prefix': typePrefix(type) + (options.idPrefix ?? ''),
      },
    });
    return records.map((r) => toStored<T>(r));
  }

  async save<T extends object>(
    ctx: RequestContext,
    ref: EntityRef,
    data: T,
    expectedVersion: number,
  ): Promise<Stored<T>> {
    const [saved] = await this.apply(ctx, [{ ref, data, expectedVersion }]);
    return saved as Stored<T>;
  }

  async remove(ctx: RequestContext, ref: EntityRef, expectedVersion: number): Promise<void> {
    await this.apply(ctx, [{ ref, remove: true, expectedVersion }]);
  }

  async apply(ctx: RequestContext, changes: Change[]): Promise<(Stored<object> | null)[]> {
    if (changes.length === 0) return [];
    if (changes.length > MAX_CHANGES_PER_TRANSACTION) {
      throw new ValidationError([
        {
          path: [],
          key: 'validation.tooManyChanges',
          params: { max: MAX_CHANGES_PER_TRANSACTION },
        },
      ]);
    }
    const orgId = ctx.actor.orgId;
    const currents = await Promise.all(changes.map((c) => this.getRecord(orgId, c.ref, true)));
    changes.forEach((c, i) => this.assertVersion(currents[i], c.expectedVersion));
    const at = this.clock.now().toISOString();
    const results: (Stored<object> | null)[] = [];
    const actions: NonNullable<TransactWriteCommandInput['TransactItems']> = [];
    changes.forEach((change, i) => {
      const current = currents[i];
      const key = { pk: itemPartition(orgId, change.ref.cycle), sk: itemSortKey(change.ref) };
      const condition =
        change.expectedVersion === 0
          ? { ConditionExpression: 'attribute_not_exists(pk)' }
          : {
              ConditionExpression: 'version = :expected',
              ExpressionAttributeValues: { ':expected': change.expectedVersion },
            };
      let after: Stored<object> | null = null;
      if ('remove' in change) {
        actions.push({ Delete: { TableName: this.tableName, Key: key, ...condition } });
      } else {
        const record: ItemRecord = {
          ...key,
          entity: change.ref.type,
          data: stripMeta(change.data),
          version: change.expectedVersion + 1,
          createdAt: current?.createdAt ?? at,
          createdBy: current?.createdBy ?? ctx.actor.userId,
          updatedAt: at,
          updatedBy: ctx.actor.userId,
        };
        after = toStored(record);
        actions.push({ Put: { TableName: this.tableName, Item: record, ...condition } });
      }
      results.push(after);
      const action: AuditAction = 'remove' in change ? 'delete' : current ? 'update' : 'create';
      actions.push({
        Put: {
          TableName: this.tableName,
          Item: this.auditRecord(
            ctx,
            change.ref,
            at,
            action,
            current ? toStored(current) : null,
            after,
          ),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      });
    });
    try {
      await this.doc.send(new TransactWriteCommand({ TransactItems: actions }));
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      // Reasons come two per change (item, audit entry); the first failed item names the conflict.
      const lost = (error.CancellationReasons ?? []).findIndex(
        (r, i) => i % 2 === 0 && r.Code === 'ConditionalCheckFailed',
      );
      if (lost < 0) throw error;
      const now = await this.getRecord(orgId, changes[lost / 2]!.ref, true);
      throw new ConflictError(now ? toStored(now) : null, { cause: error });
    }
    return results;
  }

  async putBulk(ctx: RequestContext, items: BulkItem[]): Promise<void> {
    const orgId = ctx.actor.orgId;
    const at = this.clock.now().toISOString();
    // A batch may not name one key twice; the last item for a key wins, as with single puts.
    const requests = new Map<string, WriteRequest>();
    for (const { ref, data } of items) {
      assertBulk(ref);
      const record: ItemRecord = {
        pk: itemPartition(orgId, ref.cycle),
        sk: itemSortKey(ref),
        entity: ref.type,
        data: stripMeta(data),
        version: 1,
        createdAt: at,
        createdBy: ctx.actor.userId,
        updatedAt: at,
        updatedBy: ctx.actor.userId,
      };
      requests.set(`${record.pk}|${record.sk}`, { PutRequest: { Item: record } });
    }
    await this.batchWrite([...requests.values()]);
  }

  async removeBulk(ctx: RequestContext, refs: EntityRef[]): Promise<void> {
    const requests = new Map<string, WriteRequest>();
    for (const ref of refs) {
      assertBulk(ref);
      const key = { pk: itemPartition(ctx.actor.orgId, ref.cycle), sk: itemSortKey(ref) };
      requests.set(`${key.pk}|${key.sk}`, { DeleteRequest: { Key: key } });
    }
    await this.batchWrite([...requests.values()]);
  }

  /**
   * Batches of 25, a few at a time; unprocessed items are resent after a backoff. A failure
   * stops further batches but leaves those already written (harmless: no owner names them).
   */
  private async batchWrite(requests: WriteRequest[]): Promise<void> {
    const batches: WriteRequest[][] = [];
    for (let i = 0; i < requests.length; i += BATCH_SIZE) {
      batches.push(requests.slice(i, i + BATCH_SIZE));
    }
    let next = 0;
    let failed = false;
    const worker = async (): Promise<void> => {
      try {
        while (!failed && next < batches.length) await this.sendBatch(batches[next++]!);
      } catch (error) {
        failed = true;
        throw error;
      }
    };
    await Promise.all(Array.from({ length: Math.min(BATCH_CONCURRENCY, batches.length) }, worker));
  }

  private async sendBatch(batch: WriteRequest[]): Promise<void> {
    let pending = batch;
    for (let attempt = 0; ; attempt++) {
      const out = await this.doc.send(
        new BatchWriteCommand({ RequestItems: { [this.tableName]: pending } }),
      );
      pending = out.UnprocessedItems?.[this.tableName] ?? [];
      if (pending.length === 0) return;
      if (attempt + 1 >= this.batchAttempts) {
        throw new Error(
          `BatchWriteItem left ${pending.length} items unprocessed after ${attempt + 1} attempts`,
        );
      }
      await sleep(this.batchBackoff(attempt));
    }
  }

  async audit(ctx: RequestContext, query: AuditQuery): Promise<Page<AuditEntry>> {
    const orgId = ctx.actor.orgId;
    const byEntity = query.entity !== undefined;
    const partition = byEntity
      ? entityHistoryPartition(orgId, query.entity!)
      : auditPartition(orgId);
    const pkName = byEntity ? INDEXES.byEntity.partitionKey : 'pk';
    const skName = byEntity ? INDEXES.byEntity.sortKey : 'sk';
    const names: Record<string, string> = { '#pk': pkName };
    const values: Record<string, unknown> = { ':pk': partition };
    let condition = '#pk = :pk';
    // Sort keys begin with the ISO timestamp; '~' sorts after any id that follows it.
    if (query.from || query.to) names['#sk'] = skName;
    if (query.from && query.to) {
      condition += ' AND #sk BETWEEN :from AND :to';
      values[':from'] = query.from;
      values[':to'] = `${query.to}~`;
    } else if (query.from) {
      condition += ' AND #sk >= :from';
      values[':from'] = query.from;
    } else if (query.to) {
      condition += ' AND #sk <= :to';
      values[':to'] = `${query.to}~`;
    }
    const input: QueryCommandInput = {
      TableName: this.tableName,
      KeyConditionExpression: condition,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
      ScanIndexForward: false,
      Limit: query.limit,
    };
    if (byEntity) input.IndexName = INDEXES.byEntity.indexName;
    if (query.cursor) input.ExclusiveStartKey = this.decodeCursor(query.cursor, pkName, partition);
    const out = await this.doc.send(new QueryCommand(input));
    const items = (out.Items ?? []).map((r) => (r as AuditRecord).entry);
    return out.LastEvaluatedKey ? { items, cursor: encodeCursor(out.LastEvaluatedKey) } : { items };
  }

  async recordRead(ctx: RequestContext, refs: EntityRef[], detail?: AuditDetail): Promise<void> {
    if (refs.length === 0) return;
    const at = this.clock.now().toISOString();
    await this.batchWrite(
      refs.map((ref) => ({
        PutRequest: { Item: this.auditRecord(ctx, ref, at, 'read', null, null, detail) },
      })),
    );
  }

  async redactAudit(ctx: RequestContext, ref: EntityRef, marker: object): Promise<number> {
    const records = await this.queryAll<AuditRecord>({
      TableName: this.tableName,
      IndexName: INDEXES.byEntity.indexName,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': INDEXES.byEntity.partitionKey },
      ExpressionAttributeValues: { ':pk': entityHistoryPartition(ctx.actor.orgId, ref) },
    });
    // Maps come back from DynamoDB in any key order: compare structurally, not as JSON text.
    const holdsCopy = (value: unknown) => value !== null && !isDeepStrictEqual(value, marker);
    const redacted = records
      .filter((r) => holdsCopy(r.entry.before) || holdsCopy(r.entry.after))
      .map((r) => ({
        ...r,
        entry: {
          ...r.entry,
          before: r.entry.before === null ? null : marker,
          after: r.entry.after === null ? null : marker,
        },
      }));
    // Entries are immutable otherwise, so a plain replace cannot lose a concurrent change.
    await this.batchWrite(redacted.map((Item) => ({ PutRequest: { Item } })));
    return redacted.length;
  }

  /** A cursor is only ever honoured inside the caller's own partition. */
  private decodeCursor(cursor: string, pkName: string, partition: string): Record<string, unknown> {
    let key: unknown;
    try {
      key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    } catch {
      key = undefined;
    }
    const valid =
      typeof key === 'object' &&
      key !== null &&
      (key as Record<string, unknown>)[pkName] === partition &&
      Object.values(key).every((v) => typeof v === 'string');
    if (!valid) throw new ValidationError([{ path: ['cursor'], key: 'validation.badCursor' }]);
    return key as Record<string, unknown>;
  }

  private async getRecord(
    orgId: string,
    ref: EntityRef,
    consistent: boolean,
  ): Promise<ItemRecord | undefined> {
    const out = await this.doc.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { pk: itemPartition(orgId, ref.cycle), sk: itemSortKey(ref) },
        ConsistentRead: consistent,
      }),
    );
    return out.Item as ItemRecord | undefined;
  }

  private assertVersion(current: ItemRecord | undefined, expectedVersion: number): void {
    const currentVersion = current?.version ?? 0;
    if (currentVersion !== expectedVersion) {
      throw new ConflictError(current ? toStored(current) : null);
    }
  }

  private auditRecord(
    ctx: RequestContext,
    ref: EntityRef,
    at: string,
    action: AuditAction,
    before: unknown,
    after: unknown,
    detail?: AuditDetail,
  ): AuditRecord {
    const orgId = ctx.actor.orgId;
    const auditId = randomUUID();
    return {
      pk: auditPartition(orgId),
      sk: `${at}#${auditId}`,
      gsi1pk: entityHistoryPartition(orgId, ref),
      gsi1sk: `${at}#${auditId}`,
      entity: 'audit',
      entry: {
        id: auditId,
        at,
        action,
        entity: ref,
        actor: { userId: ctx.actor.userId, roles: [...ctx.actor.roles] },
        ...(ctx.requestId ? { requestId: ctx.requestId } : {}),
        before,
        after,
        ...(detail ? { detail } : {}),
      },
    };
  }

  private async queryAll<R>(input: QueryCommandInput): Promise<R[]> {
    const items: R[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const out = await this.doc.send(
        new QueryCommand(start ? { ...input, ExclusiveStartKey: start } : input),
      );
      items.push(...((out.Items ?? []) as R[]));
      start = out.LastEvaluatedKey;
    } while (start);
    return items;
  }
}
