import { join } from 'node:path';
import type { LinkRunReport } from '../functions/domain/linked-sheets';
import type { Locale, MessageKey } from '../functions/i18n';
import { loadLinkedSheetsConfig } from '../functions/handlers/linked-sheets-config';
import { createSyncDeps, gatewayFactory, runSync } from '../functions/handlers/linked-sheets-sync';
import { startDynamoLocal, type RunningDynamo } from '../functions/local/dynamodb-local';
import { localOptions } from '../functions/local/options';
import type { Config } from '../functions/shared/config';
import { createLogger } from '../functions/shared/logger';

export interface SyncCliOptions {
  locale: Locale;
  org?: string | undefined;
  link?: string | undefined;
}

/** A problem `ciklas sync` explains in one line, exit code 2. */
export class SyncCliError extends Error {
  override readonly name = 'SyncCliError';
  constructor(
    readonly key: MessageKey,
    readonly params: Record<string, string | number> = {},
  ) {
    super(key);
  }
}

type Say = (key: MessageKey, params?: Record<string, string | number>) => string;

const lineOf = (report: LinkRunReport, say: Say, email: string): string => {
  const at = { org: report.orgId, year: report.cycle, survey: report.surveyId };
  const counts = report.counts ?? { rowsRead: 0, added: 0, alreadyImported: 0 };
  switch (report.result) {
    case 'committed':
      return say('cli.sync.committed', { ...at, ...counts });
    case 'nothingNew':
      return say('cli.sync.nothingNew', { ...at, rowsRead: counts.rowsRead });
    case 'flagged':
      return say('cli.sync.flagged', {
        ...at,
        reason: say(
          `linkedSheets.flag.reason.${report.status?.flagged?.reason ?? 'rejectedCells'}`,
        ),
      });
    case 'unlinked':
      return say('cli.sync.unlinked', at);
    case 'failed':
      return say('cli.sync.failed', {
        ...at,
        message: report.error
          ? say(report.error.key, { email, ...report.error.params })
          : say('linkedSheets.error.internal'),
      });
  }
};

/**
 * `ciklas sync`: the nightly job's code, now, against the local DynamoDB (`.data/`): the one
 * `npm start` runs when DYNAMODB_ENDPOINT names it (the address it prints), else one started here
 * on the same files (stop `npm start` first). Credentials: CIKLAS_GOOGLE_CREDENTIALS, a service
 * account's JSON key file. One line per link on stdout; exit 1 when a link failed.
 */
export const syncCommand = async (
  options: SyncCliOptions,
  env: NodeJS.ProcessEnv,
  out: (line: string) => void,
  say: Say,
): Promise<number> => {
  const linked = loadLinkedSheetsConfig(env);
  if (!linked.credentialsFile) throw new SyncCliError('cli.sync.noCredentials');
  const local = localOptions(env);
  let dynamo: RunningDynamo | undefined;
  const endpoint =
    env.DYNAMODB_ENDPOINT ??
    (dynamo = await startDynamoLocal({ dbPath: join(local.dataDir, 'dynamodb') })).endpoint;
  try {
    const config: Config = {
      tableName: local.tableName,
      region: 'local',
      dynamodbEndpoint: endpoint,
      logLevel: 'silent',
    };
    const gateway = gatewayFactory(linked, config);
    // A key file that cannot be used is the user's to fix: say so before touching any link.
    const sheets = await gateway().catch((error: unknown) => {
      throw new SyncCliError('cli.sync.badCredentials', {
        file: linked.credentialsFile ?? '',
        reason: error instanceof Error ? error.message : String(error),
      });
    });
    const email = sheets?.serviceAccountEmail ?? '—';
    const summary = await runSync(
      createSyncDeps(config),
      async () => sheets,
      createLogger(env.LOG_LEVEL === 'debug' ? 'debug' : 'silent'),
      {
        ...(options.org ? { orgId: options.org } : {}),
        ...(options.link ? { surveyId: options.link } : {}),
        onLink: (report) => out(`${lineOf(report, say, email)}\n`),
      },
    );
    if (summary.links === 0) out(`${say('cli.sync.none')}\n`);
    return summary.failed > 0 ? 1 : 0;
  } finally {
    await dynamo?.stop();
  }
};
