import {
  writeAnnualReportWorkbook,
  writeHalfYearReportWorkbook,
  writeRecipientsSummaryWorkbook,
} from '../adapters/excel/report-workbook';
import type { AreaOperations } from '../adapters/http/http-handler';
import type { REPORT_DOWNLOAD_ROUTES } from '../contracts/report-downloads-routes';
import {
  getAnnualReport,
  getHalfYearReport,
  getRecipientsSummary,
  type ReportWorkflowState,
} from '../domain/reports/report-service';
import type { Locale } from '../i18n';

/** Every step of every version, oldest first, for the workbook's cover. */
const historyOf = (workflow: ReportWorkflowState) =>
  workflow.record.versions.flatMap((v) =>
    v.history.map((step) => ({ ...step, version: v.number })),
  );

/** `?lang=` wins over Accept-Language: a link to a workbook carries its language. */
const localeOf = (query: { lang?: Locale | undefined }, fallback: Locale): Locale =>
  query.lang ?? fallback;

/** The report downloads: the same models as the JSON routes, written as workbooks. */
export const reportDownloadsOperations: AreaOperations<typeof REPORT_DOWNLOAD_ROUTES> = {
  getAnnualReportWorkbook: async ({ params, query }, ctx) => {
    const read = await getAnnualReport(ctx, params.year, query.version, ctx.deps);
    const written = await writeAnnualReportWorkbook(read.model.annual, {
      locale: localeOf(query, ctx.locale),
      history: historyOf(read.workflow),
    });
    return { filename: written.filename, bytes: written.bytes };
  },
  getHalfYearReportWorkbook: async ({ params, query }, ctx) => {
    const read = await getHalfYearReport(
      ctx,
      params.year,
      query.unitId ?? null,
      query.version,
      ctx.deps,
    );
    const written = await writeHalfYearReportWorkbook(read.model, {
      locale: localeOf(query, ctx.locale),
      history: historyOf(read.workflow),
    });
    return { filename: written.filename, bytes: written.bytes };
  },
  getRecipientsSummaryWorkbook: async ({ params, query }, ctx) => {
    const read = await getRecipientsSummary(ctx, params.year, query.version, ctx.deps);
    const written = await writeRecipientsSummaryWorkbook(read.model, {
      locale: localeOf(query, ctx.locale),
    });
    return { filename: written.filename, bytes: written.bytes };
  },
};
