import type { Probe } from '../../diagnostics/engine/probe.js';
import { ALL_PROBES } from '../../diagnostics/probes/all-probes.js';
import type { Evidence } from '../../diagnostics/verdict/evidence.js';

/** Stand-ins with the real probes' ids and dependencies that hand back recorded evidence. */
export function replayProbes(e: Evidence): Probe<object>[] {
  const data: Record<string, object | undefined> = {
    adapters: e.adapters, 'gateway-ping': e.gateway, path: e.path, 'isp-hop-ping': e.ispHop, 'target-ping': e.targets, 'tcp-targets': e.tcpTargets,
    'dns-system': e.dnsSystem, 'dns-public': e.dnsPublic, https: e.https, 'captive-portal': e.captive,
  };
  return ALL_PROBES.map((p) => ({ ...p, run: async () => ({ status: 'ok' as const, data: data[p.id] ?? {} }) }));
}
