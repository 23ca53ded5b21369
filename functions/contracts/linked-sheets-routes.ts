import { Deleted } from './common';
import {
  DeleteLinkedSheetQuery,
  LinkedSheetList,
  LinkedSheetView,
  PutLinkedSheetRequest,
  ServiceAccountView,
} from './linked-sheets';
import { MANAGEMENT, type RouteSpec } from './route-spec';
import { SurveyParams } from './surveys';

/** As survey managers: unit heads for their unit's surveys, management for any. */
const LINK_MANAGERS = ['unitHead', ...MANAGEMENT, 'admin'] as const;

/** Google Sheets linked to surveys: the nightly sync's links and their status. */
export const LINKED_SHEET_ROUTES = {
  getLinkedSheet: {
    method: 'GET',
    path: '/v1/cycles/{year}/surveys/{surveyId}/linked-sheet',
    summary: "The survey's linked Google Sheet and what the nightly sync last did",
    tag: 'linked-sheets',
    roles: LINK_MANAGERS,
    params: SurveyParams,
    response: LinkedSheetView,
  },
  putLinkedSheet: {
    method: 'PUT',
    path: '/v1/cycles/{year}/surveys/{surveyId}/linked-sheet',
    summary: 'Link a Google Sheet to the survey (version 0) or change the link',
    tag: 'linked-sheets',
    roles: LINK_MANAGERS,
    params: SurveyParams,
    body: PutLinkedSheetRequest,
    response: LinkedSheetView,
  },
  deleteLinkedSheet: {
    method: 'DELETE',
    path: '/v1/cycles/{year}/surveys/{surveyId}/linked-sheet',
    summary: 'Unlink (?version=); the responses already imported stay',
    tag: 'linked-sheets',
    roles: LINK_MANAGERS,
    params: SurveyParams,
    query: DeleteLinkedSheetQuery,
    response: Deleted,
  },
  listLinkedSheets: {
    method: 'GET',
    path: '/v1/linked-sheets',
    summary: 'Every linked Google Sheet of the organisation with its sync status',
    tag: 'linked-sheets',
    roles: LINK_MANAGERS,
    response: LinkedSheetList,
  },
  getLinkedSheetsServiceAccount: {
    method: 'GET',
    path: '/v1/linked-sheets/service-account',
    summary: 'The Google service account to share linked spreadsheets with',
    tag: 'linked-sheets',
    roles: LINK_MANAGERS,
    response: ServiceAccountView,
  },
} as const satisfies Record<string, RouteSpec>;
