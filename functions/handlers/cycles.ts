import type { Operation } from '../adapters/http/http-handler';
import type { Routes } from '../contracts/routes';
import { getCycle, listCycles, saveCycle, type CycleState } from '../domain/cycle/cycle-service';
import { ConflictError } from '../domain/errors';
import { cycleView } from './views/cycle-view';

export const listCyclesOperation: Operation<Routes['listCycles']> = async (_in, ctx) => {
  const states = await listCycles(ctx, ctx.deps);
  return { items: states.map((s) => cycleView(s, ctx.locale)) };
};

export const getCycleOperation: Operation<Routes['getCycle']> = async ({ params }, ctx) =>
  cycleView(await getCycle(ctx, params.year, ctx.deps), ctx.locale);

export const putCycleOperation: Operation<Routes['putCycle']> = async ({ params, body }, ctx) => {
  const { version, ...input } = body;
  try {
    return cycleView(await saveCycle(ctx, params.year, input, version, ctx.deps), ctx.locale);
  } catch (error) {
    if (error instanceof ConflictError && error.current) {
      throw new ConflictError(cycleView(error.current as CycleState, ctx.locale), { cause: error });
    }
    throw error;
  }
};
