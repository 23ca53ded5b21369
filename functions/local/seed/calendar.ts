import type { Deps } from '../../domain/ports';
import { localDate, type IsoDate } from '../../domain/time';
import { SeedingStore } from './seeding-store';

/** `MM-DD` of `year` as an ISO date. */
export const on = (year: number, monthDay: string): IsoDate => `${year}-${monthDay}`;

/** The calendar date `days` days before `date`. */
export const daysBefore = (date: IsoDate, days: number): IsoDate => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
};

/**
 * The demo's calendar: what today is (in Lithuania) and, for each step of the story, the services'
 * dependencies with a clock that reads that step's day, so every date the domain records (decided
 * on, recorded on, approved on) is the step's own. A step after today is not taken: the demo must
 * be true on any day of the year.
 */
export class Calendar {
  readonly today: IsoDate;
  /** This year's cycle, last year's, and the year before (last year's annual report compares with it). */
  readonly year: number;
  readonly last: number;
  readonly previous: number;
  private readonly now: Date;

  constructor(readonly deps: Deps) {
    this.now = deps.clock.now();
    this.today = localDate(this.now);
    this.year = Number(this.today.slice(0, 4));
    this.last = this.year - 1;
    this.previous = this.year - 2;
  }

  /** Whether the story has got as far as `date`. */
  reached(date: IsoDate): boolean {
    return date <= this.today;
  }

  /**
   * The dependencies as of `date` (late morning in Lithuania; today's own time for today). With
   * `asOf`, the step also reads the store as it stood that day: for a step that freezes figures
   * (a report's submission), taken after the strands that run side by side have written later days.
   */
  at(date: IsoDate, options: { asOf: boolean } = { asOf: false }): Deps {
    if (!this.reached(date)) throw new Error(`Demo seed: ${date} is after today (${this.today})`);
    const instant = date === this.today ? this.now : new Date(`${date}T09:00:00Z`);
    const { store } = this.deps;
    return {
      ...this.deps,
      clock: { now: () => instant },
      store: store instanceof SeedingStore ? store.at(instant, options) : store,
    };
  }
}
