import { createDocumentClient } from '../adapters/dynamodb/client';
import { DynamoStore } from '../adapters/dynamodb/dynamo-store';
import { createHttpHandler } from '../adapters/http/http-handler';
import type { Clock, Deps } from '../domain/ports';
import { operations } from '../handlers/operations';
import type { Config } from './config';
import { newId } from './ids';
import { createLogger, type Logger } from './logger';

export const systemClock: Clock = { now: () => new Date() };

/** Wires the adapters once per cold start (or once per local server). */
export const createDeps = (config: Config, clock: Clock = systemClock): Deps => {
  const doc = createDocumentClient({
    region: config.region,
    ...(config.dynamodbEndpoint ? { endpoint: config.dynamodbEndpoint } : {}),
  });
  return { store: new DynamoStore(doc, config.tableName, clock), clock, newId };
};

export const createApi = (
  config: Config,
  logger: Logger = createLogger(config.logLevel),
  clock?: Clock,
) => {
  const deps = createDeps(config, clock);
  return createHttpHandler({ operations, deps, logger });
};
