import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createDocumentClient } from '../adapters/dynamodb/client';
import { ensureTable } from '../adapters/dynamodb/ensure-table';
import type { Config } from '../shared/config';
import { createAuthenticator } from '../adapters/http/authenticate';
import { createApi, createDeps, createLocalUploadStore, systemClock } from '../shared/composition';
import { createLogger } from '../shared/logger';
import { startDynamoLocal, type RunningDynamo } from './dynamodb-local';
import { createGatewayServer } from './gateway';
import { loadOrCreateKeys, signLocalToken, verifyLocalToken } from './jwt';
import { localOptions } from './options';
import { DEMO_ORG_ID, seedDemo } from './seed';

/** `npm start`: DynamoDB Local on disk, the table, the demo organisation, the API on PORT. */
const main = async (): Promise<void> => {
  const started = Date.now();
  const options = localOptions();
  const logger = createLogger(options.logLevel);
  let dynamo: RunningDynamo | undefined;
  try {
    dynamo = await startDynamoLocal({ dbPath: join(options.dataDir, 'dynamodb') });
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  const config: Config = {
    tableName: options.tableName,
    region: 'local',
    dynamodbEndpoint: dynamo.endpoint,
    logLevel: options.logLevel,
    uploadDir: join(options.dataDir, 'uploads'),
    benchmarkSecretFile: join(options.dataDir, 'benchmark-secret'),
  };
  const doc = createDocumentClient({ region: config.region, endpoint: dynamo.endpoint });
  await ensureTable(doc, config.tableName);
  doc.destroy();
  const seeded = await seedDemo(createDeps(config));
  const keys = await loadOrCreateKeys(options.dataDir);
  let url = `http://${options.host}:${options.port}`;
  const uploads = createLocalUploadStore(config, () => url);
  // Uploads older than a day go, as the bucket's lifecycle rule removes them in AWS.
  await uploads.sweep();
  // The same authenticator as the AWS Lambda authorizer: local JWTs and personal access tokens.
  const { accessTokens } = createDeps(config);
  if (!accessTokens) throw new Error('no access-token repository');
  const authenticate = createAuthenticator({
    verifyJwt: (token) => verifyLocalToken(keys, token),
    accessTokens,
    clock: systemClock,
  });
  const server = createGatewayServer(
    createApi(config, logger, undefined, uploads),
    authenticate,
    (error) => logger.error('gateway error', { error }),
    { uploads: (token, put) => uploads.receive(token, put) },
  );
  try {
    await new Promise<void>((ok, fail) => {
      server.once('error', fail);
      server.listen(options.port, options.host, ok);
    });
  } catch (error) {
    await dynamo.stop();
    const inUse = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
    console.error(
      inUse
        ? `Prievadas ${options.port} užimtas / port ${options.port} is in use: PORT=${options.port + 1} npm start`
        : error,
    );
    process.exit(1);
  }
  const { port } = server.address() as AddressInfo;
  url = `http://${options.host === '0.0.0.0' ? 'localhost' : options.host}:${port}`;
  const token = await signLocalToken(keys, {
    orgId: DEMO_ORG_ID,
    roles: ['director'],
    userId: 'direktorius@demo',
  });
  console.log(
    [
      `Ciklas veikia / is running: ${url}  (${Date.now() - started} ms)`,
      `Duomenys / data: ${options.dataDir} (DynamoDB Local ${dynamo.endpoint}; demo ${seeded === 'seeded' ? 'sukurta / seeded' : 'jau yra / present'})`,
      `API: ${url}/openapi.json`,
      '',
      'Demo direktoriaus raktas / demo director token (12 h):',
      `TOKEN=${token}`,
      '',
      `curl -H "Authorization: Bearer $TOKEN" ${url}/v1/cycles`,
      'Kitas raktas / another token: npm run token -- --org demo --role staff --user ona@demo',
      'Sustabdyti / stop: Ctrl-C',
    ].join('\n'),
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stabdoma / shutting down…`);
    server.closeAllConnections();
    await new Promise<void>((ok) => server.close(() => ok()));
    await dynamo?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
};

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
