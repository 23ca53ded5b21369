import { ValidationError } from '../../errors';
import type { Deps, RequestContext, Stored } from '../../ports';
import { localDate } from '../../time';
import { describingConflict } from '../conflict';
import { checkLinks } from '../references';
import {
  checkDefinition,
  checkValue,
  compareYears,
  indicatorRef,
  withValue,
  type Indicator,
  type IndicatorDefinition,
  type YearComparison,
} from './indicator';
import { getItem } from '../../items';

/** An indicator as read for one year: its value, last year's, and the change between them. */
export interface IndicatorYear {
  indicator: Stored<Indicator>;
  comparison: YearComparison;
}

export const describeIndicator = (indicator: Stored<Indicator>, year: number): IndicatorYear => ({
  indicator,
  comparison: compareYears(indicator, year),
});

const currentYear = (deps: Deps): number => Number(localDate(deps.clock.now()).slice(0, 4));

/**
 * Every indicator of the organisation with its value in `year`, the year before and the
 * assessment of the change, by code. Reports and other areas read indicators through this.
 */
export const indicatorValuesFor = async (
  ctx: RequestContext,
  year: number,
  deps: Deps,
): Promise<IndicatorYear[]> => {
  const indicators = await deps.store.list<Indicator>(ctx, 'indicator');
  return indicators
    .sort((a, b) => a.code.localeCompare(b.code, 'lt', { numeric: true }))
    .map((i) => describeIndicator(i, year));
};

/** Indicators for `year`, this Lithuanian calendar year when none is named. */
export const listIndicators = async (
  ctx: RequestContext,
  filter: { year?: number | undefined },
  deps: Deps,
): Promise<{ year: number; items: IndicatorYear[] }> => {
  const year = filter.year ?? currentYear(deps);
  return { year, items: await indicatorValuesFor(ctx, year, deps) };
};

export const getIndicator = async (
  ctx: RequestContext,
  indicatorId: string,
  deps: Deps,
): Promise<Stored<Indicator>> => {
  return getItem<Indicator>(ctx, indicatorRef(indicatorId), deps);
};

const saveDefinition = async (
  ctx: RequestContext,
  existing: Stored<Indicator> | null,
  id: string,
  definition: IndicatorDefinition,
  expectedVersion: number,
  deps: Deps,
): Promise<IndicatorYear> => {
  const [all, linkIssues] = await Promise.all([
    deps.store.list<Indicator>(ctx, 'indicator'),
    checkLinks(ctx, { goalId: definition.goalId }, deps),
  ]);
  const issues = [...checkDefinition(definition, existing, all), ...linkIssues];
  if (issues.length > 0) throw new ValidationError(issues);
  const year = currentYear(deps);
  const indicator: Indicator = { id, ...definition, values: existing?.values ?? {} };
  const saved = await describingConflict(
    deps.store.save(ctx, indicatorRef(id), indicator, expectedVersion),
    (current) => describeIndicator(current, year),
  );
  return describeIndicator(saved, year);
};

export const createIndicator = (
  ctx: RequestContext,
  definition: IndicatorDefinition,
  deps: Deps,
): Promise<IndicatorYear> => saveDefinition(ctx, null, deps.newId(), definition, 0, deps);

/** Changes the definition; the recorded values stay. */
export const updateIndicator = async (
  ctx: RequestContext,
  indicatorId: string,
  definition: IndicatorDefinition,
  expectedVersion: number,
  deps: Deps,
): Promise<IndicatorYear> => {
  const existing = await getIndicator(ctx, indicatorId, deps);
  return saveDefinition(ctx, existing, indicatorId, definition, expectedVersion, deps);
};

/**
 * Records (or with `value` null, removes) one year's value, written to the indicator at the version
 * the caller read. A year that has not begun has no value yet.
 */
export const putIndicatorValue = async (
  ctx: RequestContext,
  indicatorId: string,
  year: number,
  input: { value: number | null; note: string },
  expectedVersion: number,
  deps: Deps,
): Promise<IndicatorYear> => {
  const indicator = await getIndicator(ctx, indicatorId, deps);
  const today = localDate(deps.clock.now());
  const issues = input.value === null ? [] : checkValue(indicator.unit, input.value, ['value']);
  if (year > Number(today.slice(0, 4)))
    issues.push({ path: ['year'], key: 'improvement.validation.yearNotBegun', params: { year } });
  if (issues.length > 0) throw new ValidationError(issues);
  const value =
    input.value === null
      ? null
      : { value: input.value, note: input.note, recordedBy: ctx.actor.userId, recordedOn: today };
  const saved = await describingConflict(
    deps.store.save(
      ctx,
      indicatorRef(indicatorId),
      withValue(indicator, year, value),
      expectedVersion,
    ),
    (current) => describeIndicator(current, year),
  );
  return describeIndicator(saved, year);
};
