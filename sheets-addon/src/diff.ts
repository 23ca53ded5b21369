/**
 * What Push sends: only rows changed since the last pull (their values no longer match the
 * fingerprint kept beside them), new rows, and the ids of the last pull that are gone from
 * the sheet (deleted only after the user says yes). Pure.
 */
import { changedKeys, isBlank, NEW_ROW_PREFIX, type SheetLayout, type SheetRowRead } from './rows';

export interface SheetUpdate {
  row: SheetRowRead;
  /** The editable columns changed since the pull: only these are sent. */
  changed: string[];
}

export interface SheetDiff {
  creates: SheetRowRead[];
  updates: SheetUpdate[];
  /** Ids pulled (or created) before and missing from the sheet now. */
  removedIds: string[];
  /** Rows whose values equal what was pulled. */
  unchanged: number;
}

export const diffRows = (
  rows: readonly SheetRowRead[],
  knownIds: readonly string[],
  layout: SheetLayout,
): SheetDiff => {
  const creates: SheetRowRead[] = [];
  const updates: SheetUpdate[] = [];
  const present = new Set<string>();
  let unchanged = 0;
  for (const row of rows) {
    if (row.id !== null) {
      present.add(row.id);
      const changed = changedKeys(row, layout);
      if (changed.length === 0) unchanged += 1;
      else updates.push({ row, changed });
    } else if (!isBlank(row)) {
      creates.push(row);
    }
  }
  const removedIds = [...new Set(knownIds)].filter((id) => !present.has(id));
  return { creates, updates, removedIds, unchanged };
};

/** The clientRowId of a row: its id for an update; for a new row the `new:` id kept in its hidden cell. */
export const pendingClientRowId = (row: SheetRowRead): string | null =>
  row.meta.startsWith(NEW_ROW_PREFIX) ? row.meta.slice(NEW_ROW_PREFIX.length) : null;

export const chunk = <T>(items: readonly T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};
