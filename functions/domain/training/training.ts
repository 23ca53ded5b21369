import type { FieldIssue } from '../errors';
import type { Member } from '../org/members';
import type { IsoDate } from '../time';
import type { CompetenceArea } from './need';

export const TRAINING_FORMATS = [
  'inHouse',
  'external',
  'online',
  'supervision',
  'conference',
  'other',
] as const;
export type TrainingFormat = (typeof TRAINING_FORMATS)[number];

/** One participant's completion of a training item. */
export interface Completion {
  userId: string;
  hours: number;
  completedOn: IsoDate;
  certificate: boolean;
  recordedBy: string;
  recordedOn: IsoDate;
}

/** One item of the competence-development (training) plan. */
export interface Training {
  id: string;
  topic: string;
  area: CompetenceArea;
  provider: string;
  format: TrainingFormat;
  /** Hours one participant is to spend (0.1 h steps). */
  plannedHours: number;
  /** User ids, in the order the deputy listed them. */
  participants: string[];
  from: IsoDate;
  to: IsoDate;
  /** Euros for the whole item; null while unknown. */
  costEur: number | null;
  /** The needs this item answers. */
  needIds: string[];
  completions: Completion[];
}

export type TrainingInput = Omit<Training, 'id' | 'completions'>;
export type CompletionInput = Pick<Completion, 'userId' | 'hours' | 'completedOn' | 'certificate'>;

export const trainingRef = (year: number, id: string) =>
  ({ type: 'training', id, cycle: year }) as const;

/** Hours are kept to 0.1 h; counting in tenths keeps sums exact. */
export const tenths = (hours: number): number => Math.round(hours * 10);

/** A completion may exceed the plan (a course ran long) but not absurdly: at most twice. */
export const maxCompletionHours = (plannedHours: number): number => (2 * tenths(plannedHours)) / 10;

/** The plan is for the cycle's year; a course started in autumn may end in the next year's first quarter. */
export const trainingWindow = (year: number) => ({
  firstStart: `${year}-01-01`,
  lastStart: `${year}-12-31`,
  lastEnd: `${year + 1}-03-31`,
});

const duplicates = (values: readonly string[]): number[] =>
  values.flatMap((v, i) => (values.indexOf(v) < i ? [i] : []));

export interface TrainingCheckContext {
  members: ReadonlyMap<string, Pick<Member, 'active'>>;
  needIds: ReadonlySet<string>;
  /** The item as stored, when it is being changed. */
  current?: Training | undefined;
}

/** Rules across fields and against stored data that the request's schema cannot state. */
export const checkTrainingInput = (
  year: number,
  input: TrainingInput,
  { members, needIds, current }: TrainingCheckContext,
): FieldIssue[] => {
  const issues: FieldIssue[] = [];
  const { firstStart, lastStart, lastEnd } = trainingWindow(year);
  if (input.from < firstStart || input.from > lastStart) {
    issues.push({
      path: ['from'],
      key: 'validation.dateOutsideCycle',
      params: { from: firstStart, to: lastStart },
    });
  }
  if (input.to < input.from) {
    issues.push({ path: ['to'], key: 'training.toBeforeFrom' });
  } else if (input.to > lastEnd) {
    issues.push({
      path: ['to'],
      key: 'validation.dateOutsideCycle',
      params: { from: firstStart, to: lastEnd },
    });
  }

  const dupParticipants = new Set(duplicates(input.participants));
  input.participants.forEach((userId, i) => {
    const path = ['participants', i];
    const member = members.get(userId);
    if (dupParticipants.has(i)) issues.push({ path, key: 'training.duplicateParticipant' });
    else if (!member) issues.push({ path, key: 'training.unknownMember' });
    // Someone who has left may stay on an item they were on, but is not added anew.
    else if (!member.active && !current?.participants.includes(userId))
      issues.push({ path, key: 'training.inactiveMember' });
  });

  for (const c of current?.completions ?? []) {
    if (!input.participants.includes(c.userId)) {
      issues.push({
        path: ['participants'],
        key: 'training.participantHasCompletion',
        params: { userId: c.userId },
      });
    }
  }
  const longest = Math.max(0, ...(current?.completions ?? []).map((c) => tenths(c.hours)));
  if (longest > 2 * tenths(input.plannedHours)) {
    issues.push({
      path: ['plannedHours'],
      key: 'training.plannedBelowCompletions',
      params: { hours: longest / 10, min: Math.ceil(longest / 2) / 10 },
    });
  }

  const dupNeeds = new Set(duplicates(input.needIds));
  input.needIds.forEach((id, i) => {
    if (dupNeeds.has(i)) issues.push({ path: ['needIds', i], key: 'training.duplicateNeed' });
    else if (!needIds.has(id)) issues.push({ path: ['needIds', i], key: 'training.unknownNeed' });
  });
  return issues;
};

/** Rules for one participant's completion of `training`, as of `today`. */
export const checkCompletion = (
  training: Training,
  input: CompletionInput,
  today: IsoDate,
): FieldIssue[] => {
  const issues: FieldIssue[] = [];
  if (!training.participants.includes(input.userId)) {
    issues.push({ path: ['userId'], key: 'training.notParticipant' });
  }
  if (tenths(input.hours) > 2 * tenths(training.plannedHours)) {
    issues.push({
      path: ['hours'],
      key: 'training.hoursTooMany',
      params: { max: maxCompletionHours(training.plannedHours) },
    });
  }
  if (input.completedOn < training.from) {
    issues.push({
      path: ['completedOn'],
      key: 'training.completedBeforeStart',
      params: { from: training.from },
    });
  } else if (input.completedOn > today) {
    issues.push({ path: ['completedOn'], key: 'validation.dateInFuture', params: { today } });
  }
  return issues;
};

/** Records a participant's completion, replacing their earlier one; kept in participant order. */
export const withCompletion = (training: Training, completion: Completion): Training => {
  const order = (userId: string) => training.participants.indexOf(userId);
  return {
    ...training,
    completions: [
      ...training.completions.filter((c) => c.userId !== completion.userId),
      completion,
    ].sort((a, b) => order(a.userId) - order(b.userId)),
  };
};
