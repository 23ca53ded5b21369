import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  type DynamoDBDocumentClient,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type {
  LinkedSheetIndex,
  LinkedSheetIndexEntry,
  ServiceAccountInfo,
} from '../../domain/linked-sheets/ports';
import type { RequestContext } from '../../domain/ports';

// The linked-sheets index: one partition outside every organisation's, holding ids only (no
// spreadsheet id, no sheet name, no survey title), so the nightly job finds every link with one
// Query instead of a Scan. Key formats of this partition live here (as keys.ts does for the rest).

/** Every link of every organisation: sort keys in organisation, then cycle order. */
export const LINKED_SHEETS_PARTITION = 'LINKEDSHEETS';
/** The service account the last run used (its e-mail: whom organisations share sheets with). */
export const LINKED_SHEETS_META_PARTITION = 'LINKEDSHEETS#META';
const SERVICE_ACCOUNT_SORT_KEY = 'SERVICEACCOUNT';
/** Where the next full nightly run starts, after one cut short by the Lambda's time limit. */
const RESUME_SORT_KEY = 'RESUME';

const orgPrefix = (orgId: string): string => `ORG#${orgId}#`;
export const linkedSheetSortKey = (orgId: string, cycle: number, surveyId: string): string =>
  `${orgPrefix(orgId)}${cycle}#${surveyId}`;

interface EntryRecord {
  pk: string;
  sk: string;
  entity: 'linkedSheetIndex';
  entityVersion: 1;
  orgId: string;
  cycle: number;
  surveyId: string;
}

/** The linked-sheets index on the one table (docs/linked-sheets.md). */
export class DynamoLinkedSheetIndex implements LinkedSheetIndex {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async add(ctx: RequestContext, cycle: number, surveyId: string): Promise<void> {
    const orgId = ctx.actor.orgId;
    const record: EntryRecord = {
      pk: LINKED_SHEETS_PARTITION,
      sk: linkedSheetSortKey(orgId, cycle, surveyId),
      entity: 'linkedSheetIndex',
      entityVersion: 1,
      orgId,
      cycle,
      surveyId,
    };
    await this.doc.send(new PutCommand({ TableName: this.tableName, Item: record }));
  }

  async remove(ctx: RequestContext, cycle: number, surveyId: string): Promise<void> {
    await this.doc.send(
      new DeleteCommand({
        TableName: this.tableName,
        Key: {
          pk: LINKED_SHEETS_PARTITION,
          sk: linkedSheetSortKey(ctx.actor.orgId, cycle, surveyId),
        },
      }),
    );
  }

  async entries(orgId?: string): Promise<LinkedSheetIndexEntry[]> {
    const input: QueryCommandInput = {
      TableName: this.tableName,
      KeyConditionExpression:
        orgId === undefined ? 'pk = :pk' : 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: {
        ':pk': LINKED_SHEETS_PARTITION,
        ...(orgId === undefined ? {} : { ':prefix': orgPrefix(orgId) }),
      },
      ProjectionExpression: 'orgId, #cycle, surveyId',
      ExpressionAttributeNames: { '#cycle': 'cycle' },
    };
    const entries: LinkedSheetIndexEntry[] = [];
    let start: QueryCommandInput['ExclusiveStartKey'];
    do {
      const page = await this.doc.send(
        new QueryCommand({ ...input, ...(start ? { ExclusiveStartKey: start } : {}) }),
      );
      for (const item of (page.Items ?? []) as Pick<EntryRecord, 'orgId' | 'cycle' | 'surveyId'>[])
        entries.push({ orgId: item.orgId, cycle: item.cycle, surveyId: item.surveyId });
      start = page.LastEvaluatedKey;
    } while (start);
    return entries;
  }

  async recordServiceAccount(info: ServiceAccountInfo): Promise<void> {
    await this.doc.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          pk: LINKED_SHEETS_META_PARTITION,
          sk: SERVICE_ACCOUNT_SORT_KEY,
          entity: 'linkedSheetServiceAccount',
          entityVersion: 1,
          email: info.email,
          seenAt: info.seenAt,
        },
      }),
    );
  }

  async serviceAccount(): Promise<ServiceAccountInfo | null> {
    const { Item } = await this.doc.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { pk: LINKED_SHEETS_META_PARTITION, sk: SERVICE_ACCOUNT_SORT_KEY },
      }),
    );
    if (!Item) return null;
    return { email: String(Item.email), seenAt: String(Item.seenAt) };
  }

  async resumePoint(): Promise<LinkedSheetIndexEntry | null> {
    const { Item } = await this.doc.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { pk: LINKED_SHEETS_META_PARTITION, sk: RESUME_SORT_KEY },
      }),
    );
    if (!Item) return null;
    return {
      orgId: String(Item.orgId),
      cycle: Number(Item.cycle),
      surveyId: String(Item.surveyId),
    };
  }

  async setResumePoint(entry: LinkedSheetIndexEntry | null): Promise<void> {
    const Key = { pk: LINKED_SHEETS_META_PARTITION, sk: RESUME_SORT_KEY };
    if (entry === null) {
      await this.doc.send(new DeleteCommand({ TableName: this.tableName, Key }));
      return;
    }
    await this.doc.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...Key, entity: 'linkedSheetResumePoint', entityVersion: 1, ...entry },
      }),
    );
  }
}
