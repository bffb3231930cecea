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

/**
 * Runs `measure` at once, beside the adapters probe instead of after it (these pings and
 * handshakes are what a check waits for), then applies skipUnlessPath once the adapters probe has
 * finished: a machine with no way out gets the same skip as before, and the measurement, which
 * then failed at once anyway, is dropped (the engine aborts its commands when the probe returns).
 * A measurement that finished first and got answers (`answered`) needs no such verdict: the
 * answers are the way out, so it returns without waiting for the adapters probe.
 */
export async function measureBesidePath<D extends object>(
  ctx: ProbeContext<D>,
  empty: D,
  measure: () => Promise<ProbeOutcome<D>>,
  answered: (outcome: ProbeOutcome<D>) => boolean = () => false,
): Promise<ProbeOutcome<D>> {
  const measuring = measure();
  const adapters = ctx.results.whenFinished(adaptersProbe, ctx.signal).then(() => null);
  const first = await Promise.race([measuring, adapters]);
  if (first !== null && answered(first)) return first;
  await adapters;
  const skip = skipUnlessPath(ctx, empty);
  if (skip === null) return measuring;
  measuring.catch(() => undefined);
  return skip;
}
