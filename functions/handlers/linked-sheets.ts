import type { AreaOperations } from '../adapters/http/http-handler';
import type { LINKED_SHEET_ROUTES } from '../contracts/linked-sheets-routes';
import {
  deleteLink,
  getLink,
  listLinks,
  putLink,
  serviceAccount,
  stateOf,
  type LinkWithStatus,
  type Message,
} from '../domain/linked-sheets';
import { t, type Locale } from '../i18n';

/** A stored message in the reader's language; `{email}` is the service account's. */
const say = (locale: Locale, m: Message, email: string) => t(locale, m.key, { email, ...m.params });

const linkView = ({ link, status }: LinkWithStatus, locale: Locale, email: string) => {
  const state = stateOf(status);
  return {
    year: link.cycle,
    surveyId: link.surveyId,
    spreadsheetId: link.spreadsheetId,
    spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${link.spreadsheetId}/edit`,
    responsesSheet: link.responsesSheet,
    resultsSheet: link.resultsSheet,
    language: link.language,
    status: {
      state,
      stateLabel: t(locale, `linkedSheets.state.${state}`),
      lastRunAt: status.lastRunAt,
      lastSuccessAt: status.lastSuccessAt,
      lastError: status.lastError
        ? {
            at: status.lastError.at,
            code: status.lastError.code,
            message: say(locale, status.lastError, email),
          }
        : null,
      rowsImported: status.rowsImported,
      lastRun: status.lastRun,
      flagged: status.flagged
        ? {
            at: status.flagged.at,
            reason: status.flagged.reason,
            reasonLabel: t(locale, `linkedSheets.flag.reason.${status.flagged.reason}`),
            issues: status.flagged.issues.map((m) => ({
              key: m.key,
              message: say(locale, m, email),
            })),
          }
        : null,
      resultsWrittenAt: status.resultsWrittenAt,
    },
    version: link.version,
    createdAt: link.createdAt,
    createdBy: link.createdBy,
    updatedAt: link.updatedAt,
    updatedBy: link.updatedBy,
  };
};

/** The address to name in messages: the service account, or a placeholder before any run. */
const emailOf = async (deps: Parameters<typeof serviceAccount>[0]) =>
  (await serviceAccount(deps))?.email ?? '—';

/** Linked Google Sheets: each route's operation. */
export const linkedSheetsOperations: AreaOperations<typeof LINKED_SHEET_ROUTES> = {
  getLinkedSheet: async ({ params }, ctx) =>
    linkView(
      await getLink(ctx, params.year, params.surveyId, ctx.deps),
      ctx.locale,
      await emailOf(ctx.deps),
    ),
  putLinkedSheet: async ({ params, body }, ctx) => {
    const { version, ...input } = body;
    const saved = await putLink(ctx, params.year, params.surveyId, input, version, ctx.deps);
    return linkView(saved, ctx.locale, await emailOf(ctx.deps));
  },
  deleteLinkedSheet: async ({ params, query }, ctx) => {
    await deleteLink(ctx, params.year, params.surveyId, query.version, ctx.deps);
    return { id: params.surveyId, deleted: true as const };
  },
  listLinkedSheets: async (_input, ctx) => {
    const email = await emailOf(ctx.deps);
    return { items: (await listLinks(ctx, ctx.deps)).map((l) => linkView(l, ctx.locale, email)) };
  },
  getLinkedSheetsServiceAccount: async (_input, ctx) => {
    const info = await serviceAccount(ctx.deps);
    return {
      email: info?.email ?? null,
      seenAt: info?.seenAt ?? null,
      message: info ? info.email : t(ctx.locale, 'linkedSheets.serviceAccount.unknown'),
    };
  },
};
