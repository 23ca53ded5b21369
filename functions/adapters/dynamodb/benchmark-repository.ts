import {
  DeleteCommand,
  QueryCommand,
  TransactWriteCommand,
  type DynamoDBDocumentClient,
  type QueryCommandInput,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { BENCHMARK_FIGURE_CODES, type BenchmarkFigureCode } from '../../domain/benchmark/figures';
import type {
  BenchmarkContribution,
  BenchmarkEntry,
  BenchmarkRepository,
} from '../../domain/benchmark/repository';
import type { OrgType } from '../../domain/org/organisation';
import type { RequestContext } from '../../domain/ports';
import {
  benchmarkContributorPartition,
  benchmarkContributorSortKey,
  benchmarkPartition,
  benchmarkSortKey,
} from './keys';
import { INDEXES } from './table-definition';

/** A contribution as it lies in the table: no organisation id, no name, no time. */
interface ContributionRecord {
  pk: string;
  sk: string;
  gsi1pk: string;
  gsi1sk: string;
  entity: 'benchmarkContribution';
  /** Bumped when the record's shape changes. */
  entityVersion: 1;
  figure: BenchmarkFigureCode;
  year: number;
  value: number;
  respondents: number | null;
  orgType: OrgType;
  municipality: string;
}

type Key = { pk: string; sk: string };

/** DynamoDB takes 100 actions per transaction; the catalogue has a handful of figures. */
const MAX_ACTIONS = 100;

/**
 * The shared benchmark partition on the one table (docs/benchmarking.md). Each method derives the
 * caller's contributor key from `ctx.actor.orgId` with the secret's HMAC; the key never leaves
 * this adapter, and no item holds an organisation's id or name.
 */
export class DynamoBenchmarkRepository implements BenchmarkRepository {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly contributorOf: (orgId: string) => string,
  ) {}

  private key(contributor: string, figure: string, year: number): Key {
    return { pk: benchmarkPartition(figure, year), sk: benchmarkSortKey(contributor) };
  }

  async replace(
    ctx: RequestContext,
    year: number,
    contributions: readonly BenchmarkContribution[],
    withdrawn: readonly BenchmarkFigureCode[],
  ): Promise<void> {
    const contributor = this.contributorOf(ctx.actor.orgId);
    const put = new Set(contributions.map((c) => c.figure));
    if (contributions.some((c) => c.year !== year) || withdrawn.some((f) => put.has(f))) {
      throw new TypeError('A contribution of another year, or a figure both put and withdrawn');
    }
    const actions: NonNullable<TransactWriteCommandInput['TransactItems']> = [
      ...contributions.map((c) => {
        const record: ContributionRecord = {
          ...this.key(contributor, c.figure, year),
          gsi1pk: benchmarkContributorPartition(contributor),
          gsi1sk: benchmarkContributorSortKey(c.figure, year),
          entity: 'benchmarkContribution',
          entityVersion: 1,
          figure: c.figure,
          year,
          value: c.value,
          respondents: c.respondents,
          orgType: c.peer.orgType,
          municipality: c.peer.municipality,
        };
        return { Put: { TableName: this.tableName, Item: record } };
      }),
      ...withdrawn.map((figure) => ({
        Delete: { TableName: this.tableName, Key: this.key(contributor, figure, year) },
      })),
    ];
    if (actions.length === 0) return;
    if (actions.length > MAX_ACTIONS) throw new RangeError(`More than ${MAX_ACTIONS} figures`);
    await this.doc.send(new TransactWriteCommand({ TransactItems: actions }));
  }

  async entries(
    ctx: RequestContext,
    figure: BenchmarkFigureCode,
    year: number,
  ): Promise<BenchmarkEntry[]> {
    const own = benchmarkSortKey(this.contributorOf(ctx.actor.orgId));
    const records = await this.queryAll<ContributionRecord>({
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': benchmarkPartition(figure, year) },
    });
    return records.map((r) => ({
      value: r.value,
      respondents: r.respondents ?? null,
      peer: { orgType: r.orgType, municipality: r.municipality },
      own: r.sk === own,
    }));
  }

  async withdraw(ctx: RequestContext, years: readonly number[]): Promise<number> {
    const contributor = this.contributorOf(ctx.actor.orgId);
    const keys = new Map<string, Key>();
    const add = (figure: string, year: number) => {
      const key = this.key(contributor, figure, year);
      keys.set(`${key.pk}\n${key.sk}`, key);
    };
    for (const year of years) for (const figure of BENCHMARK_FIGURE_CODES) add(figure, year);
    // The index also finds values of years or figures the record does not name (eventually
    // consistent: a value written a moment ago is found by the years above).
    const indexed = await this.queryAll<Pick<ContributionRecord, 'figure' | 'year'>>({
      TableName: this.tableName,
      IndexName: INDEXES.byEntity.indexName,
      KeyConditionExpression: `${INDEXES.byEntity.partitionKey} = :pk`,
      ExpressionAttributeValues: { ':pk': benchmarkContributorPartition(contributor) },
      ProjectionExpression: 'figure, #year',
      ExpressionAttributeNames: { '#year': 'year' },
    });
    for (const r of indexed) add(r.figure, r.year);
    const deleted = await Promise.all(
      [...keys.values()].map(async (Key) => {
        const out = await this.doc.send(
          new DeleteCommand({ TableName: this.tableName, Key, ReturnValues: 'ALL_OLD' }),
        );
        return out.Attributes ? 1 : 0;
      }),
    );
    return deleted.reduce<number>((sum, n) => sum + n, 0);
  }

  private async queryAll<T>(input: QueryCommandInput): Promise<T[]> {
    const items: T[] = [];
    let start: QueryCommandInput['ExclusiveStartKey'];
    do {
      const page = await this.doc.send(
        new QueryCommand({ ...input, ...(start ? { ExclusiveStartKey: start } : {}) }),
      );
      items.push(...((page.Items ?? []) as T[]));
      start = page.LastEvaluatedKey;
    } while (start);
    return items;
  }
}
