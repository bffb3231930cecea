import { z } from 'zod';
import type { Report } from '../schema/report.js';

/**
 * The key figures of one check, flat and nullable (null: not measured): what history keeps and
 * what the ISP call kit cites. One place reads them out of a report, so the two never disagree.
 */
export interface CheckFigures {
  readonly gatewayLossPct: number | null;
  readonly gatewayAvgMs: number | null;
  readonly internetLossPct: number | null;
  readonly internetSent: number | null;
  readonly internetReceived: number | null;
  readonly internetAvgMs: number | null;
  /** The provider's first router and the loss measured there. */
  readonly ispHop: string | null;
  readonly ispHopLossPct: number | null;
  /** Whether name lookups worked through the system's resolvers (one answering is enough); null: none ran. */
  readonly dnsOk: boolean | null;
  /** The first system resolver that failed and how (a `dnsOutcome` catalog code). */
  readonly dnsFailedServer: string | null;
  readonly dnsFailedOutcome: string | null;
  /**
   * Who runs that resolver, as far as the check knows: `router` (the home router's forwarder) or
   * the owner the DNS probe names (provider, company, public …); null: not known.
   */
  readonly dnsFailedOwner: string | null;
  /** Whether a public resolver answered over the same line (the comparison the provider hears). */
  readonly dnsPublicOk: boolean | null;
  readonly downloadMbps: number | null;
  readonly uploadMbps: number | null;
  /** The company's minimum speeds the throughput probe measured against. */
  readonly minDownloadMbps: number | null;
  readonly minUploadMbps: number | null;
  readonly idleLatencyMs: number | null;
  readonly loadedLatencyMs: number | null;
  /** The UDP test call to STUN servers beyond the provider (probes/media-path.ts: pooled figures). */
  readonly mediaLossPct: number | null;
  readonly mediaSent: number | null;
  readonly mediaRttMs: number | null;
  readonly mediaJitterMs: number | null;
  /** Whose the check found the call-quality trouble to be (the `media.call-quality` finding's segment); null: no such finding. */
  readonly mediaCallOwner: string | null;
}

export const FIGURE_KEYS = [
  'gatewayLossPct', 'gatewayAvgMs', 'internetLossPct', 'internetSent', 'internetReceived', 'internetAvgMs',
  'ispHop', 'ispHopLossPct', 'dnsOk', 'dnsFailedServer', 'dnsFailedOutcome', 'downloadMbps', 'uploadMbps',
  'minDownloadMbps', 'minUploadMbps', 'idleLatencyMs', 'loadedLatencyMs', 'dnsFailedOwner', 'dnsPublicOk',
  'mediaLossPct', 'mediaSent', 'mediaRttMs', 'mediaJitterMs', 'mediaCallOwner',
] as const satisfies readonly (keyof CheckFigures)[];

/** Nothing measured: the starting point, and what a report without usable probe data yields. */
export const NO_FIGURES: CheckFigures = Object.fromEntries(FIGURE_KEYS.map((k) => [k, null])) as unknown as CheckFigures;

// Probe data is read defensively: a report from another version, a replayed or half-finished
// probe must give fewer figures, never an exception.
const num = z.number().finite();
const stats = z.object({ sent: num, received: num, lossPct: num, rttMs: z.object({ avg: num }).nullable().optional() });
const gatewayData = z.object({ stats: stats.nullable() });
const targetData = z.object({ pooled: z.object({ sent: num, received: num, lossPct: num, avgRttMs: num.nullable() }).nullable() });
const hopData = z.object({ hop: z.string().nullable(), stats: stats.nullable() });
const dnsData = z.object({
  outcomes: z.array(z.object({ server: z.string(), kind: z.string() })),
  resolvers: z.array(z.object({ address: z.string(), role: z.string().optional(), owner: z.string().optional() })).optional(),
});
const publicDnsData = z.object({ outcomes: z.array(z.object({ kind: z.string() })) });
const speed = z.object({ mbps: num });
const throughputData = z.object({
  download: speed.optional(),
  upload: speed.optional(),
  minDownloadMbps: num.optional(),
  minUploadMbps: num.optional(),
});
const loadedData = z.object({ idleMs: num, loadedMs: num });
const mediaData = z.object({ pooled: z.object({ sent: num, lossPct: num, rttAvgMs: num.nullable(), jitterMs: num.nullable() }).nullable() });

