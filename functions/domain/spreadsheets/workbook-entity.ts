import type { FieldIssue } from '../errors';
import type { Change, Deps, RequestContext, Stored } from '../ports';
import type { SheetDef } from './sheet';

/**
 * One entity as a sheet of the planning workbook. The area that owns the entity describes it;
 * the workbook engine (`workbook.ts`) writes, reviews and applies it like every other sheet.
 */
export interface WorkbookEntity<T extends { id: string } = { id: string }, I = unknown> {
  sheet: SheetDef;
  /** The cycle's items, in the order the sheet shows them. */
  list(ctx: RequestContext, year: number, deps: Deps): Promise<Stored<T>[]>;
  /** A stored item's value for each column key (codes and ids; the engine makes cells of them). */
  toValues(item: Stored<T>): Record<string, unknown>;
  /**
   * Checks a new item (access, links, state) and gives the change that creates it. Throws the
   * area's usual errors (ValidationError, ForbiddenError, StateError), which become row rejections.
   */
  prepareCreate(ctx: RequestContext, year: number, input: I, deps: Deps): Promise<Change>;
  /** The same for a change to `current`; fields the sheet does not show are kept from `current`. */
  prepareUpdate(
    ctx: RequestContext,
    year: number,
    current: Stored<T>,
    input: I,
    expectedVersion: number,
    deps: Deps,
  ): Promise<Change>;
}

/**
 * A row's values (cleared cells left out) through the entity's request contract: the same rules
 * as the API's body, messages in the user's language. Given by the HTTP side, which owns zod.
 */
export type ValidateRow<I = unknown> = (
  values: Record<string, unknown>,
) => { ok: true; value: I } | { ok: false; issues: FieldIssue[] };

export interface WorkbookSheet<I = unknown> {
  entity: WorkbookEntity<{ id: string }, I>;
  validate: ValidateRow<I>;
}
