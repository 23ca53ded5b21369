import { randomUUID } from 'node:crypto';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { createDocumentClient } from '../../functions/adapters/dynamodb/client';
import { DynamoStore } from '../../functions/adapters/dynamodb/dynamo-store';
import { ensureTable } from '../../functions/adapters/dynamodb/ensure-table';
import type { Clock, Deps } from '../../functions/domain/ports';
import { newId } from '../../functions/shared/ids';

export interface TestTable {
  tableName: string;
  endpoint: string;
  deps: Deps;
  /** Moves the test clock. */
  setNow(iso: string): void;
  drop(): Promise<void>;
}

/** A fresh table on the suite's DynamoDB Local, made from the same definition as production. */
export const createTestTable = async (now = '2026-11-24T10:00:00Z'): Promise<TestTable> => {
  const endpoint = process.env.TEST_DYNAMODB_ENDPOINT;
  if (!endpoint)
    throw new Error('TEST_DYNAMODB_ENDPOINT is not set: run through the integration project');
  const tableName = `test-${randomUUID()}`;
  const doc = createDocumentClient({ region: 'local', endpoint });
  await ensureTable(doc, tableName);
  let current = new Date(now);
  const clock: Clock = { now: () => current };
  return {
    tableName,
    endpoint,
    deps: { store: new DynamoStore(doc, tableName, clock), clock, newId },
    setNow: (iso) => (current = new Date(iso)),
    drop: async () => {
      await doc.send(new DeleteTableCommand({ TableName: tableName }));
      doc.destroy();
    },
  };
};
