import type { MessageKey } from '../i18n';

/** A problem with one field of the input, named by its path (`milestones.planApprovedOn`). */
export interface FieldIssue {
  path: ReadonlyArray<string | number>;
  /** Already in the user's language (zod's locale), or … */
  message?: string;
  /** … a catalogue key the HTTP adapter translates. */
  key?: MessageKey;
  params?: Record<string, string | number>;
}

/** Every error the system means to show a user carries a literal `code`; one table maps codes to HTTP statuses. */
export abstract class CiklasError extends Error {
  abstract readonly code: string;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export class ValidationError extends CiklasError {
  readonly code = 'validation' as const;
  override readonly name = 'ValidationError';
  constructor(
    readonly issues: FieldIssue[],
    options?: { cause?: unknown },
  ) {
    super(`Invalid input: ${issues.map((i) => i.path.join('.') || '(root)').join(', ')}`, options);
  }
}

export class UnauthenticatedError extends CiklasError {
  readonly code = 'unauthenticated' as const;
  override readonly name = 'UnauthenticatedError';
}

export class ForbiddenError extends CiklasError {
  readonly code = 'forbidden' as const;
  override readonly name = 'ForbiddenError';
  /** Set when the role is right but something else forbids it (another unit's item). */
  readonly key: MessageKey | undefined;
  constructor(
    readonly allowedRoles: readonly string[],
    options?: { cause?: unknown; key?: MessageKey },
  ) {
    super(options?.key ?? `Requires one of the roles: ${allowedRoles.join(', ')}`, options);
    this.key = options?.key;
  }
}

/** The item is in a state that does not allow this (an approved plan, a decided proposal). */
export class StateError extends CiklasError {
  readonly code = 'invalid_state' as const;
  override readonly name = 'StateError';
  constructor(
    readonly key: MessageKey,
    readonly params: Record<string, string | number> = {},
    options?: { cause?: unknown },
  ) {
    super(key, options);
  }
}

export class NotFoundError extends CiklasError {
  readonly code = 'not_found' as const;
  override readonly name = 'NotFoundError';
  constructor(
    readonly entity: string,
    readonly id: string,
    options?: { cause?: unknown },
  ) {
    super(`${entity} ${id} not found`, options);
  }
}

/** A write named a version that is no longer current; `current` is what is stored now (null: it was deleted). */
export class ConflictError extends CiklasError {
  readonly code = 'version_conflict' as const;
  override readonly name = 'ConflictError';
  constructor(
    readonly current: unknown,
    options?: { cause?: unknown },
  ) {
    super('The item was changed by someone else', options);
  }
}

/** A file or payload larger than the operation takes. */
export class TooLargeError extends CiklasError {
  readonly code = 'too_large' as const;
  override readonly name = 'TooLargeError';
  constructor(
    readonly key: MessageKey,
    readonly params: Record<string, string | number> = {},
    options?: { cause?: unknown },
  ) {
    super(key, options);
  }
}

export type ErrorCode =
  | ValidationError['code']
  | UnauthenticatedError['code']
  | ForbiddenError['code']
  | NotFoundError['code']
  | ConflictError['code']
  | StateError['code']
  | TooLargeError['code'];

export const HTTP_STATUS: Record<ErrorCode, number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  version_conflict: 409,
  invalid_state: 409,
  too_large: 413,
};
