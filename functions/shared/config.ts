import { z } from 'zod';
import { DEFAULT_TABLE_NAME } from '../adapters/dynamodb/table-definition';

/** The environment, read once and only here. */
const Env = z.object({
  TABLE_NAME: z.string().min(3).default(DEFAULT_TABLE_NAME),
  AWS_REGION: z.string().default('eu-central-1'),
  DYNAMODB_ENDPOINT: z.url().optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
});

export type Config = {
  tableName: string;
  region: string;
  dynamodbEndpoint?: string;
  logLevel: z.infer<typeof Env>['LOG_LEVEL'];
};

export const loadConfig = (env: NodeJS.ProcessEnv = process.env): Config => {
  const parsed = Env.parse(env);
  return {
    tableName: parsed.TABLE_NAME,
    region: parsed.AWS_REGION,
    logLevel: parsed.LOG_LEVEL,
    ...(parsed.DYNAMODB_ENDPOINT ? { dynamodbEndpoint: parsed.DYNAMODB_ENDPOINT } : {}),
  };
};
