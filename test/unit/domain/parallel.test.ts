import { forEachLimited } from '../../../functions/domain/parallel';

const tick = () => new Promise<void>((r) => setImmediate(r));

describe('forEachLimited', () => {
  it('runs every item with at most `limit` at once', async () => {
    let running = 0;
    let most = 0;
    const seen: number[] = [];
    await forEachLimited([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 3, async (n) => {
      running++;
      most = Math.max(most, running);
      await tick();
      await tick();
      seen.push(n);
      running--;
    });
    expect(most).toBe(3);
    expect(seen.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('rejects with the first error once the others have finished', async () => {
    const finished: number[] = [];
    const run = forEachLimited([1, 2, 3, 4], 2, async (n) => {
      await tick();
      if (n === 2) throw new Error('two');
      if (n === 3) throw new Error('three');
      finished.push(n);
    });
    await expect(run).rejects.toThrow('two');
    expect(finished.sort()).toEqual([1, 4]);
  });

  it('does nothing for no items and runs one lane for a limit below one', async () => {
    await expect(forEachLimited([], 4, () => Promise.reject(new Error('no')))).resolves.toBe(
      undefined,
    );
    const order: number[] = [];
    await forEachLimited([1, 2, 3], 0, async (n) => {
      order.push(n);
      await tick();
    });
    expect(order).toEqual([1, 2, 3]);
  });
});
