import type { TransferPlan } from './types.js';

// When a direction may stop as soon as it has proved the line fast. The check compares a rate
// with the company's minimum (the verdict) and a person compares it with their contract. A line
// that has carried ten times the minimum, and at least 1 Gbit/s (more than most home contracts),
// for a whole second after its first ramp step has answered every question the check asks of
// it: what it carried is a lower bound of its rate (it did carry it), and measuring on would only
// refine a figure nobody acts on. Shaped and ordinary lines never reach the bound, so their
// figures come from the stability rule or the cap as before (see adaptive.ts).

/** A proven rate of at least this many Mbit/s ends a direction early, whatever the minimum. */
export const FAST_FLOOR_MBPS = 1000;

/** How many times the company's minimum a line must carry before it counts as fast. */
export const FAST_OVER_MINIMUM = 10;

/**
 * The Mbit/s from which a direction with this minimum (if any) stops as 'fast'. A contract speed
 * the user gave raises it to the contract: the call kit says "below my contract" under 90 % of it,
 * and a lower bound under the contract could not tell a shortfall from a line stopped early.
 */
export function fastLineMbps(minMbps: number | undefined, contractMbps?: number): number {
  return Math.max(FAST_FLOOR_MBPS, FAST_OVER_MINIMUM * (minMbps ?? 0), contractMbps ?? 0);
}

/** The plan with its fast-line bound (none given: the plan unchanged, no early stop). */
export function withFastBound(plan: TransferPlan, fastMbps: number | undefined): TransferPlan {
  return fastMbps === undefined ? plan : { ...plan, fastMbps };
}
