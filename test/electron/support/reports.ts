import { runCheck } from '../../../diagnostics/check.js';
import type { Probe } from '../../../diagnostics/engine/probe.js';
import { ALL_PROBES } from '../../../diagnostics/probes/all-probes.js';
import { targetsFromProfile } from '../../../diagnostics/profile/targets.js';
import type { Report } from '../../../diagnostics/schema/report.js';
import type { Evidence } from '../../../diagnostics/verdict/evidence.js';
import { healthy, ping, withTargets } from '../../diagnostics/verdict/evidence-builder.js';

// Real reports from the real engine, fed recorded evidence instead of the network, so the app's
// tests see exactly what the engine produces.

function replayProbes(e: Evidence): Probe<object>[] {
  const data: Record<string, object | undefined> = {
    adapters: e.adapters, 'gateway-ping': e.gateway, path: e.path, 'isp-hop-ping': e.ispHop, 'target-ping': e.targets, 'tcp-targets': e.tcpTargets,
    'dns-system': e.dnsSystem, 'dns-public': e.dnsPublic, https: e.https, 'captive-portal': e.captive,
  };
  return ALL_PROBES.map((p) => ({ ...p, run: async () => ({ status: 'ok' as const, data: data[p.id] ?? {} }) }));
}

const targets = targetsFromProfile({ internet: { pingTargets: ['203.0.113.10'] } }, 'profile');

/** Evidence of a home whose access line loses about 30 % of packets. */
export const ISP_LOSS: Evidence = withTargets(healthy(), [ping('203.0.113.10', 1500, 1050, 24), ping('203.0.113.11', 1500, 1050, 26)]);

/** A report of the given evidence, in the given language. */
export function reportOf(e: Evidence, lang: 'en' | 'de' | 'sv' = 'en'): Promise<Report> {
  return runCheck({ targets, lang, quick: true, os: 'linux', probes: replayProbes(e), now: () => new Date('2026-11-23T19:30:00Z') });
}

/** A healthy report. */
export function healthyReport(): Promise<Report> {
  return reportOf(healthy());
}

/** A report of 30 % loss at the provider. */
export function ispLossReport(): Promise<Report> {
  return reportOf(ISP_LOSS);
}
