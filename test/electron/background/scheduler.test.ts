import { describe, expect, it, vi } from 'vitest';
import type { TrayLevel } from '../../../electron/ipc/contract.js';
import { BackgroundScheduler, type TimerPort } from '../../../electron/background/scheduler.js';
import { networkFingerprint, watchNetwork } from '../../../electron/background/network-watch.js';

/** A hand-driven clock: timers fire only when the test advances time. */
function manualTimers(): TimerPort & { advance(ms: number): Promise<void>; pending(): number[] } {
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  return {
    now: () => now,
    set(fn, ms) {
      const id = nextId++;
      timers.set(id, { at: now + ms, fn });
      return id;
    },
    clear(h) {
      timers.delete(h as number);
    },
    pending: () => [...timers.values()].map((t) => t.at - now).sort((a, b) => a - b),
    async advance(ms) {
      const until = now + ms;
      for (;;) {
        const due = [...timers.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].fn();
        // Let the scheduler's async check settle before the next timer.
        for (let i = 0; i < 10; i++) await Promise.resolve();
      }
      now = until;
    },
  };
}

const CONFIG = { intervalMs: 1_000, settleMs: 100, minGapMs: 500 };

/** A scheduler whose checks answer the given sequence of levels, one per check. */
function setup(levels: TrayLevel[]) {
  const timers = manualTimers();
  let last: TrayLevel = 'unknown';
  const check = vi.fn(async () => {
    const level = levels.shift();
    if (level === undefined) throw new Error('the engine crashed');
    const previous = last;
    last = level;
    return { previous, level };
  });
  const notifyWorse = vi.fn();
  const onError = vi.fn();
  const s = new BackgroundScheduler({ timers, check, notifyWorse, onError }, CONFIG);
  return { s, timers, check, notifyWorse, onError };
}

describe('background checks', () => {
  it('run once per interval after start, and never before', async () => {
    const { s, timers, check } = setup(['good', 'good', 'good']);
    s.start();
    await timers.advance(999);
    expect(check).not.toHaveBeenCalled();
    await timers.advance(1);
    expect(check).toHaveBeenCalledTimes(1);
    await timers.advance(2_000);
    expect(check).toHaveBeenCalledTimes(3);
  });

  it('notify only when the result got worse, not when it stays bad or gets better', async () => {
    const { s, timers, notifyWorse } = setup(['good', 'degraded', 'degraded', 'down', 'good', 'degraded']);
    s.start();
    await timers.advance(6_000);
    expect(notifyWorse.mock.calls).toEqual([
      ['good', 'degraded'],
      ['degraded', 'down'],
      ['good', 'degraded'],
    ]);
  });

  it('check soon after a network change, once the network settled', async () => {
    const { s, timers, check } = setup(['good', 'good']);
    s.start();
    await timers.advance(600);
    s.networkChanged();
    await timers.advance(99);
    expect(check).not.toHaveBeenCalled();
    await timers.advance(1);
    expect(check).toHaveBeenCalledTimes(1);
    // The regular interval restarts after that check.
    expect(timers.pending()).toEqual([1_000]);
  });

  it('do not run more often than the minimum gap when the network flaps', async () => {
    const { s, timers, check } = setup(['good', 'good', 'good']);
    s.start();
    await timers.advance(1_000); // first regular check at t=1000
    for (let i = 0; i < 5; i++) {
      s.networkChanged();
      await timers.advance(20);
    }
    // Flapping re-arms one timer; it fires no sooner than 500 ms after the last check.
    expect(check).toHaveBeenCalledTimes(1);
    await timers.advance(400);
    expect(check).toHaveBeenCalledTimes(2);
  });

  it('log a check that could not run, without a notification, and keep going', async () => {
    const { s, timers, notifyWorse, onError, check } = setup([]);
    s.start();
    await timers.advance(1_000);
    expect(onError).toHaveBeenCalledWith(new Error('the engine crashed'));
    expect(notifyWorse).not.toHaveBeenCalled();
    await timers.advance(1_000);
    expect(check).toHaveBeenCalledTimes(2);
  });

  it('stop completely, ignoring network changes', async () => {
    const { s, timers, check } = setup(['good']);
    s.start();
    s.stop();
    s.networkChanged();
    await timers.advance(10_000);
    expect(check).not.toHaveBeenCalled();
    expect(s.running).toBe(false);
  });
});

describe('network watch', () => {
  it('fingerprints external addresses only, in a stable order', () => {
    expect(
      networkFingerprint({
        lo: [{ address: '127.0.0.1', internal: true }],
        wlan0: [{ address: '192.0.2.10', internal: false }],
        eth0: [{ address: 'fe80::1', internal: false }],
      }),
    ).toBe('eth0=fe80::1,wlan0=192.0.2.10');
  });

  it('reports a change of address once, and nothing while it stays', () => {
    let current: Record<string, { address: string; internal: boolean }[]> = { wlan0: [{ address: '192.0.2.10', internal: false }] };
    let tick: () => void = () => undefined;
    const onChange = vi.fn();
    watchNetwork({ read: () => current, every: (fn) => ((tick = fn), () => undefined), onChange });
    tick();
    expect(onChange).not.toHaveBeenCalled();
    current = { wlan0: [{ address: '192.0.2.77', internal: false }] };
    tick();
    tick();
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
