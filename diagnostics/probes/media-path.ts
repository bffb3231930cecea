import type { Probe } from '../engine/probe.js';
import { callModel, gradeFromR, type CallGrade } from '../net/media/call-grade.js';
import type { EModelResult } from '../net/media/e-model.js';
import { natMapping, natPresence, type NatMapping, type NatPresence } from '../net/media/nat-behaviour.js';
import { poolStats, type PathStats } from '../net/media/path-stats.js';
import { resolveIpv4 } from '../net/media/resolve-host.js';
import { cancellableLookup } from '../net/dns/cancellable-lookup.js';
import type { StunAddress } from '../net/stun/stun-message.js';
import { localAddressTowards, runStunTrain } from '../net/stun/stun-train.js';
import { discoverNatBehaviour, type NatBehaviourResult } from '../net/stun/rfc5780.js';
import { probeTcp, type TcpProbe } from '../net/tcp/connect.js';
import { adaptersProbe } from './adapters.js';
import { DNS_TIMEOUT_MS } from './dns-system.js';
import { skipUnlessPath } from './skip-unless-path.js';
import type { StunWhere } from '../profile/targets.js';

/** One STUN server: what UDP did, and whether TCP to the same port opened (the second witness). */
export interface MediaServerCheck {
  readonly host: string;
  readonly port: number;
  /** Where the profile placed the server (absent: beyond, the internet). */
  readonly where?: StunWhere;
  readonly address: string | null;
  /** Why the host had no address (DNS code), or null. */
  readonly resolveError: string | null;
  readonly stats: PathStats | null;
  readonly mapped: StunAddress | null;
  readonly mappedChanges: number;
  /** The mapped address after the mapping-lifetime test's silence; null: not tested or no answer. */
  readonly mappedAfterIdle?: StunAddress | null;
  readonly otherAddress: StunAddress | null;
  /** TCP to the same host and port (STUN also runs over TCP); a witness that the host is there at all. */
  readonly tcp: TcpProbe | null;
}

/** Whether UDP gets through: any answer proves it; silence while TCP to the same servers opens is "blocked". */
export type UdpPath = 'works' | 'blocked' | 'unknown';

export interface MediaPathData {
  readonly servers: readonly MediaServerCheck[];
  /** All servers' figures as one (see poolStats). */
  readonly pooled: PathStats | null;
  readonly grade: CallGrade | null;
  /** The E-model figures the grade comes from (net/media/e-model.ts); null when nothing came back. */
  readonly model: EModelResult | null;
  readonly udp: UdpPath;
  readonly localAddress: string | null;
  readonly localPort: number | null;
  readonly nat: NatPresence;
  readonly mapping: NatMapping;
  /** The mapping-lifetime test (profile `media.mappingIdleS`): null when not asked for or nothing to compare. */
  readonly mappingLifetime?: MappingLifetime | null;
  /**
   * RFC 5780 NAT behaviour (mapping and filtering) against the first server beyond that offers it
   * (OTHER-ADDRESS); `supported: false` when none does; null when not run (`--quick`, no UDP answer, 10 % loss or more).
   */
  readonly natBehaviour?: NatBehaviourResult | null;
  /** Requests per server and their spacing: a call's packet rate (50 per second, 20 ms audio frames). */
  readonly train: { readonly count: number; readonly intervalMs: number };
  readonly error: string | null;
}

/** Whether the public address and port survived `idleS` seconds of silence (kept false: the NAT forgot the mapping). */
export interface MappingLifetime {
  readonly idleS: number;
  readonly server: string;
  readonly before: StunAddress;
  readonly after: StunAddress | null;
  /** null: no answer after the pause, so not known. */
  readonly kept: boolean | null;
}

function mappingLifetime(servers: readonly MediaServerCheck[], idleS: number | undefined): MappingLifetime | null {
  if (idleS === undefined) return null;
  const s = servers.find((x) => isBeyond(x) && x.mapped !== null);
  if (!s?.mapped) return null;
  const after = s.mappedAfterIdle ?? null;
  const kept = after === null ? null : after.address === s.mapped.address && after.port === s.mapped.port;
  return { idleS, server: `${s.host}:${s.port}`, before: s.mapped, after, kept };
}

/** The longest mapping-lifetime pause the profile may ask for (the probe's timeout allows for it). */
const MAX_IDLE_S = 60;

/** 20 ms spacing is the packet rate of a voice call (one 20 ms audio frame per packet). */
export const TRAIN_INTERVAL_MS = 20;
/** 200 requests per server (4 s): with two servers, 400 samples put 5 % loss within ±3 points almost always. */
export const TRAIN_COUNT = 200;
const QUICK_TRAIN_COUNT = 100;
/** Answers later than this after the last request count as lost: a call's jitter buffer would have dropped them. */
const TAIL_MS = 1000;

/** A server beyond the provider (no `where`, or `internet`): where real calls go. */
export function isBeyond(s: Pick<MediaServerCheck, 'where'>): boolean {
  return s.where === undefined || s.where === 'internet';
}

function udpPath(servers: readonly MediaServerCheck[]): UdpPath {
  if (servers.some((s) => (s.stats?.received ?? 0) > 0)) return 'works';
  if (servers.some((s) => s.tcp?.state === 'open')) return 'blocked';
  return 'unknown';
}

