import { describe, expect, it } from 'vitest';
import { MonitorDetector, type DetectorChange } from '../../../diagnostics/monitor/detector.js';
import type { MonitorTarget } from '../../../diagnostics/monitor/types.js';

const TARGETS: MonitorTarget[] = [
  { id: 'router', role: 'router', host: '192.0.2.1', method: 'icmp' },
  { id: 'hop', role: 'provider-hop', host: '198.51.100.1', method: 'icmp' },
  { id: 'net1', role: 'internet', host: '203.0.113.10', method: 'icmp' },
  { id: 'net2', role: 'internet', host: '203.0.113.11', method: 'tcp', port: 443 },
  { id: 'vpn', role: 'vpn-internal', host: '198.18.20.80', method: 'tcp', port: 443 },
];

/** Which targets do not answer during second s of a simulated run. */
type Silent = (second: number) => readonly string[];

/** Feeds one probe per target per second for `seconds`, ticking once a second; returns all changes. */
function simulate(seconds: number, silent: Silent, rtt = 5): { d: MonitorDetector; changes: DetectorChange[] } {
  const d = new MonitorDetector(TARGETS, 1000);
  const changes: DetectorChange[] = [];
  const t0 = 1_700_000_000_000;
  for (let s = 0; s < seconds; s++) {
    const down = silent(s);
    for (const [i, t] of TARGETS.entries()) {
      // Targets are probed at different phases within the second, as independent probers are.
      changes.push(...d.add({ targetId: t.id, sentAt: t0 + s * 1000 + i * 90, rttMs: down.includes(t.id) ? null : rtt }));
    }
    changes.push(...d.tick(t0 + s * 1000 + 999));
  }
  return { d, changes };
}

/**
 * Like simulate, but outcomes arrive as ping reports them: an answer a round trip after it was
 * sent, a loss `lossDelayMs` later ("no answer yet" when the next echo goes out), and each
 * target at its own phase, so one target's loss can arrive after another's answer closed a drop-out.
 */
function simulateAsReported(seconds: number, silent: Silent, lossDelayMs: number, phase: (i: number) => number): DetectorChange[] {
  const d = new MonitorDetector(TARGETS, 1000);
  const t0 = 1_700_000_000_000;
  const queue: { at: number; add?: { targetId: string; sentAt: number; rttMs: number | null }; tick?: number }[] = [];
  for (let s = 0; s < seconds; s++) {
    for (const [i, t] of TARGETS.entries()) {
      const sentAt = t0 + s * 1000 + phase(i);
      const lost = silent(s).includes(t.id);
      queue.push({ at: sentAt + (lost ? lossDelayMs : 5), add: { targetId: t.id, sentAt, rttMs: lost ? null : 5 } });
    }
    queue.push({ at: t0 + s * 1000 + 999, tick: t0 + s * 1000 + 999 });
  }
  queue.sort((a, b) => a.at - b.at);
  return queue.flatMap((q) => (q.add !== undefined ? d.add(q.add) : d.tick(q.tick!)));
}

const between = (from: number, to: number, ids: readonly string[]): Silent => (s) => (s >= from && s < to ? ids : []);
const ended = (c: DetectorChange[]) => c.filter((x) => x.type === 'ended').map((x) => x.event);

