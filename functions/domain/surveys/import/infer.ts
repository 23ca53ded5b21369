import type {
  Answer,
  ColumnKind,
  ExportFamily,
  LikertFamily,
  MetaRole,
  RejectReason,
} from '../model';
import type { ColumnStore } from './column-store';
import { isLimeAnonymisedDate, parseTimestamp } from './dates';
import {
  foldLabel,
  isDontKnow,
  isErrorValue,
  labelHits,
  LIKERT_SCALES,
  MAX_LABEL_LENGTH,
  normaliseLabel,
  numericValue,
} from './labels';
import { learnMulti, type MultiDelimiter } from './multi';
import type { SheetValue } from './types';

/** A column is Likert (or 0–10) when this share of its answers fit the scale; the rest are rejected. */
export const SCALE_SHARE = 0.8;
/** Longest free-text answer kept, in characters. */
export const MAX_TEXT_LENGTH = 10_000;
/** Single choice: at most this many distinct answers. */
const MAX_SINGLE_OPTIONS = 30;
/** Multi-select: at most this many options. */
const MAX_MULTI_OPTIONS = 50;
const DATE_HEADER = /time|date|data|laik|žyma|pateikt|submitted/i;
const NOT_SUBMISSION = /gimim|birth/i;

export interface ColumnView {
  /** 0-based column. */
  index: number;
  header: string;
  store: ColumnStore;
  counts: Int32Array;
}

export interface Info {
  code: number;
  value: SheetValue;
  count: number;
  /** Trimmed text as shown: numbers as written, dates as ISO. */
  text: string;
  num: number | undefined;
  error: boolean;
  dontKnow: boolean;
  /** `foldLabel(text)` of short text, made once for the label and "don't know" lookups. */
  folded: string | undefined;
}

export interface ColumnPlan {
  kind: ColumnKind;
  metaRole?: MetaRole;
  scale?: { min: number; max: number; family: LikertFamily; labels?: string[] };
  options?: string[];
  /** Per distinct code; absent when the question keeps no answers (meta other than submittedAt). */
  answers?: Answer[];
  /** Per distinct code: why its cells are rejected. */
  reasons: (RejectReason | undefined)[];
  anonymisedDates?: number;
}

const textOf = (v: SheetValue): string => {
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'string') return v.trim();
  return String(v);
};

export const infosOf = (view: ColumnView): Info[] => {
  const out: Info[] = [];
  const { values } = view.store;
  for (let code = 0; code < values.length; code++) {
    const count = view.counts[code]!;
    if (count === 0) continue;
    const value = values[code]!;
    const text = textOf(value);
    const isString = typeof value === 'string';
    const folded = isString && text.length <= MAX_LABEL_LENGTH ? foldLabel(text) : undefined;
    out.push({
      code,
      value,
      count,
      text,
      num: numericValue(value),
      error: isString && isErrorValue(text),
      dontKnow: isString && isDontKnow(text, folded),
      folded,
    });
  }
  return out;
};

const sum = (infos: readonly Info[], pick: (i: Info) => boolean): number =>
  infos.reduce((s, i) => s + (pick(i) ? i.count : 0), 0);

const isInt = (n: number | undefined): n is number => n !== undefined && Number.isInteger(n);

const emptyPlan = (kind: ColumnKind): ColumnPlan => ({ kind, reasons: [] });

/** Meta columns skip value analysis: only a submission time is read, the rest is never kept. */
export const metaPlan = (view: ColumnView, role: MetaRole, family: ExportFamily): ColumnPlan => {
  const plan: ColumnPlan = { kind: 'meta', metaRole: role, reasons: [] };
  if (role !== 'submittedAt') return plan;
  const { values } = view.store;
  const answers: Answer[] = new Array<Answer>(values.length).fill(null);
  let anonymised = 0;
  for (let code = 0; code < values.length; code++) {
    const count = view.counts[code]!;
    if (count === 0) continue;
    const d = parseTimestamp(values[code]!);
    if (!d) plan.reasons[code] = 'badDate';
    else if (family === 'limeSurvey' && isLimeAnonymisedDate(d)) anonymised += count;
    else answers[code] = d.toISOString();
  }
  plan.answers = answers;
  if (anonymised > 0) plan.anonymisedDates = anonymised;
  return plan;
};

