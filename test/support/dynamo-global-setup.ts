import { startDynamoLocal } from '../../functions/local/dynamodb-local';

/** One in-memory DynamoDB Local for the integration project; each suite makes its own table. */
export default async function setup(): Promise<void> {
  const dynamo = await startDynamoLocal();
  process.env.TEST_DYNAMODB_ENDPOINT = dynamo.endpoint;
  (globalThis as { __dynamo?: typeof dynamo }).__dynamo = dynamo;
}
