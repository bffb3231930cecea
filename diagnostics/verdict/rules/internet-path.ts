import type { PingStats } from '../../net/ping/measure.js';
import { poolStats } from '../../probes/target-ping.js';
import type { EvidenceLine, FindingDraft, Rule } from '../finding-draft.js';
import type { Evidence } from '../evidence.js';
import { lineDeadWitnesses, lineWorksWitnesses, routerAlive, type Witness } from '../line-witnesses.js';
import { clearlyLessLoss, lossLevel, lost, silent } from '../loss.js';

function gatewayLines(e: Evidence): EvidenceLine[] {
  const g = e.gateway?.stats;
  if (!g || g.received === 0) return [];
  return [{ key: 'gatewayClean', vars: { loss: g.lossPct, sent: g.sent, avg: g.rttMs?.avg ?? 0 } }];
}

function hopLines(e: Evidence): EvidenceLine[] {
  const h = e.ispHop?.stats;
  const hop = e.ispHop?.hop;
  if (!h || !hop) return [];
  if (silent(h)) return [{ key: 'hopSilent', vars: { hop } }];
  if (lossLevel(h) !== 'none') return [{ key: 'hopLoss', vars: { hop, loss: h.lossPct } }];
  return [{ key: 'hopClean', vars: { hop } }];
}

/** The loss and round trip TCP handshakes measured: the figures a network that drops ping still gets. */
function tcpLines(e: Evidence): EvidenceLine[] {
  const p = e.tcpTargets?.pooled;
  if (!p) return [];
  return [{ key: 'tcpFigures', vars: { sent: p.sent, loss: p.lossPct, lost: p.sent - p.received, lo: p.lossCi95[0], hi: p.lossCi95[1], avg: p.avgRttMs ?? '?' } }];
}

const info = (id: FindingDraft['id'], evidence: EvidenceLine[], witnesses: Witness[]): FindingDraft => ({ id, segment: 'isp', severity: 'info', evidence, witnesses });

/**
 * Loss TCP handshakes see on the line while ping is filtered: at problem level over the pool, at
 * least two lost, and common to the hosts (none clearly cleaner than the pool, as for ping).
 */
function tcpLineLoss(e: Evidence): boolean {
  const pooled = e.tcpTargets?.pooled;
  if (!pooled || pooled.sent - pooled.received < 2 || lossLevel(pooled) !== 'problem') return false;
  const answering = (e.tcpTargets?.hosts ?? []).filter((h) => h.answered > 0);
  return answering.length > 0 && !answering.some((h) => h.lossCi95[1] < pooled.lossCi95[0]);
}

/**
 * Ping is filtered beyond the router but the line works. TCP still measures it: common TCP loss is
 * the provider's when ping to the provider's first router (the one ICMP witness left) loses too and
 * the router link is clean; TCP loss that nothing else confirms leaves the verdict open.
 */
function pingFiltered(e: Evidence, names: string, sent: number, works: Witness[]): FindingDraft[] {
  const filtered = info('isp.ping-filtered', [{ key: 'pingFiltered', vars: { targets: names, sent } }, ...tcpLines(e)], works);
  if (!tcpLineLoss(e) || lossLevel(e.gateway?.stats) !== 'none') return [filtered];
  const hop = e.ispHop?.stats;
  const filteredLine: EvidenceLine = { key: 'pingFiltered', vars: { targets: names, sent } };
  if (hop && !silent(hop) && lossLevel(hop) !== 'none') {
    return [{ id: 'isp.loss', segment: 'isp', severity: 'problem', evidence: [...gatewayLines(e), filteredLine, ...tcpLines(e), ...hopLines(e)], witnesses: ['tcp', 'icmp'] }];
  }
  return [filtered, { id: 'unsure.loss-tcp-only', segment: 'unknown', severity: 'warning', evidence: [...gatewayLines(e), filteredLine, ...tcpLines(e), ...hopLines(e), { key: 'onlyTcpSaw' }], witnesses: ['tcp'] }];
}

/** Every ping target silent. The line is down only if a second kind of evidence saw nothing either. */
function allSilent(e: Evidence, targets: readonly PingStats[], sent: number): FindingDraft[] {
  const names = targets.map((s) => s.target).join(', ');
  const works = lineWorksWitnesses(e);
  if (works.length > 0) return pingFiltered(e, names, sent, works);
  const silentLine: EvidenceLine = { key: 'targetsSilent', vars: { targets: names, sent } };
  const dead = lineDeadWitnesses(e);
  if (dead.length === 0) {
    return [{ id: 'unsure.line-down-ping-only', segment: 'unknown', severity: 'warning', evidence: [...gatewayLines(e), silentLine, { key: 'noSecondWitness' }], witnesses: ['icmp'] }];
  }
  const deadLines: EvidenceLine[] = [
    ...(dead.includes('tcp') ? [{ key: 'tcpSilent' as const, vars: { sent: (e.tcpTargets?.hosts ?? []).reduce((n, h) => n + h.sent, 0) } }] : []),
    ...(dead.includes('dns') ? [{ key: 'publicDnsSilent' as const, vars: { servers: [...new Set((e.dnsPublic?.outcomes ?? []).map((o) => o.server))].join(', ') } }] : []),
  ];
  return [{ id: 'isp.outage', segment: 'isp', severity: 'problem', evidence: [...gatewayLines(e), silentLine, ...deadLines, ...hopLines(e)], witnesses: ['icmp', ...dead] }];
}