function probeData<T>(r: Report, id: string, schema: z.ZodType<T>): T | undefined {
  const p = r.probes.find((x) => x.id === id);
  if (!p) return undefined;
  const parsed = schema.safeParse(p.data);
  return parsed.success ? parsed.data : undefined;
}

// One decimal, but a figure below 1 keeps two significant digits: a 0.03 ms round trip (a lab, a
// fibre line to a near router) must not be stored, and then cited to the provider, as "0 ms".
const round = (n: number, digits = 1): number =>
  n !== 0 && Math.abs(n) < 1 ? Number(n.toPrecision(2)) : Math.round(n * 10 ** digits) / 10 ** digits;

/** Reads the key figures out of a report (see CheckFigures). */
export function extractFigures(r: Report): CheckFigures {
  const g = probeData(r, 'gateway-ping', gatewayData)?.stats;
  const t = probeData(r, 'target-ping', targetData)?.pooled;
  const hop = probeData(r, 'isp-hop-ping', hopData);
  const dnsSystem = probeData(r, 'dns-system', dnsData);
  const dns = dnsSystem?.outcomes ?? [];
  const failed = dns.find((o) => o.kind !== 'ok');
  const failedResolver = failed ? dnsSystem?.resolvers?.find((x) => x.address === failed.server) : undefined;
  const publicDns = probeData(r, 'dns-public', publicDnsData)?.outcomes ?? [];
  const tp = probeData(r, 'throughput', throughputData);
  const ll = probeData(r, 'loaded-latency', loadedData);
  const media = probeData(r, 'media-path', mediaData)?.pooled;
  const callFinding = r.findings.find((f) => f.id === 'media.call-quality');
  return {
    gatewayLossPct: g && g.sent > 0 ? g.lossPct : null,
    gatewayAvgMs: g?.rttMs ? round(g.rttMs.avg) : null,
    internetLossPct: t && t.sent > 0 ? t.lossPct : null,
    internetSent: t ? t.sent : null,
    internetReceived: t ? t.received : null,
    internetAvgMs: t?.avgRttMs != null ? round(t.avgRttMs) : null,
    ispHop: hop?.hop ?? null,
    ispHopLossPct: hop?.stats && hop.stats.sent > 0 ? hop.stats.lossPct : null,
    dnsOk: dns.length > 0 ? dns.some((o) => o.kind === 'ok') : null,
    dnsFailedServer: failed?.server ?? null,
    dnsFailedOutcome: failed?.kind ?? null,
    dnsFailedOwner: failedResolver?.owner ?? (failedResolver?.role === 'router' ? 'router' : null),
    dnsPublicOk: publicDns.length > 0 ? publicDns.some((o) => o.kind === 'ok') : null,
    downloadMbps: tp?.download ? round(tp.download.mbps) : null,
    uploadMbps: tp?.upload ? round(tp.upload.mbps) : null,
    minDownloadMbps: tp?.minDownloadMbps ?? null,
    minUploadMbps: tp?.minUploadMbps ?? null,
    idleLatencyMs: ll ? round(ll.idleMs) : null,
    loadedLatencyMs: ll ? round(ll.loadedMs) : null,
    mediaLossPct: media && media.sent > 0 ? media.lossPct : null,
    mediaSent: media && media.sent > 0 ? media.sent : null,
    mediaRttMs: media?.rttAvgMs != null ? round(media.rttAvgMs) : null,
    mediaJitterMs: media?.jitterMs != null ? round(media.jitterMs) : null,
    mediaCallOwner: callFinding?.segment ?? null,
  };
}
