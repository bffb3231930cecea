import type { Witness } from '../schema/report.js';
import type { Evidence } from './evidence.js';
import type { FindingDraft } from './finding-draft.js';

// Ping (ICMP) is one witness among several: networks drop or deprioritise it on purpose, so a
// fault beyond the router is named only when a second kind of evidence agrees.
export type { Witness } from '../schema/report.js';

/** Any answer from the host, even a refusal, proves the path to it works. */
const SILENT_DNS: ReadonlySet<string> = new Set(['timeout', 'error']);

/** The non-ping witnesses that saw traffic pass beyond the router (an answer of any kind counts). */
export function lineWorksWitnesses(e: Evidence): Witness[] {
  const out: Witness[] = [];
  if ((e.tcpTargets?.hosts ?? []).some((h) => h.answered > 0)) out.push('tcp');
  // A TLS or HTTP failure still means the server was reached.
  if ((e.https?.checks ?? []).some((c) => c.ok || c.failure?.stage === 'tls' || c.failure?.stage === 'http')) out.push('https');
  if ((e.dnsPublic?.outcomes ?? []).some((o) => !SILENT_DNS.has(o.kind))) out.push('dns');
  return out;
}

/** The non-ping witnesses that ran and saw nothing at all come back from beyond the router. */
export function lineDeadWitnesses(e: Evidence): Witness[] {
  const out: Witness[] = [];
  const measured = (e.tcpTargets?.hosts ?? []).filter((h) => h.sent > 0);
  if (measured.length > 0 && measured.every((h) => h.answered === 0)) out.push('tcp');
  const dns = e.dnsPublic?.outcomes ?? [];
  if (dns.length > 0 && dns.every((o) => o.kind === 'timeout')) out.push('dns');
  return out;
}

/** True when some witness saw the internet answer: ping to a target, or any other kind. */
export function internetAnswers(e: Evidence): boolean {
  return (e.targets?.pooled?.received ?? 0) > 0 || lineWorksWitnesses(e).length > 0;
}

/**
 * The router is alive when it answers ping, or when its DNS forwarder answers anything at all
 * (a refusal comes from the router too) or accepts TCP on port 53.
 */
export function routerAlive(e: Evidence): boolean {
  if ((e.gateway?.stats?.received ?? 0) > 0) return true;
  const routers = new Set((e.dnsSystem?.resolvers ?? []).filter((r) => r.role === 'router').map((r) => r.address));
  if ((e.dnsSystem?.outcomes ?? []).some((o) => routers.has(o.server) && !SILENT_DNS.has(o.kind))) return true;
  return Object.values(e.dnsSystem?.forwarderTcp ?? {}).some((s) => s === 'open' || s === 'refused');
}

/**
 * The witnesses a verdict names: those its top finding rests on, or, when nothing is wrong, every
 * kind of evidence that saw the internet answer.
 */
export function verdictWitnesses(top: FindingDraft | null, e: Evidence): Witness[] {
  if (top) return [...new Set(top.witnesses ?? [])];
  const icmp: Witness[] = (e.targets?.pooled?.received ?? 0) > 0 ? ['icmp'] : [];
  return [...icmp, ...lineWorksWitnesses(e)];
}
