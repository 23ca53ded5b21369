import { ConflictError } from '../errors';
import type { Stored } from '../ports';

/**
 * Runs a write; a stale version's conflict is answered with the current item described like any
 * read, so the caller can re-apply their change to what they see.
 */
export const describingConflict = async <T extends object, R>(
  write: Promise<Stored<T>>,
  describe: (current: Stored<T>) => R | Promise<R>,
): Promise<Stored<T>> => {
  try {
    return await write;
  } catch (error) {
    if (error instanceof ConflictError && error.current) {
      throw new ConflictError(await describe(error.current as Stored<T>), { cause: error });
    }
    throw error;
  }
};
