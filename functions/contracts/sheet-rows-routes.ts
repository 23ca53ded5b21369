import { EVERYONE, type RouteSpec } from './route-spec';
import {
  PutSheetRowsRequest,
  SheetRowsParams,
  SheetRowsResultView,
  SheetRowsView,
} from './sheet-rows';

/** Those who write the planning workbook's rows (as `applyPlanningWorkbook`). */
const SHEET_WRITERS = ['staff', 'unitHead', 'deputy', 'director'] as const;

/** The planning workbook's entities as JSON rows, for the Google Sheets add-on: the routes. */
export const SHEET_ROW_ROUTES = {
  getSheetRows: {
    method: 'GET',
    path: '/v1/cycles/{year}/sheets/{entity}',
    summary: 'An entity’s rows of a cycle, with column headers in the user’s language',
    tag: 'sheets',
    roles: EVERYONE,
    params: SheetRowsParams,
    response: SheetRowsView,
  },
  putSheetRows: {
    method: 'PUT',
    path: '/v1/cycles/{year}/sheets/{entity}',
    summary:
      'Write edited rows, each on its own: applied, unchanged, conflict or rejected per row; idempotent by clientRowId',
    tag: 'sheets',
    roles: SHEET_WRITERS,
    params: SheetRowsParams,
    body: PutSheetRowsRequest,
    response: SheetRowsResultView,
  },
} as const satisfies Record<string, RouteSpec>;
