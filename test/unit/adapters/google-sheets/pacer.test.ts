import { Pacer, type PacerClock } from '../../../../functions/adapters/google-sheets/pacer';

/** A clock that moves only when someone sleeps, recording each sleep. */
const fakeClock = () => {
  let now = 1_000_000;
  const sleeps: number[] = [];
  const clock: PacerClock = {
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  };
  return { clock, sleeps, advance: (ms: number) => (now += ms), at: () => now };
};

describe('Pacer', () => {
  it('lets `perMinute` calls start in any minute and makes the next wait for the oldest to age out', async () => {
    const { clock, sleeps, advance, at } = fakeClock();
    const pacer = new Pacer(3, clock);
    const starts: number[] = [];
    for (let i = 0; i < 3; i++) {
      await pacer.take();
      starts.push(at());
      advance(1_000);
    }
    expect(sleeps).toEqual([]);
    await pacer.take();
    starts.push(at());
    // The first started at t0; three more seconds have passed: wait the rest of its minute.
    expect(sleeps).toEqual([57_000]);
    expect(starts[3]! - starts[0]!).toBe(60_000);
    await pacer.take();
    expect(sleeps).toEqual([57_000, 1_000]);
  });

  it('serves callers in order when many ask at once, never more than the limit in a minute', async () => {
    const { clock, at } = fakeClock();
    const pacer = new Pacer(2, clock);
    const starts: number[] = [];
    await Promise.all(Array.from({ length: 7 }, () => pacer.take().then(() => starts.push(at()))));
    expect(starts).toHaveLength(7);
    for (let i = 2; i < starts.length; i++)
      expect(starts[i]! - starts[i - 2]!).toBeGreaterThanOrEqual(60_000);
    expect(starts[6]! - starts[0]!).toBe(180_000);
  });

  it('never waits when the limit is Infinity', async () => {
    const { clock, sleeps } = fakeClock();
    const pacer = new Pacer(Infinity, clock);
    for (let i = 0; i < 500; i++) await pacer.take();
    expect(sleeps).toEqual([]);
  });
});
