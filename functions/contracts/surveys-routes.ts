import { Deleted, FileBody } from './common';
import { CycleParams } from './cycle';
import { EVERYONE, MANAGEMENT, XLSX_MEDIA_TYPE, type RouteSpec } from './route-spec';
import {
  CompareQuery,
  CreateSurveyRequest,
  DeleteSurveyQuery,
  ImportPreviewView,
  ImportQuery,
  ImportResultView,
  PutMappingRequest,
  SurveyAnalysisView,
  SurveyComparisonView,
  SurveyList,
  SurveyParams,
  SurveyRowsRequest,
  SurveyView,
  UpdateSurveyRequest,
} from './surveys';

/** Unit heads manage their unit's surveys, management any; everyone reads the (suppressed) results. */
const SURVEY_MANAGERS = ['unitHead', ...MANAGEMENT, 'admin'] as const;

/** Surveys: description, import (preview, then commit), analysis and comparison. */
export const SURVEY_ROUTES = {
  listSurveys: {
    method: 'GET',
    path: '/v1/cycles/{year}/surveys',
    summary: "The cycle's surveys",
    tag: 'surveys',
    roles: EVERYONE,
    params: CycleParams,
    response: SurveyList,
  },
  createSurvey: {
    method: 'POST',
    path: '/v1/cycles/{year}/surveys',
    summary:
      'Describe a survey (instrument, audience, period, unit, population) before importing it',
    tag: 'surveys',
    roles: SURVEY_MANAGERS,
    params: CycleParams,
    body: CreateSurveyRequest,
    response: SurveyView,
    status: 201,
  },
  getSurvey: {
    method: 'GET',
    path: '/v1/cycles/{year}/surveys/{surveyId}',
    summary: 'One survey with its questions, mapping and imports',
    tag: 'surveys',
    roles: EVERYONE,
    params: SurveyParams,
    response: SurveyView,
  },
  updateSurvey: {
    method: 'PUT',
    path: '/v1/cycles/{year}/surveys/{surveyId}',
    summary: "Change a survey's description at the version read",
    tag: 'surveys',
    roles: SURVEY_MANAGERS,
    params: SurveyParams,
    body: UpdateSurveyRequest,
    response: SurveyView,
  },
  deleteSurvey: {
    method: 'DELETE',
    path: '/v1/cycles/{year}/surveys/{surveyId}',
    summary: 'Delete a survey (?version=; with responses only with ?withResponses=true)',
    tag: 'surveys',
    roles: SURVEY_MANAGERS,
    params: SurveyParams,
    query: DeleteSurveyQuery,
    response: Deleted,
  },
  putSurveyMapping: {
    method: 'PUT',
    path: '/v1/cycles/{year}/surveys/{surveyId}/mapping',
    summary: 'Correct inferred question kinds and scales; tag questions with a domain and a unit',
    tag: 'surveys',
    roles: SURVEY_MANAGERS,
    params: SurveyParams,
    body: PutMappingRequest,
    response: SurveyView,
  },
  previewSurveyImport: {
    method: 'POST',
    path: '/v1/cycles/{year}/surveys/{surveyId}/imports/preview',
    summary:
      'What an export holds: columns, inferred kinds, counts, every rejected cell; stores nothing',
    tag: 'surveys',
    roles: SURVEY_MANAGERS,
    params: SurveyParams,
    query: ImportQuery,
    // Optional: ?upload= names a file uploaded through POST /v1/uploads instead.
    body: FileBody.optional(),
    consumes: XLSX_MEDIA_TYPE,
    response: ImportPreviewView,
  },
  commitSurveyImport: {
    method: 'POST',
    path: '/v1/cycles/{year}/surveys/{surveyId}/imports',
    summary: 'Store the responses of an export the survey does not hold yet (idempotent)',
    tag: 'surveys',
    roles: SURVEY_MANAGERS,
    params: SurveyParams,
    query: ImportQuery,
    // Optional: ?upload= names a file uploaded through POST /v1/uploads instead.
    body: FileBody.optional(),
    consumes: XLSX_MEDIA_TYPE,
    response: ImportResultView,
    status: 201,
  },
  previewSurveyRowsImport: {
    method: 'POST',
    path: '/v1/cycles/{year}/surveys/{surveyId}/imports/rows/preview',
    summary:
      "The file preview for a sheet's values sent as JSON (the Sheets add-on); stores nothing",
    tag: 'surveys',
    roles: SURVEY_MANAGERS,
    params: SurveyParams,
    body: SurveyRowsRequest,
    response: ImportPreviewView,
  },
  commitSurveyRowsImport: {
    method: 'POST',
    path: '/v1/cycles/{year}/surveys/{surveyId}/imports/rows',
    summary:
      "Store the responses of a sheet's values sent as JSON that the survey does not hold yet (idempotent)",
    tag: 'surveys',
    roles: SURVEY_MANAGERS,
    params: SurveyParams,
    body: SurveyRowsRequest,
    response: ImportResultView,
    status: 201,
  },
  getSurveyAnalysis: {
    method: 'GET',
    path: '/v1/cycles/{year}/surveys/{surveyId}/analysis',
    summary: 'Figures per question and domain, overall and by unit; small groups suppressed',
    tag: 'surveys',
    roles: EVERYONE,
    params: SurveyParams,
    response: SurveyAnalysisView,
  },
  compareSurvey: {
    method: 'GET',
    path: '/v1/cycles/{year}/surveys/{surveyId}/comparison',
    summary:
      'Change from an earlier survey (?withYear=&withSurvey=) or between two units (?unitA=&unitB=)',
    tag: 'surveys',
    roles: EVERYONE,
    params: SurveyParams,
    query: CompareQuery,
    response: SurveyComparisonView,
  },
} as const satisfies Record<string, RouteSpec>;