/** Scores on one of the label scales; numbers within its points count too. */
const labelPlan = (view: ColumnView, infos: readonly Info[], scaleIndex: number): ColumnPlan => {
  const def = LIKERT_SCALES[scaleIndex]!;
  const answers: Answer[] = new Array<Answer>(view.store.values.length).fill(null);
  const plan: ColumnPlan = { kind: 'likert', reasons: [], answers };
  const langs = { lt: 0, en: 0 };
  for (const info of infos) {
    if (info.error) plan.reasons[info.code] = 'error';
    else if (info.dontKnow) continue;
    else if (info.num !== undefined) {
      if (isInt(info.num) && info.num >= 1 && info.num <= def.points) answers[info.code] = info.num;
      else plan.reasons[info.code] = 'notOnScale';
    } else {
      const hit = labelHits(info.text, info.folded).find((h) => h.scale === scaleIndex);
      if (hit) {
        answers[info.code] = hit.score;
        langs[hit.lang] += info.count;
      } else plan.reasons[info.code] = 'unknownLabel';
    }
  }
  const lang = langs.lt >= langs.en && def.labels.lt ? 'lt' : 'en';
  plan.scale = {
    min: 1,
    max: def.points,
    family: def.family,
    labels: [...(def.labels[lang] ?? def.labels.en)],
  };
  return plan;
};

/** Scores numbers on min…max; a label of a scale with as many points from 1 counts too. */
const numericPlan = (
  view: ColumnView,
  infos: readonly Info[],
  kind: 'likert' | 'scale0to10',
  min: number,
  max: number,
): ColumnPlan => {
  const answers: Answer[] = new Array<Answer>(view.store.values.length).fill(null);
  const plan: ColumnPlan = { kind, reasons: [], answers, scale: { min, max, family: 'numeric' } };
  for (const info of infos) {
    if (info.error) plan.reasons[info.code] = 'error';
    else if (info.dontKnow) continue;
    else if (info.num !== undefined) {
      if (isInt(info.num) && info.num >= min && info.num <= max) answers[info.code] = info.num;
      else plan.reasons[info.code] = 'notOnScale';
    } else {
      const hit =
        min === 1 && typeof info.value === 'string'
          ? labelHits(info.text, info.folded).find((h) => LIKERT_SCALES[h.scale]!.points === max)
          : undefined;
      if (hit) answers[info.code] = hit.score;
      else plan.reasons[info.code] = 'notANumber';
    }
  }
  return plan;
};

const singlePlan = (view: ColumnView, infos: readonly Info[]): ColumnPlan => {
  const answers: Answer[] = new Array<Answer>(view.store.values.length).fill(null);
  const plan: ColumnPlan = { kind: 'single', reasons: [], answers, options: [] };
  const index = new Map<string, number>();
  for (const info of infos) {
    if (info.error) {
      plan.reasons[info.code] = 'error';
      continue;
    }
    const norm = normaliseLabel(info.text);
    let idx = index.get(norm);
    if (idx === undefined) {
      idx = plan.options!.length;
      index.set(norm, idx);
      plan.options!.push(info.text.replace(/\s+/g, ' '));
    }
    answers[info.code] = idx;
  }
  return plan;
};

const textPlan = (view: ColumnView, infos: readonly Info[]): ColumnPlan => {
  const answers: Answer[] = new Array<Answer>(view.store.values.length).fill(null);
  const plan: ColumnPlan = { kind: 'text', reasons: [], answers };
  for (const info of infos) {
    if (info.error) plan.reasons[info.code] = 'error';
    else if (info.text.length > MAX_TEXT_LENGTH) plan.reasons[info.code] = 'tooLong';
    else answers[info.code] = info.text;
  }
  return plan;
};

