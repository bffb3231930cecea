import { natLayers } from '../../net/media/nat-layers.js';
import { isBeyond, type MediaServerCheck } from '../../probes/media-path.js';
import type { Evidence } from '../evidence.js';
import type { FindingDraft, Rule } from '../finding-draft.js';

// Carrier-grade and double NAT, as seen (net/media/nat-layers.ts states the clues). Neither is a
// fault on its own, so both are info without an owner: they explain relayed calls, symmetric NAT
// and UDP mappings that time out, and tell the help desk what stands in the way.

export const mediaNatLayersRule: Rule = (e: Evidence) => {
  const m = e.mediaPath;
  if (m?.udp !== 'works') return [];
  const mapped = ((m.servers ?? []) as readonly MediaServerCheck[]).find((s) => isBeyond(s) && s.mapped !== null)?.mapped ?? null;
  const layers = natLayers({ mapped: mapped?.address ?? null, local: m.localAddress ?? null, hops: e.path?.hops ?? [], gateway: e.gateway?.gateway ?? null });
  const out: FindingDraft[] = [];
  if (layers.cgnat) {
    out.push({ id: 'media.cgnat', segment: 'unknown', severity: 'info', evidence: [{ key: layers.cgnat.via === 'mapped' ? 'mediaCgnatMapped' : 'mediaCgnatHop', vars: { address: layers.cgnat.address } }] });
  }
  if (layers.doubleNat && mapped) {
    out.push({ id: 'media.double-nat', segment: 'unknown', severity: 'info', evidence: [{ key: 'mediaDoubleNat', vars: { router: layers.doubleNat.secondRouter, mapped: mapped.address } }] });
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
