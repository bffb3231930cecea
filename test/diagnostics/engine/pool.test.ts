import { describe, expect, it } from 'vitest';
import { mapPool } from '../../../diagnostics/engine/pool.js';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('mapPool', () => {
  it('keeps the input order and never has more than the limit in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const items = Array.from({ length: 200 }, (_, i) => i);
    const out = await mapPool(items, 7, async (n) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await tick(n % 3); // finish out of order
      inFlight--;
      return n * 2;
    });
    expect(out).toEqual(items.map((n) => n * 2));
    expect(most).toBe(7);
  });

  it('runs short lists fully in parallel and an empty list at once', async () => {
    let most = 0;
    let inFlight = 0;
    await mapPool([1, 2, 3], 16, async () => {
      most = Math.max(most, ++inFlight);
      await tick(5);
      inFlight--;
    });
    expect(most).toBe(3);
    expect(await mapPool([], 4, () => Promise.reject(new Error('never called')))).toEqual([]);
  });

  it('rejects with the first failure and starts nothing after it', async () => {
    const started: number[] = [];
    const run = mapPool([0, 1, 2, 3, 4, 5], 2, async (n) => {
      started.push(n);
      await tick(1);
      if (n === 1) throw new Error('boom');
      return n;
    });
    await expect(run).rejects.toThrow('boom');
    await tick(20);
    expect(started.length).toBeLessThanOrEqual(3);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses the limit %s', async (limit) => {
    await expect(mapPool([1], limit, async (n) => n)).rejects.toThrow(RangeError);
  });
});
