import type { FieldIssue } from '../../errors';
import type { IsoDate } from '../../time';
import {
  assessChange,
  changeBetween,
  targetMet,
  type Assessment,
  type Change,
  type Direction,
} from '../assessment';
import { normaliseCode } from '../goals/goal';

export const INDICATOR_UNITS = ['percent', 'count', 'hours', 'days', 'score', 'eur'] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

/** One year's value, with who recorded it and when. */
export interface IndicatorValue {
  value: number;
  note: string;
  recordedBy: string;
  recordedOn: IsoDate;
}

/** A measure the organisation follows year by year (satisfaction %, complaints, training hours). */
export interface Indicator {
  id: string;
  code: string;
  /** The organisation's own words; an English name is optional and falls back to the Lithuanian. */
  name: { lt: string; en: string | null };
  unit: IndicatorUnit;
  direction: Direction;
  target: number | null;
  goalId: string | null;
  /** By calendar year (`"2026"`). */
  values: Record<string, IndicatorValue>;
}

export type IndicatorDefinition = Omit<Indicator, 'id' | 'values'>;

export const indicatorRef = (id: string) => ({ type: 'indicator', id }) as const;

/** A value the unit can hold: a share is 0–100, amounts of things are not negative. */
export const checkValue = (
  unit: IndicatorUnit,
  value: number,
  path: (string | number)[],
): FieldIssue[] => {
  if (unit === 'percent' && (value < 0 || value > 100))
    return [{ path, key: 'improvement.validation.percentRange' }];
  if (unit !== 'score' && unit !== 'eur' && value < 0)
    return [{ path, key: 'improvement.validation.negativeValue' }];
  return [];
};

/** Rules across fields and indicators: a unique code, a target the unit can hold, values that still fit the unit. */
export const checkDefinition = (
  definition: IndicatorDefinition,
  existing: Indicator | null,
  all: readonly Indicator[],
): FieldIssue[] => {
  const issues: FieldIssue[] = [];
  const code = normaliseCode(definition.code);
  const clash = all.find((i) => i.id !== existing?.id && normaliseCode(i.code) === code);
  if (clash) {
    issues.push({
      path: ['code'],
      key: 'improvement.validation.duplicateIndicatorCode',
      params: { code: clash.code },
    });
  }
  if (definition.target !== null)
    issues.push(...checkValue(definition.unit, definition.target, ['target']));
  for (const [year, v] of Object.entries(existing?.values ?? {})) {
    if (checkValue(definition.unit, v.value, []).length > 0) {
      issues.push({
        path: ['unit'],
        key: 'improvement.validation.unitMisfitsValues',
        params: { year, value: v.value },
      });
      break;
    }
  }
  return issues;
};

export const valueIn = (
  indicator: Pick<Indicator, 'values'>,
  year: number,
): IndicatorValue | null => indicator.values[String(year)] ?? null;

/** One year of an indicator against the year before: the change, judged by the indicator's direction. */
export interface YearComparison {
  year: number;
  current: IndicatorValue | null;
  previous: IndicatorValue | null;
  change: Change | null;
  assessment: Assessment;
  targetMet: boolean | null;
}

export const compareYears = (indicator: Indicator, year: number): YearComparison => {
  const current = valueIn(indicator, year);
  const previous = valueIn(indicator, year - 1);
  return {
    year,
    current,
    previous,
    change: changeBetween(previous?.value, current?.value, {
      isPercentage: indicator.unit === 'percent',
    }),
    assessment: assessChange(indicator.direction, previous?.value, current?.value),
    targetMet: targetMet(indicator.direction, indicator.target, current?.value),
  };
};

/** The indicator with `year`'s value recorded, or removed when `value` is null. */
export const withValue = (
  indicator: Indicator,
  year: number,
  value: IndicatorValue | null,
): Indicator => {
  const { [String(year)]: _old, ...rest } = indicator.values;
  return { ...indicator, values: value ? { ...rest, [String(year)]: value } : rest };
};
