import type { Evidence } from '../evidence.js';
import { lineWorksWitnesses } from '../line-witnesses.js';

/**
 * The company's side is judged only while the home side works: a home or provider fault that also
 * breaks the VPN stays the home's or the provider's (those rules speak for it).
 */
export function internetWorks(e: Evidence): boolean {
  if (e.adapters?.state !== 'ok') return false;
  const pooled = e.targets?.pooled;
  // A network that drops ping still works when other traffic passes.
  return pooled === null || pooled === undefined || pooled.received > 0 || lineWorksWitnesses(e).length > 0;
}
