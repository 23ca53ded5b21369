import type { Answer, QuestionOverride, ResponseColumns, SurveyQuestion } from './model';

/** A question whose new import disagrees with what the survey already holds. */
export interface MergeIssue {
  key: 'surveys.import.kindChanged' | 'surveys.import.scaleChanged';
  header: string;
  params: Record<string, string>;
}

export interface MergedImport {
  questions: SurveyQuestion[];
  /** The import's answers with option indexes renumbered into the survey's option lists. */
  responses: ResponseColumns;
  issues: MergeIssue[];
}

const sameLabel = (a: string, b: string): boolean =>
  a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

const scaleText = (q: SurveyQuestion): string => (q.scale ? `${q.scale.min}–${q.scale.max}` : '—');

/**
 * Joins a new import's questions to the survey's: a question is the same when its key (from the
 * header text) is; new questions are appended; option lists grow, and the import's option indexes
 * are renumbered into them so every import's answers mean the same. A question whose kind or scale
 * changed is an issue for the user to settle in the mapping: answers of two kinds never mix.
 */
export const mergeQuestions = (
  stored: readonly SurveyQuestion[],
  incoming: readonly SurveyQuestion[],
  responses: ResponseColumns,
): MergedImport => {
  const byKey = new Map(stored.map((q) => [q.key, q]));
  const merged = stored.map((q) => ({ ...q }));
  const indexOf = new Map(merged.map((q, i) => [q.key, i]));
  const answers: Record<string, Answer[]> = { ...responses.answers };
  const issues: MergeIssue[] = [];
  for (const q of incoming) {
    const before = byKey.get(q.key);
    if (!before) {
      indexOf.set(q.key, merged.length);
      merged.push({ ...q });
      continue;
    }
    if (before.kind !== q.kind) {
      issues.push({
        key: 'surveys.import.kindChanged',
        header: q.header,
        params: { column: q.header, before: before.kind, after: q.kind },
      });
      continue;
    }
    if (
      before.scale &&
      q.scale &&
      (before.scale.min !== q.scale.min || before.scale.max !== q.scale.max)
    ) {
      issues.push({
        key: 'surveys.import.scaleChanged',
        header: q.header,
        params: { column: q.header, before: scaleText(before), after: scaleText(q) },
      });
      continue;
    }
    const target = merged[indexOf.get(q.key)!]!;
    // The mapping as it is now names the tags; the source columns are those of the latest file.
    target.header = q.header;
    target.columns = q.columns;
    assignTags(target, q);
    if ((q.kind === 'single' || q.kind === 'multi') && q.options) {
      const options = [...(target.options ?? [])];
      const remap = q.options.map((label) => {
        const found = options.findIndex((o) => sameLabel(o, label));
        if (found >= 0) return found;
        options.push(label);
        return options.length - 1;
      });
      target.options = options;
      const column = answers[q.key];
      if (column && remap.some((to, from) => to !== from))
        answers[q.key] = column.map((a) =>
          a === null
            ? null
            : Array.isArray(a)
              ? a.map((i) => remap[i]!).sort((x, y) => x - y)
              : typeof a === 'number'
                ? remap[a]!
                : a,
        );
    }
  }
  return { questions: merged, responses: { count: responses.count, answers }, issues };
};

const assignTags = (target: SurveyQuestion, source: Partial<SurveyQuestion>): void => {
  if (source.domain === undefined) delete target.domain;
  else target.domain = source.domain;
  if (source.unitId === undefined) delete target.unitId;
  else target.unitId = source.unitId;
  if (source.isUnitColumn === undefined) delete target.isUnitColumn;
  else target.isUnitColumn = source.isUnitColumn;
};

const overrideFor = (
  q: SurveyQuestion,
  mapping: readonly QuestionOverride[],
): QuestionOverride | undefined =>
  mapping.find((o) => o.key === q.key) ?? mapping.find((o) => o.header === q.header);

/**
 * A changed mapping's tags (domain, unit, unit column) take effect on the stored questions at once;
 * kinds and scales only through the next import, since stored answers were scored under the old.
 */
export const retagQuestions = (
  questions: readonly SurveyQuestion[],
  mapping: readonly QuestionOverride[],
): SurveyQuestion[] =>
  questions.map((q) => {
    const o = overrideFor(q, mapping);
    const next = { ...q };
    assignTags(next, {
      ...(o?.domain ? { domain: o.domain } : {}),
      ...(o?.unitId ? { unitId: o.unitId } : {}),
      ...(o?.isUnitColumn ? { isUnitColumn: true } : {}),
    });
    return next;
  });