const BEHAVIOUR_MAX_LOSS_PCT = 10;

/** RFC 5780 tests need a server that offers them; a request is retried 4 times 250 ms apart (≤ 1 s per silent test). */
async function behaviourOf(relays: readonly MediaServerCheck[], signal: AbortSignal): Promise<NatBehaviourResult | null> {
  const answering = relays.filter((s) => s.address !== null && (s.stats?.received ?? 0) > 0);
  const offering = answering.find((s) => s.otherAddress !== null) ?? null;
  const first = answering[0];
  if (first?.address == null) return null;
  if (offering?.address == null) {
    return { server: `${first.address}:${first.port}`, supported: false, otherAddress: null, mapping: 'unknown', filtering: 'unknown', mapped: [] };
  }
  return discoverNatBehaviour({ address: offering.address, port: offering.port }, { attempts: 4, retransmitMs: 250, signal });
}

/** UDP to the profile's STUN servers at a call's packet rate: loss, round trip, jitter, NAT. */
export const mediaPathProbe: Probe<MediaPathData> = {
  id: 'media-path',
  dependsOn: [adaptersProbe],
  timeoutMs: 12_000 + MAX_IDLE_S * 1000,
  async run(ctx) {
    const count = ctx.quick ? QUICK_TRAIN_COUNT : TRAIN_COUNT;
    const empty: MediaPathData = {
      servers: [],
      pooled: null,
      grade: null,
      model: null,
      udp: 'unknown',
      localAddress: null,
      localPort: null,
      nat: 'unknown',
      mapping: 'unknown',
      train: { count, intervalMs: TRAIN_INTERVAL_MS },
      error: null,
    };
    const skip = skipUnlessPath(ctx, empty);
    if (skip) return skip;
    const list = ctx.targets.media?.stunServers ?? [];
    // Nothing configured (a profile without media servers): nothing is sent. The built-in defaults,
    // used only on real machines (profile/defaults.ts), name public STUN services.
    if (list.length === 0) return { status: 'skipped', data: empty, error: 'the profile names no STUN server (not configured)' };

    const idleS = ctx.targets.media?.mappingIdleS;
    const lookup = cancellableLookup(DNS_TIMEOUT_MS);
    const resolved = await Promise.all(list.map(async (s) => ({ ...s, ...(await resolveIpv4(s.host, lookup)) })));
    const reachable = resolved.filter((r): r is typeof r & { address: string } => r.address !== null);
    const tcpChecks = Promise.all(resolved.map((r) => (r.address === null ? null : probeTcp(r.address, r.port, { timeoutMs: 3000, signal: ctx.signal }))));
    const first = reachable[0];
    const localAddress = first === undefined ? null : await localAddressTowards(first.address, first.port);
    const train = await runStunTrain(
      reachable.map(({ host, port, address }) => ({ host, port, address })),
      { count, intervalMs: TRAIN_INTERVAL_MS, tailMs: TAIL_MS, signal: ctx.signal, ...(idleS === undefined ? {} : { idleMs: idleS * 1000 }) },
    );
    const tcp = await tcpChecks;
    const servers: MediaServerCheck[] = resolved.map((r, i) => {
      const t = train.servers.find((s) => s.host === r.host && s.port === r.port);
      return {
        host: r.host,
        port: r.port,
        ...(r.where === undefined ? {} : { where: r.where }),
        address: r.address,
        resolveError: r.code,
        stats: t?.stats ?? null,
        mapped: t?.mapped ?? null,
        mappedChanges: t?.mappedChanges ?? 0,
        ...(idleS === undefined ? {} : { mappedAfterIdle: t?.mappedAfterIdle ?? null }),
        otherAddress: t?.otherAddress ?? null,
        tcp: tcp[i] ?? null,
      };
    });
    // Servers placed at home or at the provider are reference points for the owner, not call relays.
    const relays = servers.some((s) => isBeyond(s)) ? servers.filter((s) => isBeyond(s)) : servers;
    const pooled = poolStats(relays.flatMap((s) => (s.stats === null ? [] : [s.stats])));
    const model = pooled === null ? null : callModel(pooled);
    const grade = model === null ? null : gradeFromR(model.r);
    const mapped = relays.flatMap((s) => (s.mapped === null ? [] : [s.mapped]));
    // A filtering test reads "no answer" as "filtered": on a lossy path four tries could all be
    // lost, so the tests run only where the train lost under 10 % (4 tries all lost: < 0.01 %).
    const natBehaviour = ctx.quick || pooled === null || pooled.lossPct >= BEHAVIOUR_MAX_LOSS_PCT ? null : await behaviourOf(relays, ctx.signal);
    const data: MediaPathData = {
      servers,
      pooled,
      grade,
      model,
      udp: udpPath(relays),
      localAddress,
      localPort: train.localPort,
      nat: natPresence({ address: localAddress, port: train.localPort }, mapped),
      mapping: natMapping(relays.map((s) => ({ server: s.address ?? s.host, mapped: s.mapped }))),
      mappingLifetime: mappingLifetime(servers, idleS),
      natBehaviour,
      train: { count, intervalMs: TRAIN_INTERVAL_MS },
      error: train.error,
    };
    const status = data.udp === 'works' ? (grade === 'good' || grade === 'fair' ? 'ok' : 'warn') : 'fail';
    return { status, data };
  },
};
