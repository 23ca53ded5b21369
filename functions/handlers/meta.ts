import type { Operation } from '../adapters/http/http-handler';
import { buildOpenApi } from '../contracts/openapi';
import type { Routes } from '../contracts/routes';

let openApi: Record<string, unknown> | undefined;

export const getHealthOperation: Operation<Routes['getHealth']> = async (_in, ctx) => ({
  status: 'ok',
  time: ctx.deps.clock.now().toISOString(),
});

export const getOpenApiOperation: Operation<Routes['getOpenApi']> = async () =>
  (openApi ??= buildOpenApi());

export const getMeOperation: Operation<Routes['getMe']> = async (_in, ctx) => ({
  userId: ctx.actor.userId,
  orgId: ctx.actor.orgId,
  roles: ctx.actor.roles,
  locale: ctx.locale,
});
