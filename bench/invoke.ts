import type { createApi } from '../functions/shared/composition';
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
