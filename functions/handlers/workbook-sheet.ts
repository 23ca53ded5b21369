import type { z } from 'zod';
import type { WorkbookEntity } from '../domain/spreadsheets/workbook-entity';

export type AnySheet = { entity: WorkbookEntity<{ id: string }, unknown>; schema: z.ZodType };

/**
 * An entity as a sheet of the planning workbook, with the contract its API body is parsed with:
 * the compiler checks that the contract's output is the entity's input.
 */
export const sheet = <T extends { id: string }, I>(
  entity: WorkbookEntity<T, I>,
  schema: z.ZodType<I>,
): AnySheet => ({
  // Each entity only ever meets rows its own schema produced.
  entity: entity as unknown as WorkbookEntity<{ id: string }, unknown>,
  schema,
});
