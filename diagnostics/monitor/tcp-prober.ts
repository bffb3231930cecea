import { probeTcp } from '../net/tcp/connect.js';
import type { ProberDeps } from './icmp-prober.js';
import { waitFor } from '../engine/abortable-wait.js';
import type { MonitorTarget } from './types.js';

/**
 * Probes a target with one TCP connect per interval from Node (no process), for hosts that filter
 * ICMP and for company hosts named with a port. A refused connect is an answer too: the host is
 * there. No answer within the interval (at most 1 s) is a lost probe.
 */
export async function runTcpProber(target: MonitorTarget, deps: ProberDeps): Promise<void> {
  const port = target.port ?? 443;
  const timeoutMs = Math.min(deps.intervalMs, 1000);
  while (!deps.signal.aborted) {
    const sentAt = deps.now();
    const r = await probeTcp(target.host, port, { timeoutMs, signal: deps.signal });
    if (deps.signal.aborted) return;
    const answered = r.state === 'open' || r.state === 'refused';
    deps.emit({ targetId: target.id, sentAt, rttMs: answered ? (r.connectMs ?? 0) : null });
    await waitFor(Math.max(0, deps.intervalMs - (deps.now() - sentAt)), deps.signal);
  }
}
