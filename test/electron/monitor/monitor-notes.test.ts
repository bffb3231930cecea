import { describe, expect, it } from 'vitest';
import type { MonitorEvent } from '../../../diagnostics/monitor/types.js';
import { monitorStateSchema } from '../../../electron/ipc/contract.js';
import { MonitorService, type WatchCallbacks } from '../../../electron/monitor/monitor-service.js';
import { monitorNotes, type MonitorNote, type MonitorState } from '../../../electron/monitor/monitor-state.js';
import { monitorStateView } from '../../../electron/monitor/timeline-entries.js';

// The CLI monitor says what discovery found (no gateway, ping unusable → TCP); the app's monitor
// said nothing. Its state now carries the notes to the Drop-outs page through the IPC contract.
const T0 = Date.parse('2026-11-23T19:00:00Z');
const PING_BROKEN = 'ping is not permitted to run (spawn ping EACCES)';
const NOTES: MonitorNote[] = [{ id: 'no-provider-hop' }, { id: 'ping-unusable', reason: PING_BROKEN }];

function service(watch: (c: WatchCallbacks) => Promise<readonly MonitorEvent[] | 'no-targets'>) {
  const states: MonitorState[] = [];
  const svc = new MonitorService({ watch, store: () => undefined, notify: () => undefined, onState: (s) => states.push(s), warn: () => undefined, now: () => T0 });
  return { svc, states };
}

describe('the app monitor’s discovery notes', () => {
  it('ping-unusable carries its reason; the other notes are ids alone', () => {
    expect(monitorNotes({ notes: ['no-gateway', 'ping-unusable'], pingFailure: PING_BROKEN })).toEqual([{ id: 'no-gateway' }, { id: 'ping-unusable', reason: PING_BROKEN }]);
    expect(monitorNotes({ notes: [] })).toEqual([]);
    const long = monitorNotes({ notes: ['ping-unusable'], pingFailure: `ping: ${'x'.repeat(2000)}` })[0]!;
    expect(long.reason!.length).toBeLessThanOrEqual(401);
  });

  it('stay with every state of the watch that found them, and go when it stops', async () => {
    let cb: WatchCallbacks | null = null;
    const { svc, states } = service((c) => {
      cb = c;
      c.onDiscovered(NOTES);
      c.onWatching();
      return new Promise((resolve) => c.signal.addEventListener('abort', () => resolve([]), { once: true }));
    });
    svc.start();
    expect(svc.state).toMatchObject({ status: 'watching', notes: NOTES });
    cb!.onTick({ at: 0, paused: 'metered', current: [], closed: [], figures: {} });
    expect(svc.state).toMatchObject({ status: 'paused', paused: 'metered', notes: NOTES });
    await svc.stop();
    expect(svc.state.notes).toBeUndefined();
    expect(states.map((s) => [s.status, s.notes?.length ?? 0])).toEqual([
      ['starting', 0],
      ['starting', 2],
      ['watching', 2],
      ['paused', 2],
      ['off', 0],
    ]);
  });

  it('say why when there is nothing to watch', async () => {
    const { svc } = service((c) => {
      c.onDiscovered([{ id: 'no-gateway' }, { id: 'ping-unusable', reason: PING_BROKEN }]);
      return Promise.resolve('no-targets');
    });
    svc.start();
    await new Promise((r) => setTimeout(r, 0));
    expect(svc.state).toMatchObject({ status: 'unavailable', notes: [{ id: 'no-gateway' }, { id: 'ping-unusable', reason: PING_BROKEN }] });
  });

  it('reach the contract’s state (valid by its schema), and are left out when there are none', () => {
    const view = monitorStateView({ status: 'watching', paused: null, since: T0, dropoutsNow: 0, notes: NOTES });
    expect(monitorStateSchema.parse(view).notes).toEqual(NOTES);
    expect(monitorStateView({ status: 'watching', paused: null, since: T0, dropoutsNow: 0, notes: [] })).not.toHaveProperty('notes');
    expect(monitorStateSchema.safeParse({ ...view, notes: [{ id: 'made-up' }] }).success).toBe(false);
  });
});
