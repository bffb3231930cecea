import type { CallGrade } from '../net/media/call-grade.js';
import type { Report } from '../schema/report.js';

// The real-time lines of the human summary: the call grade with its figures, the address the
// servers saw, and Citrix EDT. Read from the report (also a bundle's, which may come from another
// version), so every field is checked before it is used.

/** Only lookups are needed, so the app's texts (renderer) fit as well as the engine's translator. */
interface TextsOnly {
  t(key: string, vars?: Readonly<Record<string, string | number>>): string;
}

// The shapes read here are written out rather than imported from the probes: the app's renderer
// uses this file too and must not pull the probes' Node modules into its build.
type EdtState = 'available' | 'blocked' | 'not-offered' | 'unknown';
const GRADES: readonly CallGrade[] = ['good', 'fair', 'poor', 'bad'];
const EDT: readonly EdtState[] = ['available', 'blocked', 'not-offered', 'unknown'];

interface Address {
  readonly address: string;
  readonly port: number;
}

/** What the summary reads of the media-path probe's data (see probes/media-path.ts). */
interface MediaPathView {
  readonly servers: readonly { readonly host: string; readonly port: number; readonly mapped: Address | null }[];
  readonly pooled: { readonly sent: number; readonly lossPct: number; readonly rttAvgMs: number | null; readonly jitterMs: number | null } | null;
  readonly grade: CallGrade | null;
  readonly model?: { readonly r: number; readonly mos: number; readonly codec: string; readonly oneWayDelayMs: number } | null;
  readonly udp: string;
  readonly nat: string;
  readonly mapping: string;
  readonly localAddress?: string | null;
  readonly natBehaviour?: { readonly server: string; readonly supported: boolean; readonly mapping: string; readonly filtering: string } | null;
}

const BEHAVIOURS = ['endpoint-independent', 'address-dependent', 'address-and-port-dependent', 'unknown'];

/** What the summary reads of the router-wan probe's data (see probes/router-wan.ts). */
interface RouterWanView {
  readonly wanAddress: string | null;
  readonly natPmp: { readonly state: string } | null;
}

/** What the summary reads of the vpn-client probe's data: which addresses belong to a connected tunnel. */
interface VpnClientView {
  readonly tunnels: readonly { readonly connected: boolean; readonly addresses: readonly string[] }[];
}

/** What the summary reads of the citrix-edt probe's data (see probes/citrix-edt.ts). */
interface CitrixEdtView {
  readonly host: string | null;
  readonly edt: EdtState;
}

function probeData<D>(r: Report, id: string): { status: string; data: Partial<D> } | null {
  const p = r.probes.find((x) => x.id === id);
  return p ? { status: p.status, data: p.data as Partial<D> } : null;
}

const num = (v: unknown): string | number => (typeof v === 'number' && Number.isFinite(v) ? v : '?');

function callLines(r: Report, t: TextsOnly): string[] {
  const p = probeData<MediaPathView>(r, 'media-path');
  if (p === null) return [];
  const d = p.data;
  const servers = Array.isArray(d.servers) ? d.servers.map((s) => `${String(s.host)}:${String(s.port)}`).join(', ') : '';
  if (p.status === 'skipped' && servers === '') return [t.t('media.callNotConfigured')];
  const pooled = d.pooled;
  if (d.udp === 'blocked') return [t.t('media.callBlocked', { servers })];
  if (d.udp !== 'works' || !pooled || !GRADES.includes(d.grade as CallGrade)) return [];
  const out = [
    t.t('media.call', {
      grade: t.t(`media.grade.${String(d.grade)}`),
      loss: num(pooled.lossPct),
      rtt: num(pooled.rttAvgMs),
      jitter: num(pooled.jitterMs),
      sent: num(pooled.sent),
      servers,
    }),
  ];
  const m = d.model;
  if (m && typeof m === 'object') out.push(t.t('mediaRest.model', { r: num(m.r), mos: num(m.mos), codec: String(m.codec), delay: num(m.oneWayDelayMs) }));
  const mapped = d.servers?.find((s) => s.mapped)?.mapped;
  if (mapped && (d.nat === 'none' || d.nat === 'present')) {
    const mapping = d.mapping === 'endpoint-independent' || d.mapping === 'address-dependent' ? `, ${t.t(`media.mapping.${d.mapping}`)}` : '';
    out.push(t.t('media.natLine', { mapped: `${String(mapped.address)}:${String(mapped.port)}`, nat: t.t(`media.nat.${d.nat}`), mapping }));
  }
  out.push(...behaviourLines(d.natBehaviour, t));
  // Only a translated address says anything against the router's own WAN address.
  if (d.nat === 'present') out.push(...routerWanLines(r, t, d.localAddress ?? null, mapped?.address ?? null));
  return out;
}

/** The RFC 5780 line: mapping and filtering, or that the server does not offer the tests. */
function behaviourLines(b: MediaPathView['natBehaviour'], t: TextsOnly): string[] {
  if (!b || typeof b !== 'object' || typeof b.server !== 'string') return [];
  if (b.supported !== true) return [t.t('mediaWan.behaviourUnsupported', { server: b.server })];
  if (!BEHAVIOURS.includes(b.mapping) || !BEHAVIOURS.includes(b.filtering)) return [];
  return [t.t('mediaWan.behaviour', { server: b.server, mapping: t.t(`mediaWan.kind.${b.mapping}`), filtering: t.t(`mediaWan.kind.${b.filtering}`) })];
}

/** Whether `local` is a connected tunnel's address: then the servers saw the company's exit, not the home's. */
function viaTunnel(r: Report, local: string | null): boolean {
  const tunnels = probeData<VpnClientView>(r, 'vpn-client')?.data.tunnels;
  return local !== null && Array.isArray(tunnels) && tunnels.some((x) => x.connected === true && Array.isArray(x.addresses) && x.addresses.includes(local));
}

/** The router's own WAN address (NAT-PMP) beside the address the servers saw. */
function routerWanLines(r: Report, t: TextsOnly, local: string | null, mapped: string | null): string[] {
  const p = probeData<RouterWanView>(r, 'router-wan');
  // Not translated at all (the servers saw this computer's own address), or through a tunnel: nothing to compare.
  if (p === null || p.status === 'skipped' || mapped === null || mapped === local || viaTunnel(r, local)) return [];
  const wan = p.data.wanAddress;
  if (typeof wan !== 'string') return p.data.natPmp ? [t.t('mediaWan.unknown')] : [];
  return [wan === mapped ? t.t('mediaWan.same', { wan }) : t.t('mediaWan.differs', { wan, mapped })];
}

function edtLines(r: Report, t: TextsOnly): string[] {
  const p = probeData<CitrixEdtView>(r, 'citrix-edt');
  if (p === null || p.status === 'skipped' || !EDT.includes(p.data.edt as EdtState) || typeof p.data.host !== 'string') return [];
  return [t.t(`media.edt.${String(p.data.edt)}`, { host: p.data.host })];
}

/** The real-time lines alone (the app lists them under `media.heading`); empty for reports without the probes. */
export function mediaLines(r: Report, t: TextsOnly): string[] {
  return [...callLines(r, t), ...edtLines(r, t)];
}

/** The heading and lines for the CLI summary, or nothing when the report has no real-time probes (older reports). */
export function mediaSummaryLines(r: Report, t: TextsOnly): string[] {
  const lines = mediaLines(r, t);
  return lines.length === 0 ? [] : ['', `${t.t('media.heading')}:`, ...lines.map((l) => `  ${l}`)];
}
