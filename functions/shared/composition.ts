import { createDocumentClient } from '../adapters/dynamodb/client';
import { DynamoStore } from '../adapters/dynamodb/dynamo-store';
import {
  contributorKeyer,
  loadOrCreateBenchmarkSecret,
  MIN_BENCHMARK_SECRET_LENGTH,
} from '../adapters/dynamodb/benchmark-contributor';
import { DynamoAccessTokenRepository } from '../adapters/dynamodb/access-token-repository';
import { DynamoBenchmarkRepository } from '../adapters/dynamodb/benchmark-repository';
import { DynamoLinkedSheetIndex } from '../adapters/dynamodb/linked-sheets-index';
import { createHttpHandler } from '../adapters/http/http-handler';
import { DeferredBenchmarkRepository } from '../adapters/secrets/deferred-benchmark-repository';
import {
  cachedSecretString,
  createSecretsManagerClient,
} from '../adapters/secrets/secrets-manager';
import { LocalUploadStore } from '../adapters/uploads/local-upload-store';
import { createS3Client, S3UploadStore } from '../adapters/uploads/s3-upload-store';
import type { UploadStore } from '../adapters/uploads/upload-store';
import type { BenchmarkRepository } from '../domain/benchmark/repository';
import type { Clock, Deps } from '../domain/ports';
import { operations } from '../handlers/operations';
import type { Config } from './config';
import { newId } from './ids';
import { createLogger, type Logger } from './logger';

export const systemClock: Clock = { now: () => new Date() };

/**
 * The shared benchmark partition, keyed by the first contributor secret configured:
 * `benchmarkSecret` (env: tests, a deliberate override), else the Secrets Manager secret
 * `benchmarkSecretArn` (AWS: read on the first benchmark call, once per cold start; a failed
 * read surfaces as a 500 with its cause logged and is tried again on the next call), else the
 * local file (`npm start`). None: undefined, and benchmarking is off (409 notConfigured).
 */
const createBenchmarkRepository = (
  config: Config,
  doc: ReturnType<typeof createDocumentClient>,
): BenchmarkRepository | undefined => {
  const withSecret = (secret: string) =>
    new DynamoBenchmarkRepository(doc, config.tableName, contributorKeyer(secret));
  if (config.benchmarkSecret) return withSecret(config.benchmarkSecret);
  if (config.benchmarkSecretArn) {
    const client = createSecretsManagerClient({
      region: config.region,
      ...(config.secretsManagerEndpoint ? { endpoint: config.secretsManagerEndpoint } : {}),
    });
    const secret = cachedSecretString(client, config.benchmarkSecretArn, {
      minLength: MIN_BENCHMARK_SECRET_LENGTH,
    });
    return new DeferredBenchmarkRepository(async () => withSecret(await secret()));
  }
  if (config.benchmarkSecretFile) {
    return withSecret(loadOrCreateBenchmarkSecret(config.benchmarkSecretFile));
  }
  return undefined;
};

/** Wires the adapters once per cold start (or once per local server). */
export const createDeps = (config: Config, clock: Clock = systemClock): Deps => {
  const doc = createDocumentClient({
    region: config.region,
    ...(config.dynamodbEndpoint ? { endpoint: config.dynamodbEndpoint } : {}),
  });
  const benchmarks = createBenchmarkRepository(config, doc);
  return {
    store: new DynamoStore(doc, config.tableName, clock),
    clock,
    newId,
    ...(benchmarks ? { benchmarks } : {}),
    accessTokens: new DynamoAccessTokenRepository(doc, config.tableName, clock),
    linkedSheets: new DynamoLinkedSheetIndex(doc, config.tableName),
  };
};

/** The upload store in AWS: S3, when the stack names a bucket (`UPLOAD_BUCKET`). */
export const createUploadStore = (
  config: Config,
  clock: Clock = systemClock,
): UploadStore | undefined => {
  if (!config.uploadBucket) return undefined;
  const client = createS3Client({
    region: config.region,
    ...(config.s3Endpoint ? { endpoint: config.s3Endpoint } : {}),
  });
  return new S3UploadStore(client, config.uploadBucket, clock);
};

/**
 * The upload store under `npm start`: files in `config.uploadDir`, PUT through the local gateway
 * at `publicUrl` (the server's address, known once it listens).
 */
export const createLocalUploadStore = (
  config: Config,
  publicUrl: () => string,
  clock: Clock = systemClock,
): LocalUploadStore => {
  if (!config.uploadDir) throw new Error('config.uploadDir is not set');
  return new LocalUploadStore({ dir: config.uploadDir, publicUrl, clock });
};

export const createApi = (
  config: Config,
  logger: Logger = createLogger(config.logLevel),
  clock?: Clock,
  uploads: UploadStore | undefined = createUploadStore(config, clock),
) => {
  const deps = createDeps(config, clock);
  return createHttpHandler({ operations, deps, logger, ...(uploads ? { uploads } : {}) });
};
