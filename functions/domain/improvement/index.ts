/** What other areas and reports read from planning and improvement. */
export {
  assessChange,
  changeBetween,
  targetMet,
  type Assessment,
  type Direction,
} from './assessment';
export { indicatorValuesFor, type IndicatorYear } from './indicators/indicator-service';
export { compareYears, type Indicator, type YearComparison } from './indicators/indicator';
export { isOverdue, type Action } from './actions/action';
export { listActions, measureEffect, type ActionState } from './actions/action-service';
export { listGoals } from './goals/goal-service';
export type { Goal } from './goals/goal';
export { listProjects } from './projects/project-service';
export type { Project } from './projects/project';
