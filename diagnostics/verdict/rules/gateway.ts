import type { EvidenceLine, Rule } from '../finding-draft.js';
import { lossLevel, lost, silent } from '../loss.js';
import { lineDeadWitnesses, routerAlive, internetAnswers } from '../line-witnesses.js';
import { onWifi, radioLines } from './on-wifi.js';

/**
 * The home router: does it answer, and without loss? Loss on the way to the router is the Wi-Fi's
 * when the computer reaches it by radio, and the home network's (cable, router) otherwise.
 */
export const gatewayRule: Rule = (e) => {
  if (e.adapters?.state !== 'ok') return [];
  const g = e.gateway?.stats;
  const gateway = e.gateway?.gateway ?? '?';
  if (!g) return [];
  if (silent(g)) {
    // Some routers ignore echoes on purpose; if the internet or the router's DNS answers, the router evidently works.
    if (internetAnswers(e) || routerAlive(e)) {
      return [{ id: 'home.router-ignores-ping', segment: 'home-network', severity: 'info', evidence: [{ key: 'routerIgnoresPing', vars: { gateway, sent: g.sent } }] }];
    }
    return [
      {
        id: 'home.gateway-unreachable',
        segment: 'home-network',
        severity: 'problem',
        evidence: [{ key: 'gatewaySilent', vars: { gateway, sent: g.sent } }],
        witnesses: ['icmp', ...lineDeadWitnesses(e)],
      },
    ];
  }
  const level = lossLevel(g);
  if (level === 'none') return [];
  const evidence: EvidenceLine[] = [{ key: 'gatewayLoss', vars: { gateway, loss: g.lossPct, lost: lost(g), sent: g.sent } }];
  if (g.rttMs) evidence.push({ key: 'gatewayLatency', vars: { avg: g.rttMs.avg, jitter: g.jitterMs ?? 0 } });
  const severity = level === 'problem' ? 'problem' : 'warning';
  if (onWifi(e)) return [{ id: 'wifi.link-loss', segment: 'wifi', severity, evidence: [...evidence, ...radioLines(e)] }];
  return [{ id: 'home.gateway-loss', segment: 'home-network', severity, evidence }];
};
