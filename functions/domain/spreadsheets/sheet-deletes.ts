import { isMessageKey, t, type Locale } from '../../i18n';
import {
  CiklasError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  StateError,
  ValidationError,
  type FieldIssue,
} from '../errors';
import type { Change, Deps, RequestContext, Store, Stored } from '../ports';
import { sheetName } from './rows';
import { lookupFor } from './workbook';
import type { WorkbookSheet } from './workbook-entity';
import { rowValuesOf, transactionBatches, type JsonCell } from './sheet-rows';

/**
 * Explicit deletions of the sheet rows API: the rows a user removed from the sheet and then
 * confirmed, each named with the version it was read at. Every delete goes through the area's own
 * delete (the API's `DELETE` use case: roles, units, plan state, links), run against a store that
 * records the removal instead of writing it, so the removals are written together in
 * transactions, each with its audit entry, as the rows are.
 */

/** An area's delete of one item at the version read (`deletePlanItem`, `deleteNeed`, …). */
export type DeleteItem = (
  ctx: RequestContext,
  year: number,
  id: string,
  expectedVersion: number,
  deps: Deps,
) => Promise<void>;

export interface SheetRowDelete {
  id: string;
  version: number;
}

export type SheetDeleteResult =
  | { id: string; status: 'deleted'; version: number }
  /** No such item now: already deleted (a retried request), or never one the user could see. */
  | { id: string; status: 'gone' }
  /** The item changed since the version sent: nothing deleted; its current values. */
  | { id: string; status: 'conflict'; version: number; values: Record<string, JsonCell> }
  | { id: string; status: 'rejected'; issues: FieldIssue[] };

const unsupportedWrite = (what: string) => () =>
  Promise.reject(new Error(`A delete is expected to remove items only, not to ${what}`));

/** A store that reads through `store` and records each removal as a change instead of writing it. */
const recordingStore = (store: Store, removals: Change[]): Store => ({
  get: (ctx, ref) => store.get(ctx, ref),
  list: (ctx, type, options) => store.list(ctx, type, options),
  audit: (ctx, query) => store.audit(ctx, query),
  recordRead: (ctx, refs, detail) => store.recordRead(ctx, refs, detail),
  remove: (_ctx, ref, expectedVersion) => {
    removals.push({ ref, remove: true, expectedVersion });
    return Promise.resolve();
  },
  save: unsupportedWrite('save'),
  apply: unsupportedWrite('apply changes'),
  redactAudit: unsupportedWrite('redact the audit'),
  putBulk: unsupportedWrite('write bulk data'),
  removeBulk: unsupportedWrite('remove bulk data'),
});

/** Why the area refused the delete, as the row's problems. */
const refusal = (error: CiklasError, locale: Locale): FieldIssue[] | undefined => {
  if (error instanceof ValidationError) return error.issues;
  if (error instanceof StateError) return [{ path: [], key: error.key, params: error.params }];
  if (error instanceof ForbiddenError) {
    if (error.key) return [{ path: [], key: error.key }];
    const roles = error.allowedRoles.map((r) => {
      const key = `role.${r}`;
      return isMessageKey(key) ? t(locale, key) : r;
    });
    return [{ path: [], key: 'problem.forbidden.detail', params: { roles: roles.join(', ') } }];
  }
  return undefined;
};

interface Prepared {
  index: number;
  version: number;
  changes: Change[];
}

/**
 * Deletes the items named, each at its version, by the area's own rules (`remove`; `null` where
 * the area has no delete: each is rejected). An item the user's list no longer holds is `gone`;
 * one whose version moved is a `conflict` with its current values. Removals go in transactions
 * of up to MAX_CHANGES_PER_TRANSACTION; should one fail, its deletes are written one by one.
 */
export const deleteSheetRows = async (
  ctx: RequestContext,
  year: number,
  sheet: WorkbookSheet,
  deletes: SheetRowDelete[],
  remove: DeleteItem | null,
  locale: Locale,
  deps: Deps,
): Promise<SheetDeleteResult[]> => {
  if (deletes.length === 0) return [];
  const results: (SheetDeleteResult | undefined)[] = deletes.map(() => undefined);
  if (remove === null)
    return deletes.map(({ id }) => ({
      id,
      status: 'rejected',
      issues: [
        {
          path: [],
          key: 'sheetRows.deleteNotSupported',
          params: { sheet: sheetName(sheet.entity.sheet, locale) },
        },
      ],
    }));
  const lookup = await lookupFor(ctx, deps);
  const listById = async () =>
    new Map(
      (await sheet.entity.list(ctx, year, deps)).map((i): [string, Stored<{ id: string }>] => [
        i.id,
        i,
      ]),
    );
  const conflictOrGone = (id: string, item: Stored<{ id: string }> | undefined) =>
    item
      ? {
          id,
          status: 'conflict' as const,
          version: item.version,
          values: rowValuesOf(sheet, item, lookup, locale),
        }
      : { id, status: 'gone' as const };

  const before = await listById();
  const prepared: Prepared[] = [];
  for (const [index, { id, version }] of deletes.entries()) {
    const current = before.get(id);
    if (!current || current.version !== version) {
      results[index] = conflictOrGone(id, current);
      continue;
    }
    const changes: Change[] = [];
    try {
      await remove(ctx, year, id, version, { ...deps, store: recordingStore(deps.store, changes) });
      prepared.push({ index, version, changes });
    } catch (error) {
      if (error instanceof NotFoundError) results[index] = { id, status: 'gone' };
      else if (error instanceof ConflictError) results[index] = conflictOrGone(id, current);
      else {
        const issues = error instanceof CiklasError ? refusal(error, locale) : undefined;
        if (!issues) throw error;
        results[index] = { id, status: 'rejected', issues };
      }
    }
  }

  const batches = transactionBatches(prepared);
  const lost: Prepared[] = [];
  const done = (p: Prepared) =>
    (results[p.index] = { id: deletes[p.index]!.id, status: 'deleted', version: p.version });
  for (const batch of batches) {
    try {
      await deps.store.apply(
        ctx,
        batch.flatMap((p) => p.changes),
      );
      batch.forEach(done);
    } catch (error) {
      if (!(error instanceof CiklasError)) throw error;
      // Someone wrote in between: each delete on its own.
      for (const p of batch) {
        try {
          await deps.store.apply(ctx, p.changes);
          done(p);
        } catch (oneError) {
          if (!(oneError instanceof ConflictError)) throw oneError;
          lost.push(p);
        }
      }
    }
  }
  if (lost.length > 0) {
    const now = await listById();
    for (const p of lost)
      results[p.index] = conflictOrGone(deletes[p.index]!.id, now.get(deletes[p.index]!.id));
  }
  return results.map((r) => r!);
};
