import type { AreaOperations } from '../adapters/http/http-handler';
import type { REPORT_ROUTES } from '../contracts/reports-routes';
import {
  decideReportFor,
  getAnnualReport,
  getHalfYearReport,
  getRecipientsSummary,
  getReportWorkflow,
  openReportVersion,
  presentAnnualReport,
  submitReportFor,
} from '../domain/reports/report-service';
import { reportWorkflowView } from './views/report-view';

const annual = (year: number) => ({ kind: 'annual' as const, year, unitId: null });
const halfYear = (year: number, unitId: string | null | undefined) => ({
  kind: 'halfYear' as const,
  year,
  unitId: unitId ?? null,
});

/** Report models and the reports' workflow: each route's operation. */
export const reportsOperations: AreaOperations<typeof REPORT_ROUTES> = {
  getAnnualReport: async ({ params, query }, ctx) => {
    const read = await getAnnualReport(ctx, params.year, query.version, ctx.deps);
    return { workflow: reportWorkflowView(read.workflow, ctx.locale), model: read.model.annual };
  },
  getAnnualReportWorkflow: async ({ params }, ctx) =>
    reportWorkflowView(
      await getReportWorkflow(ctx, 'annual', params.year, null, ctx.deps),
      ctx.locale,
    ),
  submitAnnualReport: async ({ params, body }, ctx) =>
    reportWorkflowView(
      await submitReportFor(ctx, annual(params.year), body.version, body.comment, ctx.deps),
      ctx.locale,
    ),
  decideAnnualReport: async ({ params, body }, ctx) =>
    reportWorkflowView(
      await decideReportFor(
        ctx,
        annual(params.year),
        body.decision,
        body.version,
        body.comment,
        ctx.deps,
      ),
      ctx.locale,
    ),
  presentAnnualReport: async ({ params, body }, ctx) =>
    reportWorkflowView(
      await presentAnnualReport(
        ctx,
        params.year,
        body.meetingOn,
        body.version,
        body.comment,
        ctx.deps,
      ),
      ctx.locale,
    ),
  openAnnualReportVersion: async ({ params, body }, ctx) =>
    reportWorkflowView(
      await openReportVersion(ctx, annual(params.year), body.reason, body.version, ctx.deps),
      ctx.locale,
    ),
  getRecipientsSummary: async ({ params, query }, ctx) => {
    const read = await getRecipientsSummary(ctx, params.year, query.version, ctx.deps);
    return { workflow: reportWorkflowView(read.workflow, ctx.locale), model: read.model };
  },
  getHalfYearReport: async ({ params, query }, ctx) => {
    const read = await getHalfYearReport(
      ctx,
      params.year,
      query.unitId ?? null,
      query.version,
      ctx.deps,
    );
    return { workflow: reportWorkflowView(read.workflow, ctx.locale), model: read.model };
  },
  getHalfYearReportWorkflow: async ({ params, query }, ctx) =>
    reportWorkflowView(
      await getReportWorkflow(ctx, 'halfYear', params.year, query.unitId ?? null, ctx.deps),
      ctx.locale,
    ),
  submitHalfYearReport: async ({ params, body }, ctx) =>
    reportWorkflowView(
      await submitReportFor(
        ctx,
        halfYear(params.year, body.unitId),
        body.version,
        body.comment,
        ctx.deps,
      ),
      ctx.locale,
    ),
  decideHalfYearReport: async ({ params, body }, ctx) =>
    reportWorkflowView(
      await decideReportFor(
        ctx,
        halfYear(params.year, body.unitId),
        body.decision,
        body.version,
        body.comment,
        ctx.deps,
      ),
      ctx.locale,
    ),
  openHalfYearReportVersion: async ({ params, body }, ctx) =>
    reportWorkflowView(
      await openReportVersion(
        ctx,
        halfYear(params.year, body.unitId),
        body.reason,
        body.version,
        ctx.deps,
      ),
      ctx.locale,
    ),
};
