import type {
  NeedView,
  NeedsSummaryView,
  TrainingFiguresView,
  TrainingView,
} from '../../contracts/training';
import type { Stored } from '../../domain/ports';
import { FIGURES, percent, type TrainingFigures } from '../../domain/training/figures';
import type { Need } from '../../domain/training/need';
import type { NeedsSummary } from '../../domain/training/summary';
import { tenths, type Training } from '../../domain/training/training';
import { t, type Locale } from '../../i18n';

/** Current names of members and units, for ids the views show. */
export interface Names {
  members: ReadonlyMap<string, string>;
  units: ReadonlyMap<string, string>;
}

const meta = <T extends Stored<object>>(item: T) => ({
  version: item.version,
  createdAt: item.createdAt,
  createdBy: item.createdBy,
  updatedAt: item.updatedAt,
  updatedBy: item.updatedBy,
});

export const needView = (
  need: Stored<Need>,
  answeredBy: readonly Pick<Training, 'id' | 'topic'>[],
  names: Names,
  locale: Locale,
): NeedView => ({
  id: need.id,
  employee: need.employee,
  employeeName: names.members.get(need.employee) ?? need.employeeName,
  unitId: need.unitId,
  unitName: names.units.get(need.unitId) ?? need.unitId,
  area: need.area,
  areaLabel: t(locale, `training.area.${need.area}`),
  topic: need.topic,
  reason: need.reason,
  source: need.source,
  sourceLabel: t(locale, `training.source.${need.source}`),
  trainings: answeredBy.map((x) => ({ id: x.id, topic: x.topic })),
  ...meta(need),
});

export const trainingView = (
  item: Stored<Training>,
  names: Pick<Names, 'members'>,
  locale: Locale,
): TrainingView => {
  const name = (userId: string) => names.members.get(userId) ?? userId;
  const completed = new Set(item.completions.map((c) => c.userId));
  return {
    id: item.id,
    topic: item.topic,
    area: item.area,
    areaLabel: t(locale, `training.area.${item.area}`),
    provider: item.provider,
    format: item.format,
    formatLabel: t(locale, `training.format.${item.format}`),
    plannedHours: item.plannedHours,
    participants: item.participants.map((userId) => ({
      userId,
      name: name(userId),
      completed: completed.has(userId),
    })),
    from: item.from,
    to: item.to,
    costEur: item.costEur,
    needIds: item.needIds,
    completions: item.completions.map((c) => ({ ...c, name: name(c.userId) })),
    plannedParticipantHours: (tenths(item.plannedHours) * item.participants.length) / 10,
    doneHours: item.completions.reduce((s, c) => s + tenths(c.hours), 0) / 10,
    ...meta(item),
  };
};

export const needsSummaryView = (
  year: number,
  summary: NeedsSummary,
  names: Names,
  locale: Locale,
): NeedsSummaryView => ({
  year,
  total: summary.total,
  coveredNeeds: summary.coveredNeeds,
  coveredPercent: percent(summary.coveredNeeds, summary.total),
  areas: summary.areas.map((a) => ({
    area: a.area,
    areaLabel: t(locale, `training.area.${a.area}`),
    count: a.count,
    coveredNeeds: a.coveredNeeds,
    topics: a.topics.map((g) => ({
      key: g.key,
      topic: g.topic,
      count: g.count,
      employees: g.employees.map((e) => ({
        userId: e.userId,
        name: names.members.get(e.userId) ?? e.name,
      })),
      units: g.unitIds.map((unitId) => ({ unitId, unitName: names.units.get(unitId) ?? unitId })),
      needIds: g.needIds,
      coveredNeeds: g.coveredNeeds,
      coverage: g.coverage,
      coverageLabel: t(locale, `training.coverage.${g.coverage}`),
      coveredBy: g.coveredBy,
    })),
  })),
});

export const figuresView = (
  year: number,
  figures: TrainingFigures,
  locale: Locale,
): TrainingFiguresView => ({
  year,
  totals: figures.totals,
  perEmployee: figures.perEmployee,
  byArea: figures.byArea.map((a) => ({ ...a, areaLabel: t(locale, `training.area.${a.area}`) })),
  definitions: FIGURES.map((figure) => ({
    figure,
    label: t(locale, `training.figure.${figure}.label`),
    definition: t(locale, `training.figure.${figure}.definition`),
  })),
  rounding: t(locale, 'training.figure.rounding'),
});
