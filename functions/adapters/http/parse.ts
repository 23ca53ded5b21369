import { z } from 'zod';
import { ValidationError, type FieldIssue } from '../../domain/errors';
import { isMessageKey, type Locale } from '../../i18n';

export type InputPart = 'path' | 'query' | 'body';

const zodLocales = { lt: z.locales.lt().localeError, en: z.locales.en().localeError };

/** Field issues from zod's, in the user's language; each unknown key becomes its own issue. */
export const toFieldIssues = (issues: readonly z.core.$ZodIssue[]): FieldIssue[] =>
  issues.flatMap((issue): FieldIssue[] => {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...path, key], message: issue.message }));
    }
    const key =
      issue.code === 'custom' ? (issue.params as { key?: unknown } | undefined)?.key : undefined;
    if (typeof key === 'string' && isMessageKey(key)) return [{ path, key }];
    return [{ path, message: issue.message }];
  });

export class InputError extends ValidationError {
  constructor(
    readonly part: InputPart,
    issues: FieldIssue[],
    options?: { cause?: unknown },
  ) {
    super(issues, options);
  }
}

/** Parses one part of a request with its contract; errors name the fields in the user's language. */
export const parseInput = <S extends z.ZodType>(
  schema: S,
  value: unknown,
  part: InputPart,
  locale: Locale,
): z.output<S> => {
  const result = schema.safeParse(value, { error: zodLocales[locale] });
  if (result.success) return result.data;
  throw new InputError(part, toFieldIssues(result.error.issues), { cause: result.error });
};
