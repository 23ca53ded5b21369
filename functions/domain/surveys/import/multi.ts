import { normaliseLabel } from './labels';

/** Google Forms joins checkbox answers with ", "; Microsoft Forms with ";" and a trailing ";". */
export type MultiDelimiter = ', ' | ';';

export interface DistinctText {
  code: number;
  /** Trimmed cell text. */
  text: string;
  /** Rows holding it. */
  count: number;
}

export interface LearnedMulti {
  /** Option labels, first seen first. */
  options: string[];
  /** Per distinct code: sorted option indexes. */
  byCode: Map<number, number[]>;
  /** Rows whose cell names two or more options. */
  combinedRows: number;
  /** Rows whose cell ends with the delimiter (Microsoft Forms' trailing ";"). */
  trailingRows: number;
  /** Share of option mentions that are of options chosen in two or more rows. */
  recurringShare: number;
}

const splitParts = (text: string, delimiter: MultiDelimiter): string[] =>
  (delimiter === ';' ? text.split(';') : text.split(/,\s+/))
    .map((p) => p.trim())
    .filter((p) => p !== '');

/** The fewest known items that make up `parts` exactly, or undefined. */
const segmentFully = (
  parts: readonly string[],
  known: ReadonlySet<string>,
  join: string,
): string[] | undefined => {
  const n = parts.length;
  // best[i]: fewest items covering parts[i..]; next[i]: where the first of them ends.
  const best = new Array<number>(n + 1).fill(Infinity);
  const next = new Array<number>(n + 1).fill(-1);
  best[n] = 0;
  for (let i = n - 1; i >= 0; i--)
    for (let end = i + 1; end <= n; end++) {
      if (i === 0 && end === n) continue;
      if (best[end]! + 1 < best[i]! && known.has(normaliseLabel(parts.slice(i, end).join(join)))) {
        best[i] = best[end]! + 1;
        next[i] = end;
      }
    }
  if (!Number.isFinite(best[0]!)) return undefined;
  const out: string[] = [];
  for (let i = 0; i < n; i = next[i]!) out.push(parts.slice(i, next[i]!).join(join));
  return out;
};

/**
 * Learns a multi-select column's options from its distinct values and tests each cell for their
 * presence, longest option first. An option whose text holds the delimiter ("Taip, dažnai") is
 * kept whole wherever it occurs, provided some respondent chose it alone (its own whole value);
 * an option never chosen alone cannot be told from two options and is split.
 */
export const learnMulti = (
  values: readonly DistinctText[],
  delimiter: MultiDelimiter,
): LearnedMulti => {
  const join = delimiter === ';' ? ';' : ', ';
  const split = values.map((v) => splitParts(v.text, delimiter));
  // Option candidates, built up from the shortest values: single answers, then any joined value
  // that cannot be made of candidates already known ("Taip, dažnai" when neither "Taip" nor
  // "dažnai" was chosen alone); one that can ("Maitinimas, Užimtumas") is a combination.
  const wholes = new Set(split.filter((p) => p.length === 1).map((p) => normaliseLabel(p[0]!)));
  const byLength = split
    .map((parts, i) => ({ parts, i }))
    .filter((x) => x.parts.length > 1)
    .sort((a, b) => a.parts.length - b.parts.length);
  for (const { parts } of byLength)
    if (!segmentFully(parts, wholes, join)) wholes.add(normaliseLabel(parts.join(join)));
  // Pass 1: cut each value into known wholes, longest first; unknown parts stay single.
  const cut = values.map((v, index) => {
    const parts = split[index]!;
    if (parts.length <= 1) return { segs: parts, known: 0, parts };
    const self = normaliseLabel(v.text);
    const segs: string[] = [];
    let known = 0;
    for (let i = 0; i < parts.length;) {
      let len = parts.length - i;
      for (; len > 1; len--) {
        const norm = normaliseLabel(parts.slice(i, i + len).join(join));
        if (norm !== self && wholes.has(norm)) break;
      }
      const seg = parts.slice(i, i + len).join(join);
      if (len > 1 || wholes.has(normaliseLabel(seg))) known++;
      segs.push(seg);
      i += len;
    }
    return { segs, known, parts };
  });
  // Pass 2: a value with no known part is split only when its parts recur in other values;
  // otherwise it is one option that happens to contain the delimiter.
  const spread = new Map<string, number>();
  for (const c of cut) {
    const items = c.known > 0 ? c.segs : c.parts.length >= 2 ? c.parts : [];
    for (const p of new Set(items.map(normaliseLabel))) spread.set(p, (spread.get(p) ?? 0) + 1);
  }
  // A whole that other cells name as one item ("Taip, dažnai" in "Taip, dažnai, Kita") is an option.
  const usedWhole = new Set<string>();
  for (const c of cut)
    for (const seg of c.segs)
      if (splitParts(seg, delimiter).length > 1) usedWhole.add(normaliseLabel(seg));
  const segmentsOf = (v: DistinctText, i: number): string[] => {
    const c = cut[i]!;
    if (usedWhole.has(normaliseLabel(v.text))) return [v.text];
    if (delimiter === ';' || c.known > 0 || c.parts.length <= 1) return c.segs;
    return c.parts.some((p) => (spread.get(normaliseLabel(p)) ?? 0) >= 2) ? c.parts : [v.text];
  };

  const optionIndex = new Map<string, number>();
  const options: string[] = [];
  const mentions: number[] = [];
  const byCode = new Map<number, number[]>();
  let combinedRows = 0;
  let trailingRows = 0;
  values.forEach((v, i) => {
    const segs = segmentsOf(v, i);
    const picked = new Set<number>();
    for (const seg of segs) {
      const norm = normaliseLabel(seg);
      let idx = optionIndex.get(norm);
      if (idx === undefined) {
        idx = options.length;
        optionIndex.set(norm, idx);
        options.push(seg);
        mentions.push(0);
      }
      picked.add(idx);
    }
    for (const idx of picked) mentions[idx]! += v.count;
    if (picked.size >= 2) combinedRows += v.count;
    if (delimiter === ';' && v.text.endsWith(';')) trailingRows += v.count;
    byCode.set(
      v.code,
      [...picked].sort((x, y) => x - y),
    );
  });
  const total = mentions.reduce((s, m) => s + m, 0);
  const recurring = mentions.reduce((s, m) => s + (m >= 2 ? m : 0), 0);
  return {
    options,
    byCode,
    combinedRows,
    trailingRows,
    recurringShare: total === 0 ? 0 : recurring / total,
  };
};
