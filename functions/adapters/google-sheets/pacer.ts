/**
 * Keeps calls under a per-minute quota: Google's Sheets API allows 60 read and 60 write requests
 * a minute per user per project (the service account is one user for every organisation's
 * links), 300 per project. Without pacing, the nightly job reads three to four times that fast
 * and every link after the first twenty in a minute would end in 429s.
 */
export interface PacerClock {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

export const REAL_CLOCK: PacerClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

const WINDOW_MS = 60_000;

/** A sliding one-minute window: `take()` resolves once a call may start without passing the limit. */
export class Pacer {
  private readonly started: number[] = [];
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly perMinute: number,
    private readonly clock: PacerClock = REAL_CLOCK,
  ) {}

  /** Waits for a free slot and claims it; callers are served in the order they asked. */
  take(): Promise<void> {
    const turn = this.queue.then(() => this.claim());
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async claim(): Promise<void> {
    if (!Number.isFinite(this.perMinute)) return;
    for (;;) {
      const now = this.clock.now();
      while (this.started.length > 0 && this.started[0]! <= now - WINDOW_MS) this.started.shift();
      if (this.started.length < this.perMinute) {
        this.started.push(now);
        return;
      }
      await this.clock.sleep(this.started[0]! + WINDOW_MS - now);
    }
  }
}
