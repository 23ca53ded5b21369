import { assertUnitAccess } from '../auth/policy';
import { NotFoundError, StateError, ValidationError } from '../errors';
import { getItem } from '../items';
import type { Deps, RequestContext, Stored } from '../ports';
import { getSurvey } from '../surveys/survey-service';
import {
  checkLink,
  linkedSheetRef,
  linkedSheetStatusRef,
  type LinkedSheet,
  type LinkedSheetInput,
} from './link';
import type { LinkedSheetIndex, ServiceAccountInfo } from './ports';
import { emptyStatus, type LinkStatus } from './status';

/** Unit heads link their unit's surveys; management any (as survey managers). */
const UNIT_ROLES = ['unitHead'] as const;

const indexOf = (deps: Deps): LinkedSheetIndex => {
  if (!deps.linkedSheets) throw new StateError('linkedSheets.notConfigured');
  return deps.linkedSheets;
};

export interface LinkWithStatus {
  link: Stored<LinkedSheet>;
  status: LinkStatus;
}

const statusOf = async (ctx: RequestContext, link: LinkedSheet, deps: Deps): Promise<LinkStatus> =>
  (await deps.store.get<LinkStatus>(ctx, linkedSheetStatusRef(link.cycle, link.surveyId))) ??
  emptyStatus(link.cycle, link.surveyId);

/** The survey's unit, or null (org-wide roles only) when the survey is gone. */
const unitOfSurvey = async (ctx: RequestContext, year: number, surveyId: string, deps: Deps) => {
  try {
    return (await getSurvey(ctx, year, surveyId, deps)).unitId;
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
};

/**
 * Links a spreadsheet to a survey (version 0) or changes the link at the version read, audited.
 * The index entry is written first: an entry whose link never got saved is dropped by the next
 * run, while a link without its entry would never run.
 */
export const putLink = async (
  ctx: RequestContext,
  year: number,
  surveyId: string,
  input: LinkedSheetInput,
  version: number,
  deps: Deps,
): Promise<LinkWithStatus> => {
  const survey = await getSurvey(ctx, year, surveyId, deps);
  await assertUnitAccess(ctx, survey.unitId, UNIT_ROLES, deps);
  const issues = checkLink(input);
  if (issues.length > 0) throw new ValidationError(issues);
  const index = indexOf(deps);
  await index.add(ctx, year, surveyId);
  const link: LinkedSheet = {
    id: linkedSheetRef(year, surveyId).id,
    surveyId,
    cycle: year,
    spreadsheetId: input.spreadsheetId,
    responsesSheet: input.responsesSheet,
    resultsSheet: input.resultsSheet,
    language: input.language,
  };
  const saved = await deps.store.save(ctx, linkedSheetRef(year, surveyId), link, version);
  return { link: saved, status: await statusOf(ctx, saved, deps) };
};

export const getLink = async (
  ctx: RequestContext,
  year: number,
  surveyId: string,
  deps: Deps,
): Promise<LinkWithStatus> => {
  const link = await getItem<LinkedSheet>(ctx, linkedSheetRef(year, surveyId), deps);
  return { link, status: await statusOf(ctx, link, deps) };
};

/** Unlinks (at the version read): the link and its status go, the imported responses stay. */
export const deleteLink = async (
  ctx: RequestContext,
  year: number,
  surveyId: string,
  version: number,
  deps: Deps,
): Promise<void> => {
  const link = await getItem<LinkedSheet>(ctx, linkedSheetRef(year, surveyId), deps);
  await assertUnitAccess(ctx, await unitOfSurvey(ctx, year, surveyId, deps), UNIT_ROLES, deps);
  await deps.store.remove(ctx, linkedSheetRef(year, surveyId), version);
  const status = await deps.store.get<LinkStatus>(ctx, linkedSheetStatusRef(year, surveyId));
  if (status) await deps.store.remove(ctx, linkedSheetStatusRef(year, surveyId), status.version);
  await indexOf(deps).remove(ctx, link.cycle, link.surveyId);
};

/** Every link of the organisation with its status, newest cycle first. */
export const listLinks = async (ctx: RequestContext, deps: Deps): Promise<LinkWithStatus[]> => {
  const [links, statuses] = await Promise.all([
    deps.store.list<LinkedSheet>(ctx, 'linkedSheet'),
    deps.store.list<LinkStatus>(ctx, 'linkedSheetStatus'),
  ]);
  const byId = new Map(statuses.map((s) => [s.id, s]));
  return links
    .sort((a, b) => b.cycle - a.cycle || a.surveyId.localeCompare(b.surveyId))
    .map((link) => ({
      link,
      status: byId.get(link.id) ?? emptyStatus(link.cycle, link.surveyId),
    }));
};

/** The service account to share sheets with, as the last run saw it; null before any run. */
export const serviceAccount = async (deps: Deps): Promise<ServiceAccountInfo | null> =>
  deps.linkedSheets ? deps.linkedSheets.serviceAccount() : null;
