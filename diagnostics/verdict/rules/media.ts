import type { Evidence } from '../evidence.js';
import type { EvidenceLine, FindingDraft, Rule } from '../finding-draft.js';
import { internetWorks } from './company-preconditions.js';
import { gatewayRule } from './gateway.js';
import { internetPathRule } from './internet-path.js';
import { seenLines, udpOwner } from './media-owner.js';
import { companyEdtOwner, companyUdpOwner, tunnelSeenLines } from './media-company.js';
import { mediaTunnel } from './media-tunnel.js';

// Real-time paths: UDP to the STUN servers (calls) and DTLS on UDP 443 to the Citrix Gateway (EDT).
// A fault is given an owner only when a second kind of traffic agrees, as judged by the ping
// rules themselves: UDP loss while the internet-path rule finds `isp.loss` is the provider's;
// while the gateway rule finds loss on the router link (home or Wi-Fi), it is that link's. UDP-only trouble while ping and TCP are clean has no proven owner: it is reported as
// seen (segment `unknown`, severity info, so it never decides the verdict on its own).

/** Loss at or above this (%) counts as loss for the agreement of witnesses: the "good" call limit. */
const LOSS_PCT = 1;

function serverList(e: Evidence): string {
  return (e.mediaPath?.servers ?? []).map((s) => `${s.host}:${s.port}`).join(', ');
}

function figures(e: Evidence): EvidenceLine | null {
  const p = e.mediaPath?.pooled;
  const grade = e.mediaPath?.grade;
  if (!p || !grade) return null;
  return {
    key: 'mediaFigures',
    vars: { servers: serverList(e), sent: p.sent, loss: p.lossPct, rtt: p.rttAvgMs ?? '?', jitter: p.jitterMs ?? '?', grade: `@media.grade.${grade}` },
  };
}

function udpBlocked(e: Evidence): FindingDraft[] {
  const m = e.mediaPath;
  if (m?.udp !== 'blocked') return [];
  const opened = (m.servers ?? []).filter((s) => s.tcp?.state === 'open').map((s) => `${s.host}:${s.port}`);
  const evidence: EvidenceLine[] = [
    { key: 'mediaUdpSilent', vars: { sent: m.pooled?.sent ?? 0, servers: serverList(e) } },
    { key: 'mediaTcpOpen', vars: { servers: opened.join(', ') } },
  ];
  const icmp = e.targets?.pooled;
  if (icmp && icmp.received > 0 && icmp.lossPct < LOSS_PCT) evidence.push({ key: 'mediaIcmpClean', vars: { loss: icmp.lossPct } });
  const company = companyUdpOwner(e);
  if (company) return [{ id: 'media.udp-blocked-vpn', segment: company.segment, severity: 'warning', evidence: [...evidence, ...company.evidence] }];
  // Through a tunnel the placed servers (home, provider) are no reference: the test's packets passed them encrypted.
  const owner = mediaTunnel(e) === null ? udpOwner(e, 'blocked') : null;
  if (owner) return [{ id: 'media.udp-blocked', segment: owner.segment, severity: 'warning', evidence: [...evidence, ...owner.evidence] }];
  evidence.push(...tunnelSeenLines(e, m.localAddress, serverList(e)), ...seenLines(e), { key: 'mediaOwnerUnproven' });
  return [{ id: 'media.udp-blocked', segment: 'unknown', severity: 'info', evidence }];
}

function callQuality(e: Evidence): FindingDraft[] {
  const m = e.mediaPath;
  const line = figures(e);
  if (m?.udp !== 'works' || line === null || (m.grade !== 'poor' && m.grade !== 'bad')) return [];
  const udpLoss = (m.pooled?.lossPct ?? 0) >= LOSS_PCT;
  const home = e.gateway?.stats;
  const icmp = e.targets?.pooled;
  const homeLoss = udpLoss ? gatewayRule(e).find((f) => f.id === 'home.gateway-loss' || f.id === 'wifi.link-loss') : undefined;
  if (homeLoss && home) {
    return [{ id: 'media.call-quality', segment: homeLoss.segment, severity: 'warning', evidence: [line, { key: 'mediaHomeAgrees', vars: { loss: home.lossPct } }] }];
  }
  const icmpLossy = icmp != null && icmp.received > 0 && icmp.lossPct >= LOSS_PCT;
  if (udpLoss && icmp && internetPathRule(e).some((f) => f.id === 'isp.loss')) {
    return [{ id: 'media.call-quality', segment: 'isp', severity: 'warning', evidence: [line, { key: 'mediaIcmpAgrees', vars: { loss: icmp.lossPct } }] }];
  }
  const evidence: EvidenceLine[] = [line];
  if (icmp && icmp.received > 0 && !icmpLossy) evidence.push({ key: 'mediaIcmpClean', vars: { loss: icmp.lossPct } });
  const owner = udpLoss && mediaTunnel(e) === null ? udpOwner(e, 'lossy') : null;
  if (owner) return [{ id: 'media.call-quality', segment: owner.segment, severity: 'warning', evidence: [...evidence, ...owner.evidence] }];
  evidence.push(...tunnelSeenLines(e, m.localAddress, serverList(e)), ...seenLines(e), { key: 'mediaOwnerUnproven' });
  return [{ id: 'media.call-quality', segment: 'unknown', severity: 'info', evidence }];
}

function natMapping(e: Evidence): FindingDraft[] {
  const m = e.mediaPath;
  if (m?.mapping !== 'address-dependent') return [];
  const [a, b] = (m.servers ?? []).filter((s) => s.mapped !== null);
  if (!a?.mapped || !b?.mapped) return [];
  const vars = {
    first: `${a.mapped.address}:${a.mapped.port}`,
    serverA: a.host,
    second: `${b.mapped.address}:${b.mapped.port}`,
    serverB: b.host,
  };
  return [{ id: 'media.address-dependent-nat', segment: 'unknown', severity: 'info', evidence: [{ key: 'mediaMappingDependent', vars }] }];
}

function edt(e: Evidence): FindingDraft[] {
  const c = e.citrixEdt;
  const host = c?.host ?? '?';
  if (c?.edt === 'blocked') {
    const silent: EvidenceLine = { key: 'edtSilent', vars: { host, attempts: c.udp?.attempts ?? 0 } };
    const owner = companyEdtOwner(e);
    if (owner) return [{ id: 'media.edt-fallback', segment: owner.segment, severity: 'warning', evidence: [silent, ...owner.evidence] }];
    return [{ id: 'media.edt-fallback', segment: 'unknown', severity: 'info', evidence: [silent, ...tunnelSeenLines(e, c.localAddress, host)] }];
  }
  // The Gateway's own "port unreachable" is proof from the Gateway itself: nothing offers EDT there.
  if (c?.edt === 'not-offered') return [{ id: 'media.edt-fallback', segment: 'citrix', severity: 'info', evidence: [{ key: 'edtRefused', vars: { host } }] }];
  return [];
}

/** Findings of the real-time checks; nothing while the internet itself is down (other rules speak then). */
export const mediaRule: Rule = (e) => {
  if (!internetWorks(e)) return [];
  return [...udpBlocked(e), ...callQuality(e), ...natMapping(e), ...edt(e)];
};
