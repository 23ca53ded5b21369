import type { ReportWorkflowView } from '../../contracts/reports';
import type { ReportWorkflowState } from '../../domain/reports/report-service';
import { latestVersion } from '../../domain/reports/workflow';
import { t, type Locale } from '../../i18n';
import { deadlineView } from './cycle-view';

/** A report's workflow as the API shows it, labels in the user's language. */
export const reportWorkflowView = (
  state: ReportWorkflowState,
  locale: Locale,
): ReportWorkflowView => {
  const { record } = state;
  const latest = latestVersion(record);
  return {
    kind: record.kind,
    kindLabel: t(locale, `reports.kind.${record.kind}`),
    year: record.year,
    unitId: record.unitId,
    version: state.itemVersion,
    currentVersion: latest.number,
    state: latest.state,
    stateLabel: t(locale, `reports.state.${latest.state}`),
    overdue: state.overdue,
    deadline: state.deadline ? deadlineView(state.deadline, locale) : null,
    versions: record.versions.map((v) => ({
      number: v.number,
      state: v.state,
      stateLabel: t(locale, `reports.state.${v.state}`),
      reason: v.reason,
      submittedOn: v.submittedOn,
      approvedOn: v.approvedOn,
      approvedBy: v.approvedBy,
      presentedOn: v.presentedOn,
      snapshot: v.snapshot,
      history: v.history.map((s) => ({ ...s, stateLabel: t(locale, `reports.state.${s.state}`) })),
    })),
  };
};
