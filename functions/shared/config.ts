import { z } from 'zod';
import { DEFAULT_TABLE_NAME } from '../adapters/dynamodb/table-definition';

/** The environment, read once and only here. */
const Env = z.object({
  TABLE_NAME: z.string().min(3).default(DEFAULT_TABLE_NAME),
  AWS_REGION: z.string().default('eu-central-1'),
  DYNAMODB_ENDPOINT: z.url().optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  /** The S3 bucket of pre-signed uploads (set by the CDK stack). */
  UPLOAD_BUCKET: z.string().min(3).optional(),
  /** A stand-in for S3 (tests); absent in AWS. */
  S3_ENDPOINT: z.url().optional(),
  /** The key of benchmark contributors' pseudonyms (HMAC); without it benchmarking is off. */
  BENCHMARK_SECRET: z.string().min(32).optional(),
  /** The Secrets Manager secret holding that key (set by the CDK stack); BENCHMARK_SECRET wins. */
  BENCHMARK_SECRET_ARN: z
    .string()
    .regex(/^arn:aws[a-z-]*:secretsmanager:/)
    .optional(),
  /** A stand-in for Secrets Manager (tests); absent in AWS. */
  SECRETS_MANAGER_ENDPOINT: z.url().optional(),
  /** The Cognito user pool whose ID tokens the authorizer accepts (set by the CDK stack). */
  USER_POOL_ID: z.string().min(1).optional(),
  /** The app client those ID tokens name in `aud`. */
  USER_POOL_CLIENT_ID: z.string().min(1).optional(),
  /** A stand-in for the pool's JWKS (tests); absent in AWS. */
  JWKS_URL: z.url().optional(),
});

export type Config = {
  tableName: string;
  region: string;
  dynamodbEndpoint?: string;
  logLevel: z.infer<typeof Env>['LOG_LEVEL'];
  /** In AWS: uploads go to this bucket through pre-signed URLs. */
  uploadBucket?: string;
  s3Endpoint?: string;
  /** Locally (`npm start`): uploads live in this folder, PUT through the local gateway. */
  uploadDir?: string;
  /** HMAC key of benchmark contributors' pseudonyms (docs/benchmarking.md). */
  benchmarkSecret?: string;
  /** In AWS: the Secrets Manager secret holding that key, read on the first benchmark call. */
  benchmarkSecretArn?: string;
  secretsManagerEndpoint?: string;
  /** Locally: where the generated benchmark secret is kept when `benchmarkSecret` is not set. */
  benchmarkSecretFile?: string;
  /** The authorizer: the Cognito user pool and app client whose ID tokens it accepts. */
  userPoolId?: string;
  userPoolClientId?: string;
  jwksUrl?: string;
};

export const loadConfig = (env: NodeJS.ProcessEnv = process.env): Config => {
  const parsed = Env.parse(env);
  return {
    tableName: parsed.TABLE_NAME,
    region: parsed.AWS_REGION,
    logLevel: parsed.LOG_LEVEL,
    ...(parsed.DYNAMODB_ENDPOINT ? { dynamodbEndpoint: parsed.DYNAMODB_ENDPOINT } : {}),
    ...(parsed.UPLOAD_BUCKET ? { uploadBucket: parsed.UPLOAD_BUCKET } : {}),
    ...(parsed.S3_ENDPOINT ? { s3Endpoint: parsed.S3_ENDPOINT } : {}),
    ...(parsed.BENCHMARK_SECRET ? { benchmarkSecret: parsed.BENCHMARK_SECRET } : {}),
    ...(parsed.BENCHMARK_SECRET_ARN ? { benchmarkSecretArn: parsed.BENCHMARK_SECRET_ARN } : {}),
    ...(parsed.SECRETS_MANAGER_ENDPOINT
      ? { secretsManagerEndpoint: parsed.SECRETS_MANAGER_ENDPOINT }
      : {}),
    ...(parsed.USER_POOL_ID ? { userPoolId: parsed.USER_POOL_ID } : {}),
    ...(parsed.USER_POOL_CLIENT_ID ? { userPoolClientId: parsed.USER_POOL_CLIENT_ID } : {}),
    ...(parsed.JWKS_URL ? { jwksUrl: parsed.JWKS_URL } : {}),
  };
};
