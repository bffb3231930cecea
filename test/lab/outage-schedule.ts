import { CORP_ADDR, LAB_NET } from './addresses.js';
import { dropForwarded } from './company-faults.js';
import { applyFault, type Undo } from './faults.js';
import { sleep } from './lab-exec.js';
import type { Lab } from './lab-types.js';

// Outages of known lengths switched on and off on a timer (the lab has no netem): each outage is
// an nftables table loaded, then deleted. What the monitor is judged against is not the plan but
// the times the switches really happened, taken around each nft command.

/** Where an outage sits, and the segment the monitor must blame it on. */
export type OutagePlace =
  /** Everything entering the router's LAN port dropped (the Wi-Fi or the router is gone): home. */
  | 'home-link'
  /** Everything entering the provider's access port dropped: isp, the provider's first hop silent too. */
  | 'isp-access'
  /** The provider forwards nothing to the internet while its first hop still answers: isp, hop answering. */
  | 'isp-core'
  /** The company gateway forwards nothing to the intranet host while the tunnel stays up: vpn. */
  | 'vpn-internal';

/** One outage of a schedule: when to switch it on (ms after the schedule starts) and for how long. */
export interface PlannedOutage {
  readonly place: OutagePlace;
  readonly atMs: number;
  readonly lengthMs: number;
}

/** When an outage really was on: ms since the epoch, each the midpoint of its nft command. */
export interface AppliedOutage extends PlannedOutage {
  readonly onAt: number;
  readonly offAt: number;
  /** How long the two nft commands took together: the true switch times are known only to within half of it. */
  readonly switchMs: number;
}

/** The monitor segment each place must be blamed on. */
export const SEGMENT_OF_PLACE = { 'home-link': 'home', 'isp-access': 'isp', 'isp-core': 'isp', 'vpn-internal': 'vpn' } as const;

function switchOn(lab: Lab, place: OutagePlace): Promise<Undo> {
  switch (place) {
    case 'home-link':
      return applyFault(lab, { kind: 'outage', where: 'home' });
    case 'isp-access':
      return applyFault(lab, { kind: 'outage', where: 'isp' });
    case 'isp-core':
      return dropForwarded(lab.ns.isp, 'hl_mon_core', `ip daddr ${LAB_NET.internet}`);
    case 'vpn-internal':
      return applyFault(lab, { kind: 'corp-host-blocked', host: CORP_ADDR.intranet });
  }
}

/** Runs `fn` and returns when it took effect: halfway through it (nft's own run time is the uncertainty). */
async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; at: number; tookMs: number }> {
  const before = Date.now();
  const value = await fn();
  const after = Date.now();
  return { value, at: Math.round((before + after) / 2), tookMs: after - before };
}

/**
 * Plays a schedule of outages, one after another, from now. Outages must not overlap (checked).
 * Every outage switched on is switched off again, even when a later step fails.
 */
export async function playOutages(lab: Lab, plan: readonly PlannedOutage[]): Promise<AppliedOutage[]> {
  for (let i = 1; i < plan.length; i++) {
    if (plan[i]!.atMs < plan[i - 1]!.atMs + plan[i - 1]!.lengthMs + 500) throw new Error(`outage ${i} starts before outage ${i - 1} has ended`);
  }
  const t0 = Date.now();
  const done: AppliedOutage[] = [];
  for (const o of plan) {
    await sleep(Math.max(0, t0 + o.atMs - Date.now()));
    const on = await timed(() => switchOn(lab, o.place));
    try {
      await sleep(Math.max(0, on.at + o.lengthMs - Date.now()));
    } finally {
      const off = await timed(() => on.value());
      done.push({ ...o, onAt: on.at, offAt: off.at, switchMs: on.tookMs + off.tookMs });
    }
  }
  return done;
}

/** When the last outage of a plan ends, ms after the schedule starts. */
export function planEndMs(plan: readonly PlannedOutage[]): number {
  return Math.max(0, ...plan.map((o) => o.atMs + o.lengthMs));
}
