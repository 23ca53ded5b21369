import { z } from 'zod';

/** The sync job's own environment, read once (the API's lives in shared/config.ts). */
const Env = z.object({
  /** The Secrets Manager secret holding the service account's JSON key (set by the CDK stack). */
  GOOGLE_CREDENTIALS_SECRET_ARN: z
    .string()
    .regex(/^arn:aws[a-z-]*:secretsmanager:/)
    .optional(),
  /** Locally (`npx ciklas sync`): a path to the service account's JSON key file. */
  CIKLAS_GOOGLE_CREDENTIALS: z.string().min(1).optional(),
  /** A stand-in for the Sheets API (tests, local runs); absent in AWS. */
  CIKLAS_SHEETS_ROOT_URL: z.url().optional(),
});

export interface LinkedSheetsConfig {
  credentialsSecretArn?: string;
  credentialsFile?: string;
  sheetsRootUrl?: string;
}

export const loadLinkedSheetsConfig = (
  env: NodeJS.ProcessEnv = process.env,
): LinkedSheetsConfig => {
  const parsed = Env.parse(env);
  return {
    ...(parsed.GOOGLE_CREDENTIALS_SECRET_ARN
      ? { credentialsSecretArn: parsed.GOOGLE_CREDENTIALS_SECRET_ARN }
      : {}),
    ...(parsed.CIKLAS_GOOGLE_CREDENTIALS
      ? { credentialsFile: parsed.CIKLAS_GOOGLE_CREDENTIALS }
      : {}),
    ...(parsed.CIKLAS_SHEETS_ROOT_URL ? { sheetsRootUrl: parsed.CIKLAS_SHEETS_ROOT_URL } : {}),
  };
};
