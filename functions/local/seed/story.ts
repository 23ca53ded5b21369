import type { Checkpoint, PlanItem } from '../../domain/planning/plan-item';
import type { RequestContext, Stored } from '../../domain/ports';
import type { Training } from '../../domain/training/training';
import type { IsoDate } from '../../domain/time';
import type { Calendar } from './calendar';
import { by, type DemoPerson } from './people';
import { addPlanItem, complete, progress, type Body } from './requests';

type ProgressBody = Omit<Body<'recordProgress'>, 'version' | 'checkpoint'>;

/** A unit plan item: the head who plans it, who reports on it and what they report when. */
export interface ItemStory {
  head: DemoPerson;
  reporter: DemoPerson;
  item: Body<'createPlanItem'>;
  H1?: ProgressBody;
  yearEnd?: ProgressBody;
}

export type Items<K extends string> = Record<K, Stored<PlanItem>>;

const mapValues = async <K extends string, A, B>(
  record: Record<K, A>,
  f: (value: A, key: K) => Promise<B>,
): Promise<Record<K, B>> => {
  const entries = Object.entries(record) as [K, A][];
  const values = await Promise.all(entries.map(([k, v]) => f(v, k)));
  return Object.fromEntries(entries.map(([k], i) => [k, values[i]])) as Record<K, B>;
};

/** Each unit head writes their unit's items on `day`. */
export const draftItems = <K extends string>(
  cal: Calendar,
  year: number,
  day: IsoDate,
  stories: Record<K, ItemStory>,
): Promise<Items<K>> =>
  mapValues(stories, (s) => addPlanItem(by(s.head), cal.at(day), year, s.item));

/** The reporters record the `checkpoint` progress of the items that have some, on `day`. */
export const reportProgress = <K extends string>(
  cal: Calendar,
  year: number,
  day: IsoDate,
  checkpoint: Checkpoint,
  stories: Record<K, ItemStory>,
  items: Items<K>,
): Promise<Items<K>> =>
  mapValues(items, async (item, key) => {
    const report = stories[key][checkpoint];
    if (!report) return item;
    return progress(by(stories[key].reporter), cal.at(day), year, item.id, {
      version: item.version,
      checkpoint,
      ...report,
    });
  });

/** One training item's completions (on the day it ended), recorded one after another on `day`. */
export const completeAll = async (
  cal: Calendar,
  ctx: RequestContext,
  year: number,
  training: Stored<Training>,
  day: IsoDate,
  completions: [person: DemoPerson, hours: number, certificate: boolean][],
): Promise<Stored<Training>> => {
  let current = training;
  for (const [p, hours, certificate] of completions) {
    current = await complete(ctx, cal.at(day), year, training.id, {
      version: current.version,
      userId: p.userId,
      hours,
      completedOn: training.to <= day ? training.to : day,
      certificate,
    });
  }
  return current;
};
