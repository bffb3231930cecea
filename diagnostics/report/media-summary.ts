import type { Translator } from '../i18n/translator.js';
import type { CallGrade } from '../net/media/call-grade.js';
import type { CitrixEdtData, EdtState } from '../probes/citrix-edt.js';
import type { MediaPathData } from '../probes/media-path.js';
import type { Report } from '../schema/report.js';

// The real-time lines of the human summary: the call grade with its figures, the address the
// servers saw, and Citrix EDT. Read from the report (also a bundle's, which may come from another
// version), so every field is checked before it is used.

const GRADES: readonly CallGrade[] = ['good', 'fair', 'poor', 'bad'];
const EDT: readonly EdtState[] = ['available', 'blocked', 'not-offered', 'unknown'];

function probeData<D>(r: Report, id: string): { status: string; data: Partial<D> } | null {
  const p = r.probes.find((x) => x.id === id);
  return p ? { status: p.status, data: p.data as Partial<D> } : null;
}

const num = (v: unknown): string | number => (typeof v === 'number' && Number.isFinite(v) ? v : '?');

function callLines(r: Report, t: Translator): string[] {
  const p = probeData<MediaPathData>(r, 'media-path');
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
  const mapped = d.servers?.find((s) => s.mapped)?.mapped;
  if (mapped && (d.nat === 'none' || d.nat === 'present')) {
    const mapping = d.mapping === 'endpoint-independent' || d.mapping === 'address-dependent' ? `, ${t.t(`media.mapping.${d.mapping}`)}` : '';
    out.push(t.t('media.natLine', { mapped: `${String(mapped.address)}:${String(mapped.port)}`, nat: t.t(`media.nat.${d.nat}`), mapping }));
  }
  return out;
}

function edtLines(r: Report, t: Translator): string[] {
  const p = probeData<CitrixEdtData>(r, 'citrix-edt');
  if (p === null || p.status === 'skipped' || !EDT.includes(p.data.edt as EdtState) || typeof p.data.host !== 'string') return [];
  return [t.t(`media.edt.${String(p.data.edt)}`, { host: p.data.host })];
}

/** The heading and lines, or nothing when the report has no real-time probes (older reports). */
export function mediaSummaryLines(r: Report, t: Translator): string[] {
  const lines = [...callLines(r, t), ...edtLines(r, t)];
  return lines.length === 0 ? [] : ['', `${t.t('media.heading')}:`, ...lines.map((l) => `  ${l}`)];
}
