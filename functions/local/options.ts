import { resolve } from 'node:path';

/** Settings of the local run, from the environment (the Lambda config stays in shared/config.ts). */
// The SDK's notice that its 2027 releases need Node 22 is for the README, not for every start.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

export const localOptions = (env: NodeJS.ProcessEnv = process.env) => ({
  port: env.PORT === undefined ? 3000 : Number(env.PORT),
  host: env.HOST ?? '127.0.0.1',
  dataDir: resolve(env.DATA_DIR ?? '.data'),
  tableName: env.TABLE_NAME ?? 'ciklas',
  logLevel: (env.LOG_LEVEL ?? 'warn') as 'debug' | 'info' | 'warn' | 'error' | 'silent',
});
