import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contributorKeyer } from '../../../../functions/adapters/dynamodb/benchmark-contributor';
import { DynamoBenchmarkRepository } from '../../../../functions/adapters/dynamodb/benchmark-repository';
import { DeferredBenchmarkRepository } from '../../../../functions/adapters/secrets/deferred-benchmark-repository';
import { SecretUnavailableError } from '../../../../functions/adapters/secrets/secrets-manager';
import type { BenchmarkRepository } from '../../../../functions/domain/benchmark/repository';
import type { RequestContext } from '../../../../functions/domain/ports';
import { loadConfig, type Config } from '../../../../functions/shared/config';
import { createDeps } from '../../../../functions/shared/composition';
import { ACCESS_DENIED, FakeSecretsManager } from './fake-secrets-manager';

const ARN = 'arn:aws:secretsmanager:eu-central-1:123456789012:secret:BenchmarkSecret-AbCdEf';
const STORED = 'S'.repeat(64);
const FROM_ENV = 'E'.repeat(40);
const ctx: RequestContext = { actor: { userId: 'u@org', orgId: 'org-a', roles: ['director'] } };

describe('DeferredBenchmarkRepository', () => {
  const stub = (): BenchmarkRepository => ({
    replace: jest.fn(async () => undefined),
    entries: jest.fn(async () => []),
    withdraw: jest.fn(async () => 3),
  });

  it('loads the repository on the first call only and delegates every method to it', async () => {
    const inner = stub();
    const load = jest.fn(async () => inner);
    const deferred = new DeferredBenchmarkRepository(load);

    expect(load).not.toHaveBeenCalled();
    await deferred.replace(ctx, 2026, [], ['planDonePercent']);
    await deferred.entries(ctx, 'planDonePercent', 2026);
    await expect(deferred.withdraw(ctx, [2026])).resolves.toBe(3);

    expect(load).toHaveBeenCalledTimes(1);
    expect(inner.replace).toHaveBeenCalledWith(ctx, 2026, [], ['planDonePercent']);
    expect(inner.entries).toHaveBeenCalledWith(ctx, 'planDonePercent', 2026);
    expect(inner.withdraw).toHaveBeenCalledWith(ctx, [2026]);
  });

  it('rejects with the load’s error and loads again on the next call', async () => {
    const inner = stub();
    const failure = new SecretUnavailableError(ARN, 'AccessDeniedException: no');
    const load = jest.fn<Promise<BenchmarkRepository>, []>();
    load.mockRejectedValueOnce(failure).mockResolvedValue(inner);
    const deferred = new DeferredBenchmarkRepository(load);

    await expect(deferred.entries(ctx, 'planDonePercent', 2026)).rejects.toBe(failure);
    await expect(deferred.entries(ctx, 'planDonePercent', 2026)).resolves.toEqual([]);
    expect(load).toHaveBeenCalledTimes(2);
  });
});

/**
 * The wiring of createDeps, end to end over HTTP: the fake stands in for Secrets Manager and, at
 * the same address, for DynamoDB — it records the DynamoDB request (an `UnknownOperationException`
 * then ends the call), which is enough to see which contributor key the repository used.
 */
describe('createDeps: where the contributor key comes from', () => {
  const fake = new FakeSecretsManager();
  let dir: string;

  beforeAll(() => fake.start());
  afterAll(() => fake.stop());
  beforeEach(() => {
    fake.requests.length = 0;
    fake.put({ name: 'BenchmarkSecret', arn: ARN, secretString: STORED });
    dir = mkdtempSync(join(tmpdir(), 'ciklas-bm-secret-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const config = (extra: Partial<Config>): Config => ({
    tableName: 'ciklas-test',
    region: 'eu-central-1',
    logLevel: 'silent',
    dynamodbEndpoint: fake.endpoint,
    secretsManagerEndpoint: fake.endpoint,
    ...extra,
  });
  /** Opt-out queries the contributor index: the key it looks for names the secret used. */
  const contributorQueried = async (benchmarks: BenchmarkRepository | undefined) => {
    await expect(benchmarks!.withdraw(ctx, [])).rejects.toMatchObject({
      name: 'UnknownOperationException',
    });
    const query = fake.requests.find((r) => r.target === 'DynamoDB_20120810.Query');
    const values = query?.body.ExpressionAttributeValues as { ':pk': { S: string } };
    return values[':pk'].S;
  };
  const keyOf = (secret: string) => `BENCHMARK#CONTRIBUTOR#${contributorKeyer(secret)('org-a')}`;

  it('reads BENCHMARK_SECRET_ARN on the first benchmark call, not at wiring, and once', async () => {
    const deps = createDeps(config({ benchmarkSecretArn: ARN }));

    expect(deps.benchmarks).toBeInstanceOf(DeferredBenchmarkRepository);
    expect(fake.reads).toBe(0);
    expect(await contributorQueried(deps.benchmarks)).toBe(keyOf(STORED));
    await expect(deps.benchmarks!.withdraw(ctx, [])).rejects.toThrow();
    expect(fake.reads).toBe(1);
  });

  it('lets BENCHMARK_SECRET win over the ARN: Secrets Manager is never asked', async () => {
    const deps = createDeps(
      config({ benchmarkSecret: FROM_ENV, benchmarkSecretArn: ARN, benchmarkSecretFile: 'x' }),
    );

    expect(deps.benchmarks).toBeInstanceOf(DynamoBenchmarkRepository);
    expect(await contributorQueried(deps.benchmarks)).toBe(keyOf(FROM_ENV));
    expect(fake.reads).toBe(0);
  });

  it('uses the ARN before the local file, which it then never creates', async () => {
    const file = join(dir, 'benchmark-secret');
    const deps = createDeps(config({ benchmarkSecretArn: ARN, benchmarkSecretFile: file }));

    expect(await contributorQueried(deps.benchmarks)).toBe(keyOf(STORED));
    expect(existsSync(file)).toBe(false);
  });

  it('keeps the local behaviour without either: the file is generated and used', async () => {
    const file = join(dir, 'benchmark-secret');
    const deps = createDeps(config({ benchmarkSecretFile: file }));

    expect(await contributorQueried(deps.benchmarks)).toBe(
      keyOf(readFileSync(file, 'utf8').trim()),
    );
    expect(fake.reads).toBe(0);
  });

  it('leaves benchmarking off with no secret configured at all', () => {
    expect(createDeps(config({})).benchmarks).toBeUndefined();
  });

  it('surfaces an unreadable secret as SecretUnavailableError before DynamoDB is touched, then retries', async () => {
    fake.failNext(ACCESS_DENIED);
    const deps = createDeps(config({ benchmarkSecretArn: ARN }));

    await expect(deps.benchmarks!.entries(ctx, 'planDonePercent', 2026)).rejects.toBeInstanceOf(
      SecretUnavailableError,
    );
    expect(fake.requests.map((r) => r.target)).toEqual(['secretsmanager.GetSecretValue']);
    expect(await contributorQueried(deps.benchmarks)).toBe(keyOf(STORED));
    expect(fake.reads).toBe(2);
  });

  it('reads BENCHMARK_SECRET_ARN and SECRETS_MANAGER_ENDPOINT from the environment', () => {
    expect(
      loadConfig({ BENCHMARK_SECRET_ARN: ARN, SECRETS_MANAGER_ENDPOINT: 'http://127.0.0.1:1' }),
    ).toMatchObject({ benchmarkSecretArn: ARN, secretsManagerEndpoint: 'http://127.0.0.1:1' });
    expect(() => loadConfig({ BENCHMARK_SECRET_ARN: 'BenchmarkSecret' })).toThrow();
  });
});
