import {
  cachedSecretString,
  createSecretsManagerClient,
  SecretUnavailableError,
} from '../../../../functions/adapters/secrets/secrets-manager';
import { ACCESS_DENIED, FakeSecretsManager } from './fake-secrets-manager';

const ARN = 'arn:aws:secretsmanager:eu-central-1:123456789012:secret:BenchmarkSecret-AbCdEf';
const VALUE = 'x'.repeat(64);

describe('cachedSecretString (Secrets Manager, through a fake at the HTTP boundary)', () => {
  const fake = new FakeSecretsManager();
  let client: ReturnType<typeof createSecretsManagerClient>;

  beforeAll(async () => {
    await fake.start();
    client = createSecretsManagerClient({ region: 'eu-central-1', endpoint: fake.endpoint });
  });

  beforeEach(() => {
    fake.requests.length = 0;
    fake.put({ name: 'BenchmarkSecret', arn: ARN, secretString: VALUE });
  });

  afterAll(async () => {
    client.destroy();
    await fake.stop();
  });

  it('reads the SecretString with GetSecretValue over JSON 1.1, signed for secretsmanager', async () => {
    const secret = cachedSecretString(client, ARN);

    await expect(secret()).resolves.toBe(VALUE);
    expect(fake.requests).toEqual([
      {
        target: 'secretsmanager.GetSecretValue',
        contentType: 'application/x-amz-json-1.1',
        signedService: 'secretsmanager',
        body: { SecretId: ARN },
      },
    ]);
  });

  it('asks once for many reads, concurrent and later ones', async () => {
    const secret = cachedSecretString(client, ARN);

    const concurrent = await Promise.all([secret(), secret(), secret(), secret(), secret()]);
    const later = [await secret(), await secret()];

    expect([...concurrent, ...later]).toEqual(Array(7).fill(VALUE));
    expect(fake.reads).toBe(1);
  });

  it('keeps the first value for the life of the process, even when the secret changes', async () => {
    const secret = cachedSecretString(client, ARN);
    await secret();
    fake.put({ name: 'BenchmarkSecret', arn: ARN, secretString: 'y'.repeat(64) });

    await expect(secret()).resolves.toBe(VALUE);
    expect(fake.reads).toBe(1);
  });

  it('does not keep a failure: the waiting calls reject, the next call asks again', async () => {
    const secret = cachedSecretString(client, ARN);
    fake.failNext(ACCESS_DENIED);

    const failed = await Promise.allSettled([secret(), secret()]);
    const retried = await secret();
    const cached = await secret();

    expect(failed.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    const error = (failed[0] as PromiseRejectedResult).reason as SecretUnavailableError;
    expect(error).toBeInstanceOf(SecretUnavailableError);
    expect(error.name).toBe('SecretUnavailableError');
    expect(error.secretId).toBe(ARN);
    expect(error.message).toBe(
      `Secret ${ARN} could not be read: AccessDeniedException: ${ACCESS_DENIED.message}`,
    );
    expect((error.cause as Error).name).toBe('AccessDeniedException');
    expect([retried, cached]).toEqual([VALUE, VALUE]);
    expect(fake.reads).toBe(2);
  });

  it('names a secret that does not exist', async () => {
    const missing = ARN.replace('AbCdEf', 'Gone00');

    await expect(cachedSecretString(client, missing)()).rejects.toThrow(
      `Secret ${missing} could not be read: ResourceNotFoundException: Secrets Manager can't find the specified secret.`,
    );
  });

  it('retries what the service calls transient (a 500) within one read', async () => {
    fake.failNext({ status: 500, type: 'InternalServiceError', message: 'try again' });

    await expect(cachedSecretString(client, ARN)()).resolves.toBe(VALUE);
    expect(fake.reads).toBe(2);
  });

  it('refuses a binary secret and one shorter than minLength, and asks again next time', async () => {
    fake.put({ name: 'BenchmarkSecret', arn: ARN, secretBinary: Buffer.from('bytes') });
    const binary = cachedSecretString(client, ARN);
    await expect(binary()).rejects.toThrow(/has no SecretString/);

    fake.put({ name: 'BenchmarkSecret', arn: ARN, secretString: 'short' });
    const short = cachedSecretString(client, ARN, { minLength: 32 });
    await expect(short()).rejects.toThrow(
      new SecretUnavailableError(ARN, 'its value is shorter than 32 characters'),
    );

    fake.put({ name: 'BenchmarkSecret', arn: ARN, secretString: VALUE });
    await expect(short()).resolves.toBe(VALUE);
    expect(fake.reads).toBe(3);
  });
});

describe('FakeSecretsManager (the stand-in itself)', () => {
  const fake = new FakeSecretsManager();

  beforeAll(() => fake.start());
  afterAll(() => fake.stop());

  it('answers another operation with UnknownOperationException, as the service does', async () => {
    const res = await fetch(`${fake.endpoint}/`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'secretsmanager.PutSecretValue',
        authorization:
          'AWS4-HMAC-SHA256 Credential=local/20260101/eu-central-1/secretsmanager/aws4_request, SignedHeaders=host, Signature=0',
      },
      body: JSON.stringify({ SecretId: ARN, SecretString: 'z' }),
    });

    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      __type: 'UnknownOperationException',
      message: expect.stringContaining('secretsmanager.PutSecretValue'),
    });
  });
});
