import {
  GetSecretValueCommand,
  SecretsManagerClient,
  type SecretsManagerClientConfig,
} from '@aws-sdk/client-secrets-manager';

export interface SecretsManagerClientOptions {
  region: string;
  /** A stand-in for Secrets Manager (tests): fixed credentials; absent in AWS. */
  endpoint?: string;
}

export const createSecretsManagerClient = ({
  region,
  endpoint,
}: SecretsManagerClientOptions): SecretsManagerClient => {
  const config: SecretsManagerClientConfig = {
    region,
    maxAttempts: 3,
    // A stuck connection must not eat the function's 29 s: a request gives up after 3 s (and is
    // retried), so the caller hears of an outage well inside API Gateway's limit.
    requestHandler: { connectionTimeout: 1_000, requestTimeout: 3_000 },
  };
  if (endpoint) {
    config.endpoint = endpoint;
    config.credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
  }
  return new SecretsManagerClient(config);
};

/**
 * A secret that could not be read: the deployment is misconfigured (no such secret, no
 * permission, an empty or binary value) or Secrets Manager failed. Not a user's error: the HTTP
 * adapter answers 500 and logs it with its cause.
 */
export class SecretUnavailableError extends Error {
  override readonly name = 'SecretUnavailableError';
  constructor(
    readonly secretId: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`Secret ${secretId} could not be read: ${reason}`, options);
  }
}

export interface CachedSecretOptions {
  /** Shorter values are refused (a configuration error), e.g. a key's minimum length. */
  minLength?: number;
}

const describe = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

const fetchSecretString = async (
  client: SecretsManagerClient,
  secretId: string,
  { minLength = 1 }: CachedSecretOptions,
): Promise<string> => {
  let value: string | undefined;
  try {
    ({ SecretString: value } = await client.send(
      new GetSecretValueCommand({ SecretId: secretId }),
    ));
  } catch (error) {
    throw new SecretUnavailableError(secretId, describe(error), { cause: error });
  }
  if (value === undefined) {
    throw new SecretUnavailableError(
      secretId,
      'it has no SecretString (binary secrets are not read)',
    );
  }
  if (value.length < minLength) {
    throw new SecretUnavailableError(secretId, `its value is shorter than ${minLength} characters`);
  }
  return value;
};

/**
 * The secret's string value, read once: the first call asks Secrets Manager (`GetSecretValue`),
 * every later call — concurrent ones included — shares that answer for the life of the process
 * (in Lambda: one call per cold start). A failed read is not kept: it rejects the calls that were
 * waiting for it with a `SecretUnavailableError`, and the next call asks again.
 */
export const cachedSecretString = (
  client: SecretsManagerClient,
  secretId: string,
  options: CachedSecretOptions = {},
): (() => Promise<string>) => {
  let pending: Promise<string> | undefined;
  return () => {
    if (!pending) {
      const attempt = fetchSecretString(client, secretId, options);
      pending = attempt;
      attempt.catch(() => {
        if (pending === attempt) pending = undefined;
      });
    }
    return pending;
  };
};
