import type { EvidenceLine, FindingDraft, Rule } from '../finding-draft.js';
import type { Evidence } from '../evidence.js';
import { lossLevel, lost, silent } from '../loss.js';

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

/**
 * Beyond the router: if the router answers cleanly but the internet does not, the fault is the
 * provider's. Loss that the router link already shows is the home network's (see gatewayRule),
 * unless the internet loses clearly more than the router link does.
 */
export const internetPathRule: Rule = (e) => {
  if (e.adapters?.state !== 'ok') return [];
  const t = e.targets?.pooled;
  const g = e.gateway?.stats;
  if (!t) return [];
  const gatewaySilent = silent(g);
  if (t.received === 0) {
    if (gatewaySilent) return []; // the router itself is down: gatewayRule speaks
    return [
      {
        id: 'isp.outage',
        segment: 'isp',
        severity: 'problem',
        evidence: [
          ...gatewayLines(e),
          { key: 'targetsSilent', vars: { targets: (e.targets?.targets ?? []).map((s) => s.target).join(', '), sent: t.sent } },
          ...hopLines(e),
        ],
      },
    ];
  }
  const level = lossLevel(t);
  if (level === 'none') return [];
  const gatewayLevel = lossLevel(g);
  // With loss already at the router, the internet's share is only what exceeds it clearly.
  const beyondRouter = gatewayLevel === 'none' || (g !== undefined && g !== null && t.lossCi95[0] > g.lossCi95[1] && t.lossPct - g.lossPct >= 3);
  if (!beyondRouter) return [];
  const draft: FindingDraft = {
    id: 'isp.loss',
    segment: 'isp',
    severity: level === 'problem' && gatewayLevel === 'none' ? 'problem' : 'warning',
    evidence: [
      ...gatewayLines(e),
      { key: 'targetsLoss', vars: { loss: t.lossPct, lost: lost(t), sent: t.sent, lo: t.lossCi95[0], hi: t.lossCi95[1] } },
      ...hopLines(e),
      ...(t.avgRttMs !== null ? [{ key: 'targetsLatency' as const, vars: { avg: t.avgRttMs } }] : []),
    ],
  };
  return [draft];
};
