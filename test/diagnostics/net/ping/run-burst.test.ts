import { describe, expect, it } from 'vitest';
import { runBurst } from '../../../../diagnostics/net/ping/run-burst.js';
import { output, recording } from './fake-ping.js';

describe('runBurst', () => {
  it('starts the processes evenly across one interval, all with the same command', async () => {
    const run = recording((spec) => output(spec, ''));
    const outs = await runBurst('203.0.113.10', { processes: 5, count: 3, intervalMs: 200 }, 1000, { run, os: 'darwin' });
    expect(outs).toHaveLength(5);
    expect(new Set(run.calls.map((c) => c.args.join(' '))).size).toBe(1);
    const gaps = run.startedAt.slice(1).map((t, i) => t - run.startedAt[i]!);
    expect(gaps.every((g) => g >= 30)).toBe(true); // 40 ms apart (timers may only run late)
    expect(run.startedAt.at(-1)! - run.startedAt[0]!).toBeLessThan(1000);
  });

  it('starts nothing once aborted, and turns a rejecting runner into a start failure', async () => {
    const aborted = AbortSignal.abort();
    const run = recording((spec) => output(spec, ''));
    expect(await runBurst('203.0.113.10', { processes: 3, count: 1, intervalMs: 10 }, 1000, { run, os: 'linux', signal: aborted })).toEqual([]);
    const rejecting = recording(() => {
      throw new Error('runner bug');
    });
    const [out] = await runBurst('203.0.113.10', { processes: 1, count: 1, intervalMs: 10 }, 1000, { run: rejecting, os: 'linux' });
    expect(out).toMatchObject({ spawnError: 'runner bug', stdout: '' });
  });
});
