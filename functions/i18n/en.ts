import type { lt } from './lt';

export const en: Record<keyof typeof lt, string> = {
  'problem.validation.title': 'Invalid input',
  'problem.validation.detail': 'Correct the fields named: {fields}.',
  'problem.unauthenticated.title': 'Sign-in required',
  'problem.unauthenticated.detail': 'The access token is missing or not valid.',
  'problem.forbidden.title': 'Not allowed',
  'problem.forbidden.detail': 'This action needs one of the roles: {roles}.',
  'problem.not_found.title': 'Not found',
  'problem.not_found.detail': 'No such item.',
  'problem.version_conflict.title': 'Someone else changed this item',
  'problem.version_conflict.detail':
    'Version {sent} is no longer the latest. Review the current item (current) and try again.',
  'problem.invalid_state.title': 'Not possible now',
  'forbidden.notYourUnit': 'You can change only your own unit’s items.',
  'problem.internal.title': 'Internal error',
  'problem.internal.detail':
    'Something unexpected went wrong. Quote request id {requestId} when asking for help.',
  'problem.body_not_json': 'The request body is not valid JSON.',
  'problem.body_required': 'The request body is missing.',

  'role.staff': 'staff member',
  'role.unitHead': 'unit head',
  'role.deputy': 'deputy director for social work',
  'role.director': 'director',
  'role.admin': 'administrator',

  'phase.planning': 'Planning',
  'phase.implementation': 'Implementation',
  'phase.evaluation': 'Evaluation of results',
  'phase.improvement': 'Planning improvement actions',
  'phase.closed': 'Closed',

  'deadline.annualPlanApproval': 'Annual activity plan approved',
  'deadline.founderAgreement': 'Annual activity plan agreed with the founder',
  'deadline.halfYearReport': 'Half-year report to the director',
  'deadline.annualReport': 'Annual activity report approved',
  'deadline.rule.annualPlanApproval': 'Within two months after the annual budget is approved.',
  'deadline.rule.founderAgreement':
    'The annual plan is agreed with the founder before the director approves it (same due date as the approval).',
  'deadline.rule.halfYearReport':
    'Submitted to the director after the half-year ends; the organisation’s practice is by the end of the following month.',
  'deadline.rule.annualReport': 'Within four months after the calendar year ends.',

  'status.done': 'Done',
  'status.doneLate': 'Done late',
  'status.overdue': 'Overdue',
  'status.dueSoon': 'Due soon',
  'status.upcoming': 'Upcoming',
  'status.unscheduled': 'Not scheduled yet',

  'warning.deadlineOverdue': '“{deadline}”: due {dueOn}, {days} days overdue.',
  'warning.deadlineDueSoon': '“{deadline}”: due {dueOn}, {days} days left.',
  'warning.budgetDateMissing':
    'The {year} budget approval date is not set, so the annual plan deadline is unknown.',

  'validation.dateOutsideCycle': 'The date must be between {from} and {to}.',
  'validation.dateBeforeBudget': 'The date cannot be before the budget approval date ({budget}).',
  'validation.dateInFuture': 'The date cannot be later than today ({today}).',
  'validation.yearMismatch': 'The year must match the year in the address ({year}).',
  'validation.unknownUnit': 'No such unit.',
  'validation.badCursor': 'The page cursor is not valid.',
  'validation.entityPair': 'entityType and entityId go together.',
  'validation.tooManyChanges': 'At most {max} items can be changed at once.',
  'validation.duplicateName': 'This name is already in use (unit {id}).',
};
