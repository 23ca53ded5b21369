import { ValidationError, type FieldIssue } from '../errors';

/** Nested API paths by their first two steps (`finding.text`) to a sheet's flat column keys. */
export type ColumnsOfPaths = Readonly<Record<string, string>>;

const onColumn = (issue: FieldIssue, columns: ColumnsOfPaths): FieldIssue => {
  const [first, second, ...rest] = issue.path;
  const column = columns[`${String(first)}.${String(second)}`];
  return column === undefined ? issue : { ...issue, path: [column, ...rest] };
};

/**
 * Runs a domain check for a sheet row so that every rejected field is named by its column (the
 * workbook places an issue by its path's first step), not by the API's nested path.
 */
export const onColumns = async <R>(check: Promise<R>, columns: ColumnsOfPaths): Promise<R> => {
  try {
    return await check;
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    throw new ValidationError(
      error.issues.map((issue) => onColumn(issue, columns)),
      { cause: error },
    );
  }
};
