import type { ProbeContext, ProbeOutcome } from '../engine/probe.js';
import { adaptersProbe } from './adapters.js';

/**
 * Network probes skip at once when the machine itself has no way out (no adapter, address or
 * route): their timeouts would only slow the answer, which the adapters probe already gives.
 */
export function skipUnlessPath<D extends object>(ctx: ProbeContext<D>, empty: D): ProbeOutcome<D> | null {
  const state = ctx.results.of(adaptersProbe)?.data.state;
  if (state === undefined || state === 'ok' || state === 'unknown') return null;
  return { status: 'skipped', data: empty, error: `this computer has no network path (${state})` };
}
