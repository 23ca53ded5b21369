import { COMPETENCE_AREAS, type CompetenceArea, type Need } from './need';
import { topicKey } from './topic';
import type { Training } from './training';

export const COVERAGES = ['full', 'partial', 'none'] as const;
export type Coverage = (typeof COVERAGES)[number];

type TrainingLink = Pick<Training, 'id' | 'topic' | 'needIds'>;

export interface TopicGroup {
  area: CompetenceArea;
  /** The grouping key: the topic without case and spacing differences. */
  key: string;
  /** The way most people wrote it (the first written, on a tie). */
  topic: string;
  count: number;
  employees: { userId: string; name: string }[];
  unitIds: string[];
  needIds: string[];
  /** How many of the group's needs a training item answers. */
  coveredNeeds: number;
  coverage: Coverage;
  coveredBy: { id: string; topic: string }[];
}

export interface AreaGroup {
  area: CompetenceArea;
  count: number;
  coveredNeeds: number;
  topics: TopicGroup[];
}

export interface NeedsSummary {
  total: number;
  coveredNeeds: number;
  areas: AreaGroup[];
}

/** The training items that name each need. */
export const trainingsByNeed = <T extends Pick<Training, 'needIds'>>(
  trainings: readonly T[],
): Map<string, T[]> => {
  const links = new Map<string, T[]>();
  for (const t of trainings) {
    for (const id of new Set(t.needIds)) links.set(id, [...(links.get(id) ?? []), t]);
  }
  return links;
};

export const coverageOf = (covered: number, count: number): Coverage =>
  covered === 0 ? 'none' : covered === count ? 'full' : 'partial';

const mostCommon = (values: readonly string[]): string => {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0] ?? '';
  for (const [v, n] of counts) if (n > (counts.get(best) ?? 0)) best = v;
  return best;
};

const uniqueBy = <T>(items: readonly T[], key: (item: T) => string): T[] => [
  ...new Map(items.map((i) => [key(i), i])).values(),
];

const summariseTopic = (
  area: CompetenceArea,
  key: string,
  needs: readonly Need[],
  links: Map<string, TrainingLink[]>,
): TopicGroup => {
  const linked = needs.filter((n) => (links.get(n.id) ?? []).length > 0);
  const coveredBy = uniqueBy(
    needs.flatMap((n) => links.get(n.id) ?? []),
    (t) => t.id,
  )
    .map((t) => ({ id: t.id, topic: t.topic }))
    .sort((a, b) => a.topic.localeCompare(b.topic, 'lt'));
  return {
    area,
    key,
    topic: mostCommon(needs.map((n) => n.topic)),
    count: needs.length,
    employees: uniqueBy(needs, (n) => n.employee).map((n) => ({
      userId: n.employee,
      name: n.employeeName,
    })),
    unitIds: [...new Set(needs.map((n) => n.unitId))],
    needIds: needs.map((n) => n.id),
    coveredNeeds: linked.length,
    coverage: coverageOf(linked.length, needs.length),
    coveredBy,
  };
};

/**
 * Needs grouped by area, then by topic as normalised, with how far the training plan answers
 * each group. Areas keep their catalogue order; topics go from the most asked for.
 */
export const summariseNeeds = (
  needs: readonly Need[],
  trainings: readonly TrainingLink[],
): NeedsSummary => {
  const links = trainingsByNeed(trainings);
  const areas = COMPETENCE_AREAS.flatMap((area): AreaGroup[] => {
    const inArea = needs.filter((n) => n.area === area);
    if (inArea.length === 0) return [];
    const byKey = new Map<string, Need[]>();
    for (const n of inArea) {
      const key = topicKey(n.topic);
      byKey.set(key, [...(byKey.get(key) ?? []), n]);
    }
    const topics = [...byKey]
      .map(([key, group]) => summariseTopic(area, key, group, links))
      .sort((a, b) => b.count - a.count || a.topic.localeCompare(b.topic, 'lt'));
    return [
      {
        area,
        count: inArea.length,
        coveredNeeds: topics.reduce((s, t) => s + t.coveredNeeds, 0),
        topics,
      },
    ];
  });
  return {
    total: needs.length,
    coveredNeeds: areas.reduce((s, a) => s + a.coveredNeeds, 0),
    areas,
  };
};
