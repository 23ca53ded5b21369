import {
  BenchmarkParticipationChange,
  BenchmarkParticipationView,
  BenchmarkPublishResult,
  BenchmarkQuery,
  BenchmarkYearParams,
  BenchmarkYearView,
  PutBenchmarkParticipationRequest,
} from './benchmark';
import { EVERYONE, MANAGEMENT, type RouteSpec } from './route-spec';

/** Benchmarking: the organisation's participation, publishing its figures, the peer view. */
export const BENCHMARK_ROUTES = {
  getBenchmarkParticipation: {
    method: 'GET',
    path: '/v1/benchmarks',
    summary: 'Whether your organisation shares its figures, and the shared figures’ catalogue',
    tag: 'benchmarks',
    roles: EVERYONE,
    response: BenchmarkParticipationView,
  },
  putBenchmarkParticipation: {
    method: 'PUT',
    path: '/v1/benchmarks/participation',
    summary: 'Opt in to benchmarking, or out (removes every figure published) (director)',
    tag: 'benchmarks',
    roles: ['director'],
    body: PutBenchmarkParticipationRequest,
    response: BenchmarkParticipationChange,
  },
  publishBenchmarks: {
    method: 'POST',
    path: '/v1/benchmarks/{year}/publish',
    summary:
      'Publish the year’s shared figures from the annual report, replacing earlier ones (deputy, director)',
    tag: 'benchmarks',
    roles: MANAGEMENT,
    params: BenchmarkYearParams,
    response: BenchmarkPublishResult,
  },
  getBenchmarks: {
    method: 'GET',
    path: '/v1/benchmarks/{year}',
    summary:
      'Where you stand: per figure and peer group, organisations, median, quartiles, your percentile rank',
    tag: 'benchmarks',
    roles: EVERYONE,
    params: BenchmarkYearParams,
    query: BenchmarkQuery,
    response: BenchmarkYearView,
  },
} as const satisfies Record<string, RouteSpec>;
