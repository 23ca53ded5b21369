import type { Direction } from '../improvement/assessment';
import type { FigureUnit } from '../reports/model';
import { round } from '../reports/numbers';
import {
  BENCHMARK_FIGURES,
  MIN_ORGANISATIONS,
  MIN_RESPONDENTS,
  PEER_GROUPS,
  type BenchmarkFigureCode,
  type PeerGroup,
} from './figures';
import type { BenchmarkEntry, PeerAttributes } from './repository';
import { distribution, percentileRank } from './statistics';

/** Where the organisation's value lies: beyond the upper quartile on the better side, etc. */
export type PeerPosition = 'top' | 'middle' | 'bottom';

export interface ShownPeerResult {
  status: 'shown';
  /** Contributing organisations counted (survey figures: those with enough respondents). */
  organisations: number;
  /** Type 7 quantiles (statistics.ts), to 0.01. */
  lowerQuartile: number;
  median: number;
  upperQuartile: number;
  /** The organisation's own published value; null when it published none. */
  own: { value: number; respondents: number | null } | null;
  /** Mid-rank percentile rank of the own value in the group, to 0.1; null without own value. */
  percentileRank: number | null;
  position: PeerPosition | null;
}

/** Too few contributors: nothing about the group is shown, not even how many there are. */
export interface NotEnoughData {
  status: 'notEnoughData';
  minimumOrganisations: number;
  /** Survey figures: respondents each counted organisation needs; null for others. */
  minimumRespondents: number | null;
}

export type PeerResult = ShownPeerResult | NotEnoughData;

export interface FigureView {
  figure: BenchmarkFigureCode;
  year: number;
  unit: FigureUnit;
  direction: Direction;
  survey: boolean;
  peerGroups: Array<{ group: PeerGroup; result: PeerResult }>;
}

const inGroup = (group: PeerGroup, self: PeerAttributes) => (entry: BenchmarkEntry) =>
  group === 'all' ||
  (group === 'orgType' && entry.peer.orgType === self.orgType) ||
  (group === 'municipality' && entry.peer.municipality === self.municipality);

export const positionOf = (
  value: number,
  lowerQuartile: number,
  upperQuartile: number,
  direction: Direction,
): PeerPosition => {
  const high = value > upperQuartile;
  const low = value < lowerQuartile;
  if (!high && !low) return 'middle';
  return high === (direction === 'up') ? 'top' : 'bottom';
};

/**
 * One figure's standing in each peer group: all contributors, those of the organisation's type,
 * those of its municipality. A group is shown only with at least MIN_ORGANISATIONS contributors
 * (survey figures: counting only those with at least MIN_RESPONDENTS respondents).
 */
export const figureView = (
  figure: BenchmarkFigureCode,
  year: number,
  entries: readonly BenchmarkEntry[],
  self: PeerAttributes,
): FigureView => {
  const definition = BENCHMARK_FIGURES[figure];
  const minimumRespondents = definition.survey ? MIN_RESPONDENTS : null;
  const counted = entries.filter(
    (e) =>
      Number.isFinite(e.value) &&
      (minimumRespondents === null || (e.respondents ?? 0) >= minimumRespondents),
  );
  const own = counted.find((e) => e.own) ?? null;
  return {
    figure,
    year,
    unit: definition.unit,
    direction: definition.direction,
    survey: definition.survey,
    peerGroups: PEER_GROUPS.map((group) => {
      const values = counted.filter(inGroup(group, self)).map((e) => e.value);
      if (values.length < MIN_ORGANISATIONS) {
        return {
          group,
          result: {
            status: 'notEnoughData',
            minimumOrganisations: MIN_ORGANISATIONS,
            minimumRespondents,
          },
        };
      }
      const d = distribution(values);
      return {
        group,
        result: {
          status: 'shown',
          organisations: d.n,
          lowerQuartile: round(d.lowerQuartile, 2),
          median: round(d.median, 2),
          upperQuartile: round(d.upperQuartile, 2),
          own: own ? { value: own.value, respondents: own.respondents } : null,
          percentileRank: own ? round(percentileRank(values, own.value), 1) : null,
          position: own
            ? positionOf(own.value, d.lowerQuartile, d.upperQuartile, definition.direction)
            : null,
        },
      };
    }),
  };
};
