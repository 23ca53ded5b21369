import {
  CiklasError,
  ConflictError,
  ForbiddenError,
  HTTP_STATUS,
  StateError,
  TooLargeError,
  ValidationError,
} from '../../domain/errors';
import { isMessageKey, t, type Locale, type MessageKey } from '../../i18n';
import type { Problem } from '../../contracts/problem';
import type { Logger } from '../../shared/logger';
import { InputError } from './parse';

export interface HttpResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  isBase64Encoded?: boolean;
}

const PROBLEM_BASE = 'https://ciklas.lt/problems/';

export const problemResponse = (problem: Problem, locale: Locale): HttpResponse => ({
  statusCode: problem.status,
  headers: {
    'content-type': 'application/problem+json; charset=utf-8',
    'content-language': locale,
  },
  body: JSON.stringify(problem),
});

const roleList = (roles: readonly string[], locale: Locale): string =>
  roles.map((r) => t(locale, `role.${r}` as MessageKey)).join(', ');

/** Any error as an RFC 9457 problem in the user's language; unknown errors say nothing but the request id. */
export const toProblem = (
  error: unknown,
  locale: Locale,
  requestId: string,
  logger: Logger,
  extra: { sentVersion?: number } = {},
): Problem => {
  if (!(error instanceof CiklasError)) {
    logger.error('unhandled error', { requestId, error });
    return {
      type: `${PROBLEM_BASE}internal`,
      title: t(locale, 'problem.internal.title'),
      status: 500,
      detail: t(locale, 'problem.internal.detail', { requestId }),
      requestId,
    };
  }
  const code = (error as CiklasError & { code: keyof typeof HTTP_STATUS }).code;
  const base: Problem = {
    type: `${PROBLEM_BASE}${code}`,
    title: t(locale, `problem.${code}.title` as MessageKey),
    status: HTTP_STATUS[code],
    requestId,
  };
  if (error instanceof ValidationError) {
    const part = error instanceof InputError ? error.part : 'body';
    const errors = error.issues.map((issue) => ({
      field: issue.path.length > 0 ? issue.path.join('.') : part,
      in: part,
      message: issue.key ? t(locale, issue.key, issue.params) : (issue.message ?? ''),
    }));
    return {
      ...base,
      detail: t(locale, 'problem.validation.detail', {
        fields: errors.map((e) => e.field).join(', '),
      }),
      errors,
    };
  }
  if (error instanceof StateError || error instanceof TooLargeError) {
    return { ...base, detail: t(locale, error.key, error.params) };
  }
  if (error instanceof ForbiddenError) {
    if (error.key) return { ...base, detail: t(locale, error.key) };
    return {
      ...base,
      detail: t(locale, 'problem.forbidden.detail', {
        roles: roleList(error.allowedRoles, locale),
      }),
    };
  }
  if (error instanceof ConflictError) {
    return {
      ...base,
      detail: t(locale, 'problem.version_conflict.detail', { sent: extra.sentVersion ?? '?' }),
      current: error.current,
    };
  }
  // An error may name its own message (a `NotFoundError` subclass that says what is missing).
  const own = error as { key?: unknown; params?: Record<string, string | number> };
  if (typeof own.key === 'string' && isMessageKey(own.key))
    return { ...base, detail: t(locale, own.key, own.params ?? {}) };
  return { ...base, detail: t(locale, `problem.${code}.detail` as MessageKey) };
};
