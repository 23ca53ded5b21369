import {
  BatchWriteCommand,
  type BatchWriteCommandOutput,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../../functions/adapters/dynamodb/client';
import { DynamoStore } from '../../functions/adapters/dynamodb/dynamo-store';
import type { BulkItem, EntityRef } from '../../functions/domain/ports';
import {
  concatResponses,
  decodeChunks,
  decodeIdentities,
  encodeChunks,
  encodeIdentities,
  type EncodedChunk,
} from '../../functions/domain/surveys/storage';
import { aContext } from '../fixtures/builders';
import { differingColumns, someIdentities, someResponses } from '../fixtures/survey-responses';
import { createTestTable, type TestTable } from '../support/table';

const CYCLE = 2026;
const seqId = (prefix: string, seq: number): string => `${prefix}${String(seq).padStart(4, '0')}`;
const chunkRef = (prefix: string, seq: number): EntityRef => ({
  type: 'surveyChunk',
  id: seqId(prefix, seq),
  cycle: CYCLE,
});
const chunkItems = (prefix: string, chunks: EncodedChunk[]): BulkItem[] =>
  chunks.map((c) => ({ ref: chunkRef(prefix, c.seq), data: c }));

describe('survey storage in DynamoDB', () => {
  let table: TestTable;
  const orgA = aContext({ orgId: 'org-a', userId: 'ona@org-a' });
  const orgB = aContext({ orgId: 'org-b', userId: 'bob@org-b' });
  // 25 Likert items + 0–10, single, multi, comment, submission time: 30 questions.
  const { questions, responses } = someResponses({ count: 100_000, likert: 25 });
  const identities = someIdentities(100_000);

  beforeAll(async () => {
    table = await createTestTable();
  });
  afterAll(async () => {
    await table.drop();
  });

  it('stores 100,000 responses × 30 questions as chunks and reads them back identical', async () => {
    const { store } = table.deps;
    const chunks = encodeChunks(questions, responses, { maxChunkBytes: 100_000 });
    const parts = encodeIdentities(identities);
    expect(chunks.length).toBeGreaterThanOrEqual(10);

    await store.putBulk(orgA, [
      ...chunkItems('s1.i1.', chunks),
      ...parts.map((payload, seq) => ({
        ref: { type: 'surveyIdentity', id: seqId('s1.i1.', seq), cycle: CYCLE } as const,
        data: { seq, payload },
      })),
    ]);

    const stored = await store.list<EncodedChunk>(orgA, 'surveyChunk', {
      cycle: CYCLE,
      idPrefix: 's1.i1.',
    });
    expect(stored.map((c) => c.seq)).toEqual(chunks.map((c) => c.seq));
    expect(stored.every((c) => c.payload instanceof Uint8Array && c.version === 1)).toBe(true);
    const back = decodeChunks(questions, stored);
    expect(back.count).toBe(100_000);
    expect(differingColumns(back, responses)).toEqual([]);
    const storedParts = await store.list<{ payload: Uint8Array }>(orgA, 'surveyIdentity', {
      cycle: CYCLE,
      idPrefix: 's1.i1.',
    });
    const known = decodeIdentities(storedParts.map((p) => p.payload));
    expect(known.size).toBe(100_000);
    expect(identities.every((id) => known.has(id))).toBe(true);
  });

  it('holds a full-size chunk in one item, and gives binary back as a Uint8Array', async () => {
    const { store } = table.deps;
    const chunks = encodeChunks(questions, responses);
    const largest = Math.max(...chunks.map((c) => c.payload.length));
    expect(largest).toBeGreaterThan(250_000);
    const limit = new Uint8Array(350_000).map((_, i) => (i * 7919) % 251);

    await store.putBulk(orgA, [
      ...chunkItems('s2.i1.', chunks),
      { ref: chunkRef('s2.limit.', 0), data: { seq: 0, count: 0, payload: limit } },
      { ref: chunkRef('s2.buffer.', 0), data: { payload: Buffer.from('abc') } },
    ]);

    const stored = await store.list<EncodedChunk>(orgA, 'surveyChunk', {
      cycle: CYCLE,
      idPrefix: 's2.i1.',
    });
    expect(differingColumns(decodeChunks(questions, stored), responses)).toEqual([]);
    const atLimit = await store.get<EncodedChunk>(orgA, chunkRef('s2.limit.', 0));
    expect(atLimit?.payload).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(atLimit!.payload).equals(Buffer.from(limit))).toBe(true);
    const fromBuffer = await store.get<{ payload: Uint8Array }>(orgA, chunkRef('s2.buffer.', 0));
    expect(fromBuffer?.payload).toEqual(new Uint8Array([97, 98, 99]));
  });

  it('lists by id prefix: one import, or every import of a survey in order', async () => {
    const { store } = table.deps;
    const first = someResponses({ count: 50, likert: 2, seed: 1 });
    const second = someResponses({ count: 30, likert: 2, seed: 2 });
    const encode = (r: typeof first): EncodedChunk[] =>
      encodeChunks(r.questions, r.responses, { maxChunkBytes: 400 });
    await store.putBulk(orgA, [
      ...chunkItems('s3.i2.', encode(second)),
      ...chunkItems('s3.i1.', encode(first)),
    ]);

    const one = await store.list<EncodedChunk>(orgA, 'surveyChunk', {
      cycle: CYCLE,
      idPrefix: 's3.i1.',
    });
    const all = await store.list<EncodedChunk>(orgA, 'surveyChunk', {
      cycle: CYCLE,
      idPrefix: 's3.',
    });

    expect(one.length).toBeGreaterThan(1);
    expect(decodeChunks(first.questions, one)).toEqual(first.responses);
    expect(decodeChunks(first.questions, all)).toEqual(
      concatResponses(first.responses, second.responses),
    );
    expect(await store.list(orgA, 'surveyChunk', { cycle: CYCLE, idPrefix: 's3.i9.' })).toEqual([]);
    expect(await store.list(orgA, 'surveyChunk', { idPrefix: 's3.' })).toEqual([]);
  });

  it('keeps bulk data inside its organisation', async () => {
    const { store } = table.deps;
    const ref = chunkRef('s1.i1.', 0);

    expect(await store.get(orgB, ref)).toBeUndefined();
    expect(await store.list(orgB, 'surveyChunk', { cycle: CYCLE })).toEqual([]);
    await store.removeBulk(orgB, [ref]);
    await store.putBulk(orgB, [{ ref, data: { seq: 0, count: 0, payload: new Uint8Array(1) } }]);

    expect((await store.get<EncodedChunk>(orgA, ref))?.count).toBeGreaterThan(0);
    expect(await store.list(orgB, 'surveyChunk', { cycle: CYCLE })).toHaveLength(1);
  });

  it('removes bulk data in batches, and ignores refs that name nothing', async () => {
    const { store } = table.deps;
    const listed = await store.list<EncodedChunk>(orgA, 'surveyChunk', {
      cycle: CYCLE,
      idPrefix: 's1.',
    });
    const refs = listed.map((c) => chunkRef('s1.i1.', c.seq));

    await store.removeBulk(orgA, [...refs, chunkRef('s1.none.', 0)]);

    expect(await store.list(orgA, 'surveyChunk', { cycle: CYCLE, idPrefix: 's1.' })).toEqual([]);
    expect(await store.list(orgA, 'surveyIdentity', { cycle: CYCLE })).toHaveLength(4);
  });

  it('writes and audits nothing for a type that is not bulk data', async () => {
    const { store } = table.deps;
    const attempt = store.putBulk(orgA, [{ ref: { type: 'unit', id: 'bulk' }, data: {} }]);

    await expect(attempt).rejects.toThrow(/bulk entity types/);
    await expect(store.removeBulk(orgA, [{ type: 'unit', id: 'bulk' }])).rejects.toThrow(
      /bulk entity types/,
    );
    expect(await store.get(orgA, { type: 'unit', id: 'bulk' })).toBeUndefined();
    expect((await store.audit(orgA, { limit: 10 })).items).toEqual([]);
  });

  describe('when DynamoDB leaves items unprocessed', () => {
    /** A client whose BatchWriteItem processes only the first `take` items of each call. */
    const stingyClient = (take: number): { doc: DynamoDBDocumentClient; calls: number[] } => {
      const real = createDocumentClient({ region: 'local', endpoint: table.endpoint });
      const calls: number[] = [];
      const send = async (command: unknown): Promise<unknown> => {
        if (!(command instanceof BatchWriteCommand)) return real.send(command as never);
        const [[name, requests]] = Object.entries(command.input.RequestItems ?? {}) as [
          [string, NonNullable<BatchWriteCommand['input']['RequestItems']>[string]],
        ];
        calls.push(requests.length);
        const done = requests.slice(0, take);
        if (done.length > 0) {
          await real.send(new BatchWriteCommand({ RequestItems: { [name]: done } }));
        }
        const rest = requests.slice(take);
        return {
          $metadata: {},
          UnprocessedItems: rest.length > 0 ? { [name]: rest } : {},
        } satisfies BatchWriteCommandOutput;
      };
      return { doc: { send } as unknown as DynamoDBDocumentClient, calls };
    };

    it('sends the rest again until every item is written', async () => {
      const { doc, calls } = stingyClient(10);
      const store = new DynamoStore(doc, table.tableName, table.deps.clock, {
        batchBackoff: () => 1,
      });
      const items = Array.from({ length: 30 }, (_, seq) => ({
        ref: chunkRef('s4.i1.', seq),
        data: { seq, count: 1, payload: Uint8Array.of(seq) },
      }));

      await store.putBulk(orgA, items);

      expect(calls.sort((a, b) => b - a)).toEqual([25, 15, 5, 5]);
      const stored = await table.deps.store.list<{ seq: number }>(orgA, 'surveyChunk', {
        cycle: CYCLE,
        idPrefix: 's4.',
      });
      expect(stored.map((s) => s.seq)).toEqual(items.map((i) => i.data.seq));
    });

    it('gives up after the last attempt with an error', async () => {
      const { doc, calls } = stingyClient(0);
      const store = new DynamoStore(doc, table.tableName, table.deps.clock, {
        batchAttempts: 3,
        batchBackoff: () => 1,
      });

      await expect(
        store.putBulk(orgA, [{ ref: chunkRef('s5.i1.', 0), data: { payload: Uint8Array.of(1) } }]),
      ).rejects.toThrow(/1 items unprocessed after 3 attempts/);
      expect(calls).toEqual([1, 1, 1]);
    });
  });
});
