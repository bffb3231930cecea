import type { OsKind } from '../platform/os-kind.js';
import type { StreamRunner } from '../platform/command.js';
import { MonitorDetector, type DetectorChange } from './detector.js';
import { runIcmpProber, type ProberDeps } from './icmp-prober.js';
import { waitFor } from '../engine/abortable-wait.js';
import { ProbeTally, type TargetFigures } from './tally.js';
import { runTcpProber } from './tcp-prober.js';
import type { MonitorThresholds } from './thresholds.js';
import type { MonitorEvent, MonitorTarget, ProbeOutcome } from './types.js';

/** Why the monitor is not probing right now. */
export type PauseReason = 'power-saver' | 'metered' | 'woke-up';

/** What the monitor asks about the machine every minute; each may be left out. */
export interface MonitorConditions {
  /** A reason to pause now (battery saver, metered connection, unless policy says otherwise), or null. */
  readonly pauseReason?: () => Promise<PauseReason | null>;
  /** Whether the VPN tunnel is up: the company hosts are watched only then. */
  readonly tunnelUp?: () => Promise<boolean>;
}

/** Everything one monitor run needs. */
export interface MonitorOptions {
  readonly targets: readonly MonitorTarget[];
  readonly os: OsKind;
  readonly stream: StreamRunner;
  /** About one probe per target per interval (default 1000 ms). */
  readonly intervalMs?: number;
  readonly thresholds?: Partial<MonitorThresholds>;
  readonly conditions?: MonitorConditions;
  /** How often conditions are asked (default 60 s). */
  readonly conditionsEveryMs?: number;
  readonly now?: () => number;
  readonly onChange?: (c: DetectorChange) => void;
  /** Called once a second with the running figures (the live status line). */
  readonly onTick?: (s: MonitorStatus) => void;
  /** Stops the monitor; runMonitor then resolves with its result. */
  readonly signal: AbortSignal;
}

/** The monitor's state once a second. */
export interface MonitorStatus {
  readonly at: number;
  readonly paused: PauseReason | null;
  readonly current: readonly MonitorEvent[];
  /** The events that ended (the detector's last 500). */
  readonly closed: readonly MonitorEvent[];
  readonly figures: Readonly<Record<string, TargetFigures>>;
}

/** What a finished monitor run saw. */
export interface MonitorResult {
  readonly startedAt: number;
  readonly endedAt: number;
  readonly targets: readonly MonitorTarget[];
  /** Every event, oldest first; events still going on at the end are closed at `endedAt`. */
  readonly events: readonly MonitorEvent[];
  readonly figures: Readonly<Record<string, TargetFigures>>;
  /** Milliseconds spent paused (power, metered, after waking). */
  readonly pausedMs: number;
  /** How often the machine slept (or the clock jumped) during the run. */
  readonly sleeps: number;
}

/** A tick that comes this much later than asked means the machine slept (or the clock was set). */
const CLOCK_JUMP_MS = 5000;
/** After waking, Wi-Fi and VPN reconnect: that is not a drop-out, so probing waits this long. */
const WAKE_GRACE_MS = 15_000;

const isVpn = (t: MonitorTarget): boolean => t.role === 'vpn-gateway' || t.role === 'vpn-internal';

/**
 * Watches the targets until `signal` aborts: one long-running ping per ICMP target and one TCP
 * connect per interval per TCP target, a detector fed by both, a tick a second. Pauses when the
 * conditions say so, forgets open silences and waits after the machine slept, and watches the
 * company hosts only while the tunnel is up.
 */
export async function runMonitor(o: MonitorOptions): Promise<MonitorResult> {
  const now = o.now ?? Date.now;
  const intervalMs = o.intervalMs ?? 1000;
  const detector = new MonitorDetector(o.targets, intervalMs, o.thresholds);
  const tally = new ProbeTally();
  const startedAt = now();
  const report = (cs: readonly DetectorChange[]): void => cs.forEach((c) => o.onChange?.(c));
  const emit = (x: ProbeOutcome): void => {
    tally.add(x);
    report(detector.add(x));
  };

  let probing: AbortController | null = null;
  let running: Promise<unknown> = Promise.resolve();
  let vpnOn = false;
  const start = (): void => {
    probing = new AbortController();
    const deps: ProberDeps = { emit, now, intervalMs, signal: AbortSignal.any([probing.signal, o.signal]) };
    const active = o.targets.filter((t) => !isVpn(t) || vpnOn);
    running = Promise.all(active.map((t) => (t.method === 'icmp' ? runIcmpProber(t, o.os, o.stream, deps) : runTcpProber(t, deps))));
  };
  const stop = async (): Promise<void> => {
    probing?.abort();
    probing = null;
    await running;
  };

  const vpnIds = o.targets.filter(isVpn).map((t) => t.id);
  vpnOn = vpnIds.length > 0 && (o.conditions?.tunnelUp ? await o.conditions.tunnelUp() : true);
  report(detector.setActive(vpnIds, vpnOn, now()));
  let paused: PauseReason | null = (await o.conditions?.pauseReason?.()) ?? null;
  let pausedMs = 0;
  let sleeps = 0;
  let lastConditions = now();
  if (paused === null) start();

  let last = now();
  while (!o.signal.aborted) {
    await waitFor(1000, o.signal);
    if (o.signal.aborted) break;
    const t = now();
    const jumped = t - last > 1000 + CLOCK_JUMP_MS || t < last;
    if (paused !== null) pausedMs += Math.max(0, Math.min(t - last, 1000 + CLOCK_JUMP_MS));
    last = t;
    if (jumped) {
      sleeps++;
      await stop();
      detector.reset();
      paused = 'woke-up';
      await waitFor(WAKE_GRACE_MS, o.signal);
      pausedMs += WAKE_GRACE_MS;
      last = now();
      lastConditions = 0; // ask at once: the machine may have woken on battery or in another network
    }
    if (last - lastConditions >= (o.conditionsEveryMs ?? 60_000)) {
      lastConditions = last;
      const reason = (await o.conditions?.pauseReason?.()) ?? null;
      const tunnel = vpnIds.length > 0 && (o.conditions?.tunnelUp ? await o.conditions.tunnelUp() : true);
      if (reason !== paused || tunnel !== vpnOn) {
        await stop();
        if (reason !== null) detector.reset();
        if (tunnel !== vpnOn) report(detector.setActive(vpnIds, tunnel, now()));
        vpnOn = tunnel;
        paused = reason;
        if (paused === null) start();
      }
    }
    report(detector.tick(now()));
    o.onTick?.({ at: now(), paused, current: detector.current(), closed: detector.events(), figures: tally.figures() });
  }
  await stop();
  const endedAt = now();
  const open = detector.current().map((e) => ({ ...e, end: endedAt }));
  const events = [...detector.events(), ...open].sort((a, b) => a.start - b.start);
  return { startedAt, endedAt, targets: o.targets, events, figures: tally.figures(), pausedMs, sleeps };
}