const multiPlan = (
  view: ColumnView,
  infos: readonly Info[],
  delimiter: MultiDelimiter,
  force = false,
): { plan: ColumnPlan; looksMulti: boolean } => {
  const usable = infos.filter((i) => !i.error);
  // Cheap refusals first: no cell names two options, or more single answers than options allowed.
  const joined = usable.some((i) => i.text.includes(delimiter === ';' ? ';' : ', '));
  const singles = usable.reduce(
    (n, i) => n + (i.text.includes(delimiter === ';' ? ';' : ',') ? 0 : 1),
    0,
  );
  if (!force && (!joined || singles > MAX_MULTI_OPTIONS))
    return { plan: { kind: 'multi', reasons: [] }, looksMulti: false };
  const learned = learnMulti(usable, delimiter);
  const answers: Answer[] = new Array<Answer>(view.store.values.length).fill(null);
  const plan: ColumnPlan = { kind: 'multi', reasons: [], answers, options: learned.options };
  for (const info of infos) {
    if (info.error) plan.reasons[info.code] = 'error';
    else answers[info.code] = Object.freeze(learned.byCode.get(info.code) ?? []) as number[];
  }
  const rows = sum(usable, () => true);
  const recurring =
    learned.combinedRows > 0 &&
    learned.recurringShare >= SCALE_SHARE &&
    learned.options.length <= MAX_MULTI_OPTIONS;
  const trailing = delimiter === ';' && rows > 0 && learned.trailingRows >= rows / 2;
  return { plan, looksMulti: recurring || trailing };
};

const delimitersOf = (family: ExportFamily): MultiDelimiter[] =>
  family === 'msForms'
    ? [';']
    : family === 'googleForms'
      ? [', ']
      : family === 'own'
        ? [';', ', ']
        : [];

interface Evidence {
  /** Answers that could be scored: not blank, not "don't know", not an error value. */
  scorable: number;
  bestLabel: { scale: number; share: number } | undefined;
  /** Whole numbers within 0–10, and their range. */
  ints: number;
  minInt: number;
  maxInt: number;
  dates: number;
}

const evidence = (infos: readonly Info[]): Evidence => {
  const scorable = sum(infos, (i) => !i.error && !i.dontKnow);
  const labelCounts = new Array<number>(LIKERT_SCALES.length).fill(0);
  let ints = 0;
  let minInt = Infinity;
  let maxInt = -Infinity;
  let dates = 0;
  const intsIn = new Map<number, number>();
  for (const info of infos) {
    if (info.error || info.dontKnow) continue;
    if (isInt(info.num)) {
      if (info.num >= 0 && info.num <= 10) {
        ints += info.count;
        minInt = Math.min(minInt, info.num);
        maxInt = Math.max(maxInt, info.num);
        intsIn.set(info.num, (intsIn.get(info.num) ?? 0) + info.count);
      }
      continue;
    }
    if (typeof info.value === 'string') {
      for (const hit of labelHits(info.text, info.folded)) labelCounts[hit.scale]! += info.count;
      if (/\d/.test(info.text) && /[-/.:]/.test(info.text) && parseTimestamp(info.value))
        dates += info.count;
    } else if (info.value instanceof Date) dates += info.count;
  }
  let bestLabel: Evidence['bestLabel'];
  LIKERT_SCALES.forEach((def, s) => {
    const labels = labelCounts[s]!;
    if (labels === 0) return;
    let numbers = 0;
    for (const [n, c] of intsIn) if (n >= 1 && n <= def.points) numbers += c;
    if (labels < numbers) return;
    const share = (labels + numbers) / Math.max(1, scorable);
    if (!bestLabel || share > bestLabel.share) bestLabel = { scale: s, share };
  });
  return { scorable, bestLabel, ints, minInt, maxInt, dates };
};

/**
 * Likert 1–5 or 1–7 from the whole numbers seen, or 0–10 once a 0 or a value above 7 appears —
 * whatever the header says: a "would you recommend" item answered 1–5 is still a Likert item.
 */
const numericScale = (ev: Evidence): { kind: 'likert' | 'scale0to10'; min: number; max: number } =>
  ev.minInt === 0 || ev.maxInt > 7
    ? { kind: 'scale0to10', min: 0, max: 10 }
    : { kind: 'likert', min: 1, max: ev.maxInt <= 5 ? 5 : 7 };

