import { isBeyond, type MediaServerCheck } from '../../probes/media-path.js';
import type { Evidence } from '../evidence.js';
import type { EvidenceLine, FindingDraft } from '../finding-draft.js';

// Who owns a bad UDP path, from STUN servers the profile placed on the path (`where`: home = on the
// router or the home network, isp = the provider's own server, absent = beyond). A place is named
// only when two kinds of evidence bracket the trouble:
// - the router (`home-network`): UDP reaches a server on the home side (so this computer and the
//   home network carry UDP), UDP to the provider's own server gets no answer while TCP to the same
//   server and port opens (so the line is up and the server there), and nothing beyond answers over
//   UDP either. Between the home server and the provider's server lie only the router's forwarding
//   and the access line; a line that carries TCP but not one UDP packet is a filter by protocol,
//   and the household's filter on that stretch is the router. (Loss is not bracketed this way: a
//   lossy access line looks the same as a lossy router, so UDP loss there stays unknown.)
// - the provider (`isp`): the provider's own server answers UDP cleanly (router and line carry it),
//   while every server beyond — at least two, in different /16 networks, so it is not one far
//   network's trouble — is silent with TCP opening, or loses UDP. What they share is the
//   provider's network.
// Anything else: no owner; the findings say what was seen (`seenLines`).

/** Loss at or above this (%) counts as lossy: the Teams pass criterion. */
const LOSS_PCT = 1;

export const label = (s: MediaServerCheck): string => `${s.host}:${s.port}`;
export const answered = (s: MediaServerCheck): boolean => (s.stats?.received ?? 0) > 0;
const clean = (s: MediaServerCheck): boolean => answered(s) && (s.stats?.lossPct ?? 100) < LOSS_PCT;
const lossy = (s: MediaServerCheck): boolean => answered(s) && (s.stats?.lossPct ?? 0) >= LOSS_PCT;
export const silentTcpOpen = (s: MediaServerCheck): boolean => !answered(s) && s.stats !== null && s.tcp?.state === 'open';

/** The /16 of an IPv4 address, or the address itself. */
export function network16(address: string | null): string | null {
  if (address === null) return null;
  const parts = address.split('.');
  return parts.length === 4 ? parts.slice(0, 2).join('.') : address;
}

interface Placed {
  readonly home: readonly MediaServerCheck[];
  readonly isp: readonly MediaServerCheck[];
  readonly beyond: readonly MediaServerCheck[];
}

function placed(e: Evidence): Placed {
  const all = (e.mediaPath?.servers ?? []) as readonly MediaServerCheck[];
  return { home: all.filter((s) => s.where === 'home'), isp: all.filter((s) => s.where === 'isp'), beyond: all.filter((s) => isBeyond(s)) };
}

const list = (servers: readonly MediaServerCheck[]): string => servers.map(label).join(', ');

export interface UdpOwner {
  readonly segment: FindingDraft['segment'];
  readonly evidence: readonly EvidenceLine[];
}

/** The owner of UDP trouble towards the servers beyond, or null when the placed servers do not bracket it. */
export function udpOwner(e: Evidence, trouble: 'blocked' | 'lossy'): UdpOwner | null {
  const p = placed(e);
  if (p.beyond.length === 0) return null;
  const homeOk = p.home.filter(answered);
  if (trouble === 'blocked' && homeOk.length > 0 && p.isp.length > 0 && p.isp.every(silentTcpOpen) && !p.beyond.some(answered)) {
    return {
      segment: 'home-network',
      evidence: [
        { key: 'mediaHomeUdpWorks', vars: { servers: list(homeOk) } },
        { key: 'mediaIspUdpSilentTcpOpen', vars: { servers: list(p.isp) } },
        { key: 'mediaRouterFilters' },
      ],
    };
  }
  const ispOk = p.isp.filter(clean);
  const bad = trouble === 'blocked' ? silentTcpOpen : lossy;
  const networks = new Set(p.beyond.map((s) => network16(s.address)));
  if (ispOk.length > 0 && p.beyond.every(bad) && networks.size >= 2 && !networks.has(null)) {
    return {
      segment: 'isp',
      evidence: [
        { key: 'mediaIspUdpWorks', vars: { servers: list(ispOk) } },
        { key: trouble === 'blocked' ? 'mediaBeyondSilent' : 'mediaBeyondLossy', vars: { servers: list(p.beyond) } },
      ],
    };
  }
  return null;
}

/** What the placed servers saw, for a finding without an owner: each line states one measurement. */
export function seenLines(e: Evidence): EvidenceLine[] {
  const p = placed(e);
  const out: EvidenceLine[] = [];
  for (const [where, servers] of [['home', p.home], ['isp', p.isp]] as const) {
    if (servers.length === 0) continue;
    const ok = servers.filter(answered);
    const silent = servers.filter((s) => !answered(s) && s.stats !== null);
    if (ok.length > 0) out.push({ key: 'mediaPlacedAnswered', vars: { servers: list(ok), where: `@mediaRest.where.${where}`, loss: Math.max(...ok.map((s) => s.stats?.lossPct ?? 0)) } });
    if (silent.length > 0) out.push({ key: 'mediaPlacedSilent', vars: { servers: list(silent), where: `@mediaRest.where.${where}` } });
  }
  return out;
}
