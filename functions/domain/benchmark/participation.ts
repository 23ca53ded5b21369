import { StateError } from '../errors';
import type { Deps, RequestContext } from '../ports';
import type { BenchmarkRepository } from './repository';

/** The organisation's choice to share its figures: its own item, so each change is audited. */
export interface Participation {
  optedIn: boolean;
  /** Years it has published figures for (what an opt-out removes). */
  publishedYears: number[];
}

export const PARTICIPATION_REF = { type: 'benchmarkParticipation', id: 'settings' } as const;

export interface ParticipationState {
  participation: Participation;
  /** The stored item's version; 0 before the organisation ever chose. */
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

export const readParticipation = async (
  ctx: RequestContext,
  deps: Deps,
): Promise<ParticipationState> => {
  const stored = await deps.store.get<Participation>(ctx, PARTICIPATION_REF);
  if (!stored) {
    return {
      participation: { optedIn: false, publishedYears: [] },
      version: 0,
      updatedAt: null,
      updatedBy: null,
    };
  }
  return {
    participation: { optedIn: stored.optedIn, publishedYears: stored.publishedYears },
    version: stored.version,
    updatedAt: stored.updatedAt,
    updatedBy: stored.updatedBy,
  };
};

/** The shared partition, when this deployment has one (a contributor secret is configured). */
export const requireRepository = (deps: Deps): BenchmarkRepository => {
  if (!deps.benchmarks) throw new StateError('benchmark.notConfigured');
  return deps.benchmarks;
};

/** Only organisations that share their own figures see others' (give to get). */
export const requireOptedIn = async (
  ctx: RequestContext,
  deps: Deps,
): Promise<ParticipationState> => {
  const state = await readParticipation(ctx, deps);
  if (!state.participation.optedIn) throw new StateError('benchmark.notOptedIn');
  return state;
};
