import { performance } from 'node:perf_hooks';
import { createDocumentClient } from '../functions/adapters/dynamodb/client';
import { ensureTable } from '../functions/adapters/dynamodb/ensure-table';
import { createApi } from '../functions/shared/composition';
import { createLogger } from '../functions/shared/logger';
import { apiEvent, type EventOptions } from '../test/support/api';

export type Api = ReturnType<typeof createApi>;

export type Call = EventOptions;

export interface Caller {
  org: string;
  user?: string;
  roles?: string[];
}

/**
 * Calls the Lambda handler in process with the payload-2.0 event API Gateway sends, the
 * authorizer's claims those of `caller` (a director by default). A status ≥ 300 throws.
 */
export const invoke = async (
  api: Api,
  routeKey: string,
  call: Call = {},
  caller: Caller = { org: 'bench' },
): Promise<Record<string, unknown>> => {
  const event = apiEvent(routeKey, call, {
    requestId: 'bench',
    authorizer: {
      jwt: {
        claims: {
          sub: caller.user ?? 'bench',
          'custom:org': caller.org,
          'cognito:groups': `[${(caller.roles ?? ['director']).join(' ')}]`,
        },
        scopes: null,
      },
    },
  });
  const res = (await api(event)) as { statusCode: number; body?: string };
  const json = res.body ? (JSON.parse(res.body) as Record<string, unknown>) : {};
  if (res.statusCode >= 300) throw new Error(`${routeKey}: ${res.statusCode} ${res.body ?? ''}`);
  return json;
};

export const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

/** The result of `run` and how long it took, in ms. */
export const time = async <T>(run: () => Promise<T>): Promise<[T, number]> => {
  const t0 = performance.now();
  const result = await run();
  return [result, performance.now() - t0];
};

/** The API on a fresh table of DynamoDB Local at `endpoint` (the config, for other wiring too). */
export const localApi = async (endpoint: string, tableName: string) => {
  const doc = createDocumentClient({ region: 'local', endpoint });
  await ensureTable(doc, tableName);
  doc.destroy();
  const config = {
    tableName,
    region: 'local',
    dynamodbEndpoint: endpoint,
    logLevel: 'silent' as const,
  };
  return { api: createApi(config, createLogger('silent')), config };
};
