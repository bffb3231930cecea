import { poolStats } from '../../probes/target-ping.js';
import type { Evidence } from '../evidence.js';
import type { EvidenceLine, FindingDraft, Rule } from '../finding-draft.js';
import { clearlyLessLoss, lossLevel, lost, silent, type LossFigures } from '../loss.js';
import { lineDeadWitnesses, routerAlive, internetAnswers } from '../line-witnesses.js';
import { onWifi, radioLines } from './on-wifi.js';

/**
 * Traffic that crossed the same link to the router and went on through it: pings to the internet
 * targets that answered, or, where ping is filtered beyond, the TCP handshakes.
 */
function throughRouter(e: Evidence): LossFigures | null {
  const pinged = poolStats((e.targets?.targets ?? []).filter((s) => s.received > 0));
  if (pinged) return pinged;
  const tcp = e.tcpTargets?.pooled;
  return tcp && tcp.received > 0 ? tcp : null;
}

/**
 * Loss to the router that traffic through the router clearly does not show (clearlyLessLoss)
 * is not on the link: the router answers ping to itself last or rate-limits
 * it. Every packet to the internet crossed the same cable or radio.
 */
function routerPingDeprioritized(e: Evidence, gateway: string): FindingDraft | null {
  const g = e.gateway?.stats;
  const through = throughRouter(e);
  // Only while the traffic through the router is clean: loss there too could be the link's or the
  // line's, and the router's ping, being unreliable, cannot tell which (the rules weigh it as before).
  if (!g || !through || lossLevel(through) !== 'none' || !clearlyLessLoss(through, g)) return null;
  return {
    id: 'home.router-ping-deprioritized',
    segment: 'home-network',
    severity: 'info',
    evidence: [{ key: 'routerPingDeprioritized', vars: { gateway, loss: g.lossPct, sent: g.sent, throughLost: through.sent - through.received, throughSent: through.sent } }],
    witnesses: ['icmp', ...((e.targets?.pooled?.received ?? 0) > 0 ? [] : (['tcp'] as const))],
  };
}

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
  const deprioritized = routerPingDeprioritized(e, gateway);
  if (deprioritized) return [deprioritized];
  const evidence: EvidenceLine[] = [{ key: 'gatewayLoss', vars: { gateway, loss: g.lossPct, lost: lost(g), sent: g.sent } }];
  if (g.rttMs) evidence.push({ key: 'gatewayLatency', vars: { avg: g.rttMs.avg, jitter: g.jitterMs ?? 0 } });
  const severity = level === 'problem' ? 'problem' : 'warning';
  if (onWifi(e)) return [{ id: 'wifi.link-loss', segment: 'wifi', severity, evidence: [...evidence, ...radioLines(e)] }];
  return [{ id: 'home.gateway-loss', segment: 'home-network', severity, evidence }];
};
