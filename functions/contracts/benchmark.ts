import { z } from 'zod';
import { BENCHMARK_FIGURE_CODES, PEER_GROUPS } from '../domain/benchmark/figures';
import { FIGURE_UNITS } from '../domain/reports/model';
import { Version, YearParam } from './common';

/**
 * Benchmarking against other organisations. No schema here has a field for another
 * organisation's id or name: peer groups are aggregates (at least five organisations) or
 * "not enough data".
 */

export const BenchmarkFigureCode = z.enum(BENCHMARK_FIGURE_CODES);

export const BenchmarkYearParams = z.object({ year: YearParam });

export const BenchmarkQuery = z.object({
  /** One figure only; all of the catalogue when absent. */
  figure: BenchmarkFigureCode.optional(),
});

export const BenchmarkFigureInfo = z.object({
  figure: BenchmarkFigureCode,
  label: z.string(),
  unit: z.enum(FIGURE_UNITS),
  unitLabel: z.string(),
  /** A survey figure: counted only for organisations with enough respondents. */
  survey: z.boolean(),
  /** false: no area computes it yet (support-plan goals). */
  hasSource: z.boolean(),
});

export const BenchmarkParticipationView = z
  .object({
    optedIn: z.boolean(),
    publishedYears: z.array(z.number().int()),
    /** The participation item's version (0: never chosen); `PUT …/participation` names it. */
    version: z.number().int().min(0),
    updatedAt: z.iso.datetime().nullable(),
    updatedBy: z.string().nullable(),
    minimumOrganisations: z.number().int(),
    minimumRespondents: z.number().int(),
    figures: z.array(BenchmarkFigureInfo),
  })
  .meta({ id: 'BenchmarkParticipation' });

export const PutBenchmarkParticipationRequest = z
  .strictObject({ version: Version, optedIn: z.boolean() })
  .meta({ id: 'PutBenchmarkParticipationRequest' });

export const BenchmarkParticipationChange = BenchmarkParticipationView.extend({
  /** Contributions deleted from the shared partition by an opt-out. */
  removed: z.number().int().min(0),
}).meta({ id: 'BenchmarkParticipationChange' });

export const PublishStatus = z.enum(['published', 'noValue', 'tooFewRespondents', 'noSource']);

export const BenchmarkPublishResult = z
  .object({
    year: z.number().int(),
    source: z.enum(['snapshot', 'live', 'values']),
    reportVersion: z.number().int().nullable(),
    figures: z.array(
      z.object({
        figure: BenchmarkFigureCode,
        label: z.string(),
        status: PublishStatus,
        statusLabel: z.string(),
        value: z.number().nullable(),
        respondents: z.number().int().nullable(),
      }),
    ),
  })
  .meta({ id: 'BenchmarkPublishResult' });

const PeerGroupBase = z.object({ group: z.enum(PEER_GROUPS), label: z.string() });

export const BenchmarkPeerGroupView = z.discriminatedUnion('status', [
  PeerGroupBase.extend({
    status: z.literal('shown'),
    organisations: z.number().int().min(5),
    lowerQuartile: z.number(),
    median: z.number(),
    upperQuartile: z.number(),
    own: z.object({ value: z.number(), respondents: z.number().int().nullable() }).nullable(),
    percentileRank: z.number().nullable(),
    position: z.enum(['top', 'middle', 'bottom']).nullable(),
    positionLabel: z.string().nullable(),
  }),
  PeerGroupBase.extend({
    status: z.literal('notEnoughData'),
    minimumOrganisations: z.number().int(),
    minimumRespondents: z.number().int().nullable(),
    message: z.string(),
  }),
]);

export const BenchmarkYearView = z
  .object({
    year: z.number().int(),
    quantileMethod: z.literal('type7'),
    figures: z.array(
      BenchmarkFigureInfo.extend({
        direction: z.enum(['up', 'down']),
        peerGroups: z.array(BenchmarkPeerGroupView),
      }),
    ),
  })
  .meta({ id: 'BenchmarkYear' });
