import { getOrganisation } from '../org/org-service';
import type { Deps, RequestContext } from '../ports';
import type { BenchmarkSection } from '../reports/model';
import { BENCHMARK_FIGURE_CODES, type BenchmarkFigureCode } from './figures';
import { readParticipation, requireOptedIn, requireRepository } from './participation';
import { normaliseMunicipality, type BenchmarkRepository, type PeerAttributes } from './repository';
import { figureView, type FigureView } from './view';

export const ownPeerAttributes = async (
  ctx: RequestContext,
  deps: Deps,
): Promise<PeerAttributes> => {
  const org = await getOrganisation(ctx, deps);
  return { orgType: org.type, municipality: normaliseMunicipality(org.municipality) };
};

const viewsOf = async (
  ctx: RequestContext,
  repository: BenchmarkRepository,
  year: number,
  figures: readonly BenchmarkFigureCode[],
  self: PeerAttributes,
): Promise<FigureView[]> =>
  Promise.all(
    figures.map(async (figure) =>
      figureView(figure, year, await repository.entries(ctx, figure, year), self),
    ),
  );

/**
 * The benchmark view of `year`: for each figure (all in the catalogue unless named), the peer
 * groups with median, quartiles and the organisation's own position, or "not enough data".
 * Only an organisation that shares its figures sees them.
 */
export const getBenchmarks = async (
  ctx: RequestContext,
  year: number,
  figures: readonly BenchmarkFigureCode[] = BENCHMARK_FIGURE_CODES,
  deps: Deps,
): Promise<FigureView[]> => {
  const repository = requireRepository(deps);
  await requireOptedIn(ctx, deps);
  return viewsOf(ctx, repository, year, figures, await ownPeerAttributes(ctx, deps));
};

/**
 * The annual report's benchmark section: the shared figures' peer groups that have enough data,
 * with the organisation's published value and position. null when this deployment has no shared
 * partition, the organisation does not share, or it is not described.
 */
export const loadBenchmarkSection = async (
  ctx: RequestContext,
  year: number,
  deps: Deps,
): Promise<BenchmarkSection | null> => {
  if (!deps.benchmarks) return null;
  const [state, org] = await Promise.all([
    readParticipation(ctx, deps),
    deps.store.get<{ type: PeerAttributes['orgType']; municipality: string }>(ctx, {
      type: 'org',
      id: 'profile',
    }),
  ]);
  if (!state.participation.optedIn || !org) return null;
  const self = { orgType: org.type, municipality: normaliseMunicipality(org.municipality) };
  const views = await viewsOf(ctx, deps.benchmarks, year, BENCHMARK_FIGURE_CODES, self);
  return {
    rows: views.flatMap((view) =>
      view.peerGroups.flatMap(({ group, result }) =>
        result.status === 'shown'
          ? [
              {
                indicatorCode: view.figure,
                peerGroup: group,
                value: result.own?.value ?? null,
                organisations: result.organisations,
                median: result.median,
                lowerQuartile: result.lowerQuartile,
                upperQuartile: result.upperQuartile,
                percentileRank: result.percentileRank,
                position: result.position,
              },
            ]
          : [],
      ),
    ),
  };
};
