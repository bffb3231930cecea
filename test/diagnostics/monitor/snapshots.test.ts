import { describe, expect, it } from 'vitest';
import type { EventSnapshot } from '../../../diagnostics/history/monitor-event-rows.js';
import { SnapshotTaker } from '../../../diagnostics/monitor/snapshots.js';
import type { MonitorEvent } from '../../../diagnostics/monitor/types.js';

// Events and the "report" are written for this test; only their identity matters here.
const event = (start: number, segment: MonitorEvent['segment'] = 'isp'): MonitorEvent => ({
  kind: 'dropout', segment, start, end: null, targets: ['internet-1'], lossPct: 100, medianRttMs: null, providerHopSilent: null,
});
const report = (n: number) => ({ startedAt: new Date(n).toISOString() }) as unknown as EventSnapshot;

describe('SnapshotTaker', () => {
  it('takes one quick check when an event begins and hands it to that event once', async () => {
    let taken = 0;
    const s = new SnapshotTaker(() => Promise.resolve(report(++taken)), () => 1000);
    const e = event(1000);
    s.began(e);
    expect(taken).toBe(1);
    expect(await s.of(e)).toEqual(report(1));
    expect(await s.of(e)).toBeNull();
  });

  it('takes at most one per gap, and none while one is running', async () => {
    let clock = 0;
    let taken = 0;
    let release: () => void = () => undefined;
    const s = new SnapshotTaker(() => new Promise((res) => (release = () => res(report(++taken)))), () => clock, 60_000);
    s.began(event(0));
    clock = 30_000;
    s.began(event(30_000, 'home')); // the first is still running
    release();
    expect(await s.of(event(0))).toEqual(report(1));
    expect(await s.of(event(30_000, 'home'))).toBeNull();
    clock = 50_000;
    s.began(event(50_000)); // within the gap of the first
    expect(await s.of(event(50_000))).toBeNull();
    clock = 60_001;
    s.began(event(60_001));
    release();
    expect(await s.of(event(60_001))).toEqual(report(2));
  });

  it('a check that fails leaves the event without a snapshot and does not block the next', async () => {
    let clock = 0;
    const s = new SnapshotTaker(() => (clock === 0 ? Promise.reject(new Error('no route')) : Promise.resolve(report(clock))), () => clock, 1000);
    s.began(event(0));
    expect(await s.of(event(0))).toBeNull();
    clock = 5000;
    s.began(event(5000));
    expect(await s.of(event(5000))).toEqual(report(5000));
  });
});
