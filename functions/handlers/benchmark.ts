import type { AreaOperations } from '../adapters/http/http-handler';
import type { BENCHMARK_ROUTES } from '../contracts/benchmark-routes';
import {
  BENCHMARK_FIGURE_CODES,
  BENCHMARK_FIGURES,
  MIN_ORGANISATIONS,
  MIN_RESPONDENTS,
  type BenchmarkFigureCode,
  type PeerGroup,
} from '../domain/benchmark/figures';
import { readParticipation, type ParticipationState } from '../domain/benchmark/participation';
import { publishYear, setParticipation } from '../domain/benchmark/publish-service';
import { getBenchmarks } from '../domain/benchmark/read-service';
import type { PeerResult } from '../domain/benchmark/view';
import { getOrganisation } from '../domain/org/org-service';
import { t, type Locale, type MessageKey } from '../i18n';

const figureInfo = (figure: BenchmarkFigureCode, locale: Locale) => {
  const definition = BENCHMARK_FIGURES[figure];
  return {
    figure,
    label: t(locale, `benchmark.figure.${figure}`),
    unit: definition.unit,
    unitLabel: t(locale, `reports.unit.${definition.unit}` as MessageKey),
    survey: definition.survey,
    hasSource: definition.source !== null,
  };
};

const participationView = (state: ParticipationState, locale: Locale) => ({
  optedIn: state.participation.optedIn,
  publishedYears: state.participation.publishedYears,
  version: state.version,
  updatedAt: state.updatedAt,
  updatedBy: state.updatedBy,
  minimumOrganisations: MIN_ORGANISATIONS,
  minimumRespondents: MIN_RESPONDENTS,
  figures: BENCHMARK_FIGURE_CODES.map((f) => figureInfo(f, locale)),
});

const groupLabel = (
  group: PeerGroup,
  own: { type: string; municipality: string },
  locale: Locale,
): string =>
  t(locale, `benchmark.peerGroup.${group}`, {
    orgType: t(locale, `benchmark.orgType.${own.type}` as MessageKey),
    municipality: own.municipality,
  });

const peerResultView = (result: PeerResult, locale: Locale) =>
  result.status === 'shown'
    ? {
        ...result,
        positionLabel: result.position ? t(locale, `benchmark.position.${result.position}`) : null,
      }
    : {
        ...result,
        message: t(
          locale,
          result.minimumRespondents === null
            ? 'benchmark.notEnoughData'
            : 'benchmark.notEnoughDataSurvey',
          {
            organisations: result.minimumOrganisations,
            respondents: result.minimumRespondents ?? '',
          },
        ),
      };

/** Benchmarking: each route's operation. */
export const benchmarkOperations: AreaOperations<typeof BENCHMARK_ROUTES> = {
  getBenchmarkParticipation: async (_input, ctx) =>
    participationView(await readParticipation(ctx, ctx.deps), ctx.locale),
  putBenchmarkParticipation: async ({ body }, ctx) => {
    const changed = await setParticipation(ctx, body.optedIn, body.version, ctx.deps);
    return { ...participationView(changed, ctx.locale), removed: changed.removed };
  },
  publishBenchmarks: async ({ params }, ctx) => {
    const result = await publishYear(ctx, params.year, ctx.deps);
    return {
      ...result,
      figures: result.figures.map((f) => ({
        ...f,
        label: t(ctx.locale, `benchmark.figure.${f.figure}`),
        statusLabel: t(ctx.locale, `benchmark.publishStatus.${f.status}`, {
          respondents: MIN_RESPONDENTS,
        }),
      })),
    };
  },
  getBenchmarks: async ({ params, query }, ctx) => {
    const views = await getBenchmarks(
      ctx,
      params.year,
      query.figure ? [query.figure] : BENCHMARK_FIGURE_CODES,
      ctx.deps,
    );
    const own = await getOrganisation(ctx, ctx.deps);
    return {
      year: params.year,
      quantileMethod: 'type7' as const,
      figures: views.map((view) => ({
        ...figureInfo(view.figure, ctx.locale),
        direction: view.direction,
        peerGroups: view.peerGroups.map(({ group, result }) => ({
          group,
          label: groupLabel(group, own, ctx.locale),
          ...peerResultView(result, ctx.locale),
        })),
      })),
    };
  },
};