describe('MonitorDetector', () => {
  it('finds nothing on a healthy line', () => {
    const { d, changes } = simulate(600, () => []);
    expect(changes).toEqual([]);
    expect(d.events()).toEqual([]);
  });

  it('blames a silent router on the home network, not the internet behind it', () => {
    const { changes } = simulate(60, between(10, 15, ['router', 'hop', 'net1', 'net2', 'vpn']));
    const events = ended(changes);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: 'dropout', segment: 'home' });
    expect((events[0]!.end! - events[0]!.start) / 1000).toBeCloseTo(5, 0);
    // It was reported live when it began, before it ended.
    expect(changes[0]).toMatchObject({ type: 'began', event: { segment: 'home', end: null } });
  });

  it('blames the provider when both internet targets go silent while the router answers', () => {
    const { changes } = simulate(60, between(20, 28, ['hop', 'net1', 'net2', 'vpn']));
    const events = ended(changes);
    expect(events.map((e) => [e.segment, e.providerHopSilent])).toEqual([['isp', true]]);
    expect((events[0]!.end! - events[0]!.start) / 1000).toBeCloseTo(8, 0);
  });

  it('the internet answering one probe later than the router after home drop-outs makes no provider bad spell', () => {
    // Seen in the lab: after the router answers again, each internet target loses one more echo.
    const silent: Silent = (s) => {
      const inOutage = [10, 20, 30].some((from) => s >= from && s < from + 3);
      const justAfter = [13, 23, 33].includes(s);
      return inOutage ? ['router', 'hop', 'net1', 'net2', 'vpn'] : justAfter ? ['hop', 'net1', 'net2'] : [];
    };
    const events = ended(simulate(60, silent).changes);
    expect(events.map((e) => [e.kind, e.segment])).toEqual([
      ['dropout', 'home'],
      ['dropout', 'home'],
      ['dropout', 'home'],
    ]);
  });

  it('losses reported an interval late, after the drop-out closed, make no bad spell', () => {
    // Seen in CI: the Wi-Fi drops three times; each internet target's last lost echo was reported
    // after the router's answer had closed the drop-out, and together they made an 11 % "provider" spell.
    const rhythm: Silent = (s) => ([10, 17, 24].some((from) => s >= from && s < from + 3) ? ['router', 'hop', 'net1', 'net2', 'vpn'] : []);
    // Under load the "no answer yet" lines come later still.
    const phases = [(i: number) => i * 90, (i: number) => 900 - i * 200, (i: number) => (i % 2) * 700];
    for (const [phase, delay] of phases.flatMap((p) => [1000, 1900].map((ms) => [p, ms] as const))) {
      const events = ended(simulateAsReported(60, rhythm, delay, phase));
      expect(events.map((e) => [e.kind, e.segment])).toEqual([
        ['dropout', 'home'],
        ['dropout', 'home'],
        ['dropout', 'home'],
      ]);
    }
  });

  it('judges whether the provider hop was silent over the drop-out, not at its first second', () => {
    // The hop's losses are reported later than the internet targets' (its phase is later), so
    // when the provider drop-out opens the hop is not known silent yet.
    const phase = (i: number) => (i === 1 ? 950 : i * 50);
    const hopToo = ended(simulateAsReported(40, between(10, 16, ['hop', 'net1', 'net2', 'vpn']), 1000, phase));
    expect(hopToo.map((e) => [e.segment, e.providerHopSilent])).toEqual([['isp', true]]);
    const hopAnswers = ended(simulateAsReported(40, between(10, 16, ['net1', 'net2', 'vpn']), 1000, phase));
    expect(hopAnswers.map((e) => [e.segment, e.providerHopSilent])).toEqual([['isp', false]]);
  });

  it('one silent internet target is no drop-out', () => {
    expect(ended(simulate(60, between(5, 40, ['net1'])).changes).filter((e) => e.kind === 'dropout')).toEqual([]);
  });

  it('blames the VPN when a company host goes silent while the internet answers', () => {
    const events = ended(simulate(60, between(30, 33, ['vpn'])).changes);
    expect(events.map((e) => e.segment)).toEqual(['vpn']);
    expect((events[0]!.end! - events[0]!.start) / 1000).toBeCloseTo(3, 0);
  });

  it('a one-second gap is no drop-out, two seconds are', () => {
    expect(ended(simulate(30, between(10, 11, ['router'])).changes)).toEqual([]);
    expect(ended(simulate(30, between(10, 12, ['router'])).changes).map((e) => e.segment)).toEqual(['home']);
  });

  it('counts a rhythm of outages one by one', () => {
    const rhythm: Silent = (s) => (s % 20 >= 10 && s % 20 < 13 ? ['net1', 'net2'] : []);
    const events = ended(simulate(100, rhythm).changes);
    expect(events.map((e) => Math.round((e.end! - e.start) / 1000))).toEqual([3, 3, 3, 3, 3]);
  });

  it('calls steady loss a bad spell, not a drop-out', () => {
    // Every fifth probe to the router lost: 20 % loss, never two in a row.
    const { d } = simulate(120, (s) => (s >= 30 && s < 80 && s % 5 === 0 ? ['router'] : []));
    const events = d.events();
    expect(events.map((e) => [e.kind, e.segment])).toEqual([['bad-spell', 'home']]);
    expect(events[0]!.lossPct).toBeGreaterThanOrEqual(10);
  });

  it('calls high delay beyond the router a bad spell of the provider', () => {
    const d = new MonitorDetector(TARGETS, 1000);
    const t0 = 0;
    for (let s = 0; s < 90; s++) {
      for (const t of TARGETS) d.add({ targetId: t.id, sentAt: t0 + s * 1000, rttMs: t.role === 'router' ? 2 : s >= 20 && s < 45 ? 400 : 20 });
      d.tick(t0 + s * 1000 + 999);
    }
    expect(d.events().map((e) => [e.kind, e.segment])).toEqual([['bad-spell', 'isp']]);
    expect(d.events()[0]!.medianRttMs).toBeGreaterThan(150);
  });

  it('counts a prober that stopped reporting as silent', () => {
    const d = new MonitorDetector(TARGETS.slice(0, 1), 1000);
    d.add({ targetId: 'router', sentAt: 0, rttMs: 1 });
    expect(d.tick(3000)).toEqual([]);
    const began = d.tick(7000);
    expect(began).toMatchObject([{ type: 'began', event: { segment: 'home', start: 1000 } }]);
  });

  it('forgets an open silence when reset (the machine slept)', () => {
    const d = new MonitorDetector(TARGETS.slice(0, 1), 1000);
    d.add({ targetId: 'router', sentAt: 0, rttMs: 1 });
    d.add({ targetId: 'router', sentAt: 1000, rttMs: null });
    d.reset();
    d.add({ targetId: 'router', sentAt: 60_000, rttMs: 1 });
    expect(d.tick(60_500)).toEqual([]);
    expect(d.events()).toEqual([]);
  });
});