/**
 * Loss that ping saw on every answering target. TCP handshakes to the same hosts must agree: loss
 * that TCP does not show (its interval lies wholly below ping's) is ping being deprioritised, and
 * loss that TCP can neither confirm nor rule out is not enough to name the provider.
 */
function crossCheckLoss(e: Evidence, icmp: NonNullable<ReturnType<typeof poolStats>>, level: 'minor' | 'problem'): FindingDraft[] {
  const lossLine: EvidenceLine = { key: 'targetsLoss', vars: { loss: icmp.lossPct, lost: lost(icmp), sent: icmp.sent, lo: icmp.lossCi95[0], hi: icmp.lossCi95[1] } };
  const tcp = e.tcpTargets?.pooled;
  if (!tcp) {
    return [{ id: 'unsure.loss-ping-only', segment: 'unknown', severity: level === 'problem' ? 'warning' : 'info', evidence: [...gatewayLines(e), lossLine, { key: 'noSecondWitness' }], witnesses: ['icmp'] }];
  }
  const tcpLost = tcp.sent - tcp.received;
  if (clearlyLessLoss(tcp, icmp)) {
    return [info('isp.ping-deprioritized', [lossLine, ...tcpLines(e)], ['tcp'])];
  }
  if (tcpLost < 2) {
    // Unconfirmed minor loss is noted; unconfirmed heavy loss leaves the verdict open.
    return [{ id: 'unsure.loss-ping-only', segment: 'unknown', severity: level === 'problem' ? 'warning' : 'info', evidence: [...gatewayLines(e), lossLine, ...tcpLines(e)], witnesses: ['icmp'] }];
  }
  const gatewayLevel = lossLevel(e.gateway?.stats);
  const severity = level === 'problem' && gatewayLevel === 'none' && lossLevel(tcp) !== 'none' ? 'problem' : 'warning';
  return [
    {
      id: 'isp.loss',
      segment: 'isp',
      severity,
      evidence: [
        ...gatewayLines(e),
        lossLine,
        ...tcpLines(e),
        ...hopLines(e),
        ...(icmp.avgRttMs !== null ? [{ key: 'targetsLatency' as const, vars: { avg: icmp.avgRttMs } }] : []),
      ],
      witnesses: ['icmp', 'tcp'],
    },
  ];
}

/**
 * Beyond the router. Targets are judged one by one before they are pooled: a target that never
 * answers while others do is unreachable itself, and loss towards some targets only belongs to
 * them. Line loss needs loss common to every answering target, confirmed by TCP. Loss that the
 * router link already shows is the home network's (see gatewayRule), unless the internet loses
 * clearly more than the router link does.
 */
export const internetPathRule: Rule = (e) => {
  if (e.adapters?.state !== 'ok') return [];
  const targets = (e.targets?.targets ?? []).filter((s) => s.sent > 0);
  const all = e.targets?.pooled;
  if (!all || targets.length === 0) return [];
  if (all.received === 0) {
    if (!routerAlive(e) && lineWorksWitnesses(e).length === 0) return []; // the router itself is down: gatewayRule speaks
    return allSilent(e, targets, all.sent);
  }
  const findings: FindingDraft[] = [];
  const answering = targets.filter((s) => s.received > 0);
  const dead = targets.filter((s) => s.received === 0);
  if (dead.length > 0) {
    findings.push(info('isp.target-unreachable', dead.map((s) => ({ key: 'targetUnreachable' as const, vars: { target: s.target, sent: s.sent } })), ['icmp']));
  }
  const t = poolStats(answering);
  if (!t) return findings;
  const level = lossLevel(t);
  if (level === 'none') return findings;
  // A target clearly cleaner than the pool shows the loss is not on the shared line.
  const cleaner = answering.filter((s) => s.lossCi95[1] < t.lossCi95[0]);
  if (cleaner.length > 0) {
    const lossy = answering.filter((s) => !cleaner.includes(s));
    return [...findings, info('isp.target-loss', lossy.map((s) => ({ key: 'targetLossOnly' as const, vars: { target: s.target, loss: s.lossPct, sent: s.sent } })), ['icmp'])];
  }
  const g = e.gateway?.stats;
  const gatewayLevel = lossLevel(g);
  // With loss already at the router, the internet's share is only what exceeds it clearly.
  const beyondRouter = gatewayLevel === 'none' || (g !== undefined && g !== null && t.lossCi95[0] > g.lossCi95[1] && t.lossPct - g.lossPct >= 3);
  if (!beyondRouter) return findings;
  return [...findings, ...crossCheckLoss(e, t, level)];
};
