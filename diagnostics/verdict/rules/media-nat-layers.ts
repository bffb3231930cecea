import { natLayers } from '../../net/media/nat-layers.js';
import { isBeyond, type MediaServerCheck } from '../../probes/media-path.js';
import type { Evidence } from '../evidence.js';
import type { EvidenceLine, FindingDraft, Rule } from '../finding-draft.js';
import { mediaTunnel } from './media-tunnel.js';

// Carrier-grade and double NAT, as seen (net/media/nat-layers.ts states the clues). Neither is a
// fault on its own, so both are info without an owner: they explain relayed calls, symmetric NAT
// and UDP mappings that time out, and tell the help desk what stands in the way.

export const mediaNatLayersRule: Rule = (e: Evidence) => {
  const m = e.mediaPath;
  if (m?.udp !== 'works') return [];
  const mapped = ((m.servers ?? []) as readonly MediaServerCheck[]).find((s) => isBeyond(s) && s.mapped !== null)?.mapped ?? null;
  // Through a VPN tunnel the servers saw the company's exit: no clue about the home's NAT layers.
  if (mediaTunnel(e) !== null) return [];
  const layers = natLayers({
    mapped: mapped?.address ?? null,
    local: m.localAddress ?? null,
    hops: e.path?.hops ?? [],
    gateway: e.gateway?.gateway ?? null,
    routerWan: e.routerWan?.wanAddress ?? null,
  });
  const out: FindingDraft[] = [];
  if (layers.cgnat) {
    const key = ({ mapped: 'mediaCgnatMapped', hop: 'mediaCgnatHop', 'router-wan': 'mediaCgnatRouterWan' } as const)[layers.cgnat.via];
    out.push({ id: 'media.cgnat', segment: 'unknown', severity: 'info', evidence: [{ key, vars: { address: layers.cgnat.address, mapped: mapped?.address ?? '?' } }] });
  }
  if (layers.doubleNat && mapped) {
    const line: EvidenceLine =
      'secondRouter' in layers.doubleNat
        ? { key: 'mediaDoubleNat' as const, vars: { router: layers.doubleNat.secondRouter, mapped: mapped.address } }
        : { key: 'mediaDoubleNatRouterWan' as const, vars: { wan: layers.doubleNat.routerWan, mapped: mapped.address } };
    out.push({ id: 'media.double-nat', segment: 'unknown', severity: 'info', evidence: [line] });
  }
  if (layers.beyondRouter) {
    out.push({
      id: 'media.nat-beyond-router', segment: 'unknown', severity: 'info',
      evidence: [{ key: 'mediaNatBeyondRouter', vars: { wan: layers.beyondRouter.routerWan, mapped: layers.beyondRouter.mapped } }],
    });
  }
  // The mapping-lifetime test: the same socket asked again after a silence and got a new public
  // address or port, so the NAT forgot the mapping within that silence (who runs that NAT — the
  // router or a carrier-grade NAT — the test cannot tell on its own).
  const life = m.mappingLifetime;
  if (life?.kept === false && life.after) {
    out.push({
      id: 'media.short-mapping', segment: 'unknown', severity: 'info',
      evidence: [{ key: 'mediaMappingForgotten', vars: { idle: life.idleS, server: life.server, before: `${life.before.address}:${life.before.port}`, after: `${life.after.address}:${life.after.port}` } }],
    });
  }
  return out;
};