export interface Inferred {
  plan: ColumnPlan;
  /** A date column that could hold the submission time. */
  submissionCandidate?: boolean;
}

/** What a column holds, from its header and its distinct values. */
export const inferColumn = (
  view: ColumnView,
  family: ExportFamily,
  role: MetaRole | undefined,
): Inferred => {
  if (role) return { plan: metaPlan(view, role, family) };
  const infos = infosOf(view);
  const ev = evidence(infos);
  const filled = sum(infos, () => true);
  if (filled === 0) return { plan: { ...emptyPlan('text'), answers: [] } };
  if (ev.scorable > 0 && ev.dates >= ev.scorable * SCALE_SHARE) {
    const candidate = DATE_HEADER.test(view.header) && !NOT_SUBMISSION.test(view.header);
    return { plan: metaPlan(view, 'other', family), submissionCandidate: candidate };
  }
  if (ev.bestLabel && ev.bestLabel.share >= SCALE_SHARE)
    return { plan: labelPlan(view, infos, ev.bestLabel.scale) };
  if (ev.scorable > 0 && ev.ints >= ev.scorable * SCALE_SHARE) {
    const s = numericScale(ev);
    return { plan: numericPlan(view, infos, s.kind, s.min, s.max) };
  }
  for (const delimiter of delimitersOf(family)) {
    const multi = multiPlan(view, infos, delimiter);
    if (multi.looksMulti) return { plan: multi.plan };
  }
  const distinct = new Set(infos.filter((i) => !i.error).map((i) => normaliseLabel(i.text))).size;
  const meanLength =
    sum(infos, () => true) > 0
      ? infos.reduce((s, i) => s + i.text.length * i.count, 0) / filled
      : 0;
  if (
    distinct <= MAX_SINGLE_OPTIONS &&
    distinct < filled &&
    distinct <= Math.max(2, filled / 2) &&
    meanLength <= 100
  )
    return { plan: singlePlan(view, infos) };
  return { plan: textPlan(view, infos) };
};

/**
 * The plan for a kind the user chose, or undefined when the values cannot be read that way (fewer
 * than half the answers would score). `scale` applies to numbers; labels keep their own points.
 */
export const planForKind = (
  view: ColumnView,
  family: ExportFamily,
  kind: ColumnKind,
  role: MetaRole | undefined,
  scale: { min: number; max: number } | undefined,
): ColumnPlan | undefined => {
  const infos = infosOf(view);
  // A forced scale must score at least half of the answers; otherwise the mapping is wrong.
  const scored = (plan: ColumnPlan): ColumnPlan | undefined => {
    const hits = sum(infos, (i) => plan.answers?.[i.code] != null);
    return hits > 0 && hits * 2 >= sum(infos, (i) => !i.dontKnow) ? plan : undefined;
  };
  switch (kind) {
    case 'meta':
      return metaPlan(view, role ?? 'other', family);
    case 'text':
      return textPlan(view, infos);
    case 'single':
      return singlePlan(view, infos);
    case 'multi': {
      const delimiters = delimitersOf(family);
      for (const d of delimiters) {
        const m = multiPlan(view, infos, d);
        if (m.looksMulti) return m.plan;
      }
      return multiPlan(view, infos, delimiters[0] ?? ';', true).plan;
    }
    case 'likert': {
      const ev = evidence(infos);
      if (scale) return scored(numericPlan(view, infos, 'likert', scale.min, scale.max));
      if (ev.bestLabel) return scored(labelPlan(view, infos, ev.bestLabel.scale));
      if (ev.ints === 0 || ev.maxInt > 7) return undefined;
      return scored(
        numericPlan(view, infos, 'likert', ev.minInt === 0 ? 0 : 1, ev.maxInt <= 5 ? 5 : 7),
      );
    }
    case 'scale0to10':
      return scored(numericPlan(view, infos, 'scale0to10', scale?.min ?? 0, scale?.max ?? 10));
  }
};
