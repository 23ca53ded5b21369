import type { IsoDate } from '../time';
import type { Cycle, Phase } from './cycle';

/**
 * Evaluation starts at the end of the calendar year (Utena 3: „Centras, kalendorinių metų gale:
 * atlieka veiklos rezultatų analizę“); December is when surveys close and proposals are gathered.
 */
export const EVALUATION_STARTS = '12-01';

const reached = (date: IsoDate | undefined, today: IsoDate): boolean =>
  date !== undefined && date <= today;

/**
 * Where the cycle stands on `today`: planning until the annual plan is approved, implementation
 * through the year, evaluation from December until the annual report is approved, then
 * improvement (actions for next year) until the cycle is closed.
 */
export const derivePhase = (cycle: Cycle, today: IsoDate): Phase => {
  const m = cycle.milestones;
  if (reached(m.closedOn, today)) return 'closed';
  if (today < `${cycle.year}-${EVALUATION_STARTS}`) {
    return reached(m.planApprovedOn, today) ? 'implementation' : 'planning';
  }
  return reached(m.annualReportApprovedOn, today) ? 'improvement' : 'evaluation';
};
