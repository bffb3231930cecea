import type { Profile } from '../schema/profile.js';

export interface HostPort {
  readonly host: string;
  readonly port: number;
}

/** Where the targets of a run came from, reported so a help desk knows what was tested. */
export type TargetsSource = 'profile' | 'policy' | 'defaults';

/** The profile with every list present: what probes read. Empty lists mean "nothing to check". */
export interface Targets {
  readonly source: TargetsSource;
  readonly internet: {
    readonly pingTargets: readonly string[];
    readonly dnsNames: readonly string[];
    readonly publicResolvers: readonly string[];
    readonly httpsUrls: readonly string[];
    readonly captivePortalUrl?: string;
  };
  readonly throughput: {
    readonly downloadUrl?: string;
    readonly uploadUrl?: string;
    readonly minDownloadMbps?: number;
    readonly minUploadMbps?: number;
    /**
     * The speeds the user's contract promises (from `homeline isp set` / the app), when known: a
     * direction may stop early as 'fast' only once it has carried at least this much, so a lower
     * bound never reads as "below the contract" in the call kit.
     */
    readonly contractDownMbps?: number;
    readonly contractUpMbps?: number;
    readonly ookla?: { readonly enabled: boolean; readonly licenceAccepted: boolean; readonly cliPath?: string };
  };
  readonly vpn: {
    readonly gateways: readonly HostPort[];
    readonly internalDnsNames: readonly string[];
    readonly internalHosts: readonly HostPort[];
  };
  readonly citrix: {
    readonly storefrontUrl?: string;
    readonly sessionHosts: readonly HostPort[];
    readonly gatewayHost?: string;
  };
  /** Optional so that targets built before the media test existed still type-check; absent = none. */
  readonly media?: {
    readonly stunServers: readonly StunServerTarget[];
    /** Seconds of silence for the mapping-lifetime test; absent: not tested. */
    readonly mappingIdleS?: number;
  };
}

/** Where a STUN server stands on the path (profile `media.stunServers[].where`). */
export type StunWhere = 'home' | 'isp' | 'internet';
export interface StunServerTarget extends HostPort {
  readonly where?: StunWhere;
}

/** Fills the lists a profile left out with empty ones; a profile replaces the defaults, never mixes. */
export function targetsFromProfile(p: Profile, source: TargetsSource): Targets {
  const i = p.internet ?? {};
  const t = p.throughput ?? {};
  const v = p.vpn ?? {};
  const c = p.citrix ?? {};
  return {
    source,
    internet: {
      pingTargets: i.pingTargets ?? [],
      dnsNames: i.dnsNames ?? [],
      publicResolvers: i.publicResolvers ?? [],
      httpsUrls: i.httpsUrls ?? [],
      ...(i.captivePortalUrl ? { captivePortalUrl: i.captivePortalUrl } : {}),
    },
    throughput: { ...t },
    vpn: {
      gateways: (v.gateways ?? []).map(({ host, port }) => ({ host, port })),
      internalDnsNames: v.internalDnsNames ?? [],
      internalHosts: (v.internalHosts ?? []).map(({ host, port }) => ({ host, port })),
    },
    citrix: {
      ...(c.storefrontUrl ? { storefrontUrl: c.storefrontUrl } : {}),
      sessionHosts: (c.sessionHosts ?? []).map(({ host, port }) => ({ host, port })),
      ...(c.gatewayHost ? { gatewayHost: c.gatewayHost } : {}),
    },
    media: {
      stunServers: (p.media?.stunServers ?? []).map(({ host, port, where }) => (where === undefined ? { host, port } : { host, port, where })),
      ...(p.media?.mappingIdleS === undefined ? {} : { mappingIdleS: p.media.mappingIdleS }),
    },
  };
}
