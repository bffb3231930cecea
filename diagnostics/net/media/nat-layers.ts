import { isIPv4 } from 'node:net';
import { isPrivate } from '../../probes/resolver-owner.js';

// How many address translations stand between this computer and the internet, from two kinds of
// clue the check already has: the public address the STUN servers saw (mapped) and the first
// routers on the way out (TTL-limited echoes, probes/path.ts).
// - carrier-grade NAT: the mapped address, or a router beyond the home router, is in the shared
//   range 100.64.0.0/10 (RFC 6598), which only providers use, for exactly this.
// - double NAT: the home router's next hop is itself a private (RFC 1918) address while the
//   servers see a translated address: a second router translates before the provider.
// - the router's own WAN address (NAT-PMP, probes/router-wan.ts): in the shared range, the provider
//   translates beyond it (carrier-grade NAT); private, a second router translates (double NAT);
//   public but not the address the servers saw, some other device beyond the router translates
//   again; equal to it, the router is the last translation (nothing beyond it).
// Neither says something is broken; both explain symmetric NAT, relayed calls and short UDP
// mapping lifetimes, so they are reported as seen.

/** RFC 6598 shared address space. */
export function inSharedRange(address: string): boolean {
  if (!isIPv4(address)) return false;
  const [a, b] = address.split('.').map(Number) as [number, number];
  return a === 100 && b >= 64 && b <= 127;
}

export interface NatLayerClues {
  /** The address the STUN servers beyond reported, or null. */
  readonly mapped: string | null;
  /** This computer's own address towards them. */
  readonly local: string | null;
  /** The first routers out, in TTL order. */
  readonly hops: readonly { readonly ttl: number; readonly address: string | null }[];
  /** The default route's router. */
  readonly gateway: string | null;
  /** The router's own WAN address as it stated it (NAT-PMP), or null when unknown. */
  readonly routerWan?: string | null;
}

export interface NatLayers {
  /**
   * Where carrier-grade NAT shows: `mapped` (the servers saw a shared address), `hop` (a provider
   * router has one), `router-wan` (the home router's own WAN address is one), or null.
   */
  readonly cgnat: { readonly via: 'mapped' | 'hop' | 'router-wan'; readonly address: string } | null;
  /**
   * A second router translating behind the provider: seen as a private next hop (`secondRouter`)
   * or as the home router's own private WAN address (`routerWan`); null when not seen.
   */
  readonly doubleNat: { readonly secondRouter: string } | { readonly routerWan: string } | null;
  /** The router's WAN address is public yet the servers saw another: something beyond the router translates again. */
  readonly beyondRouter: { readonly routerWan: string; readonly mapped: string } | null;
  /** true: the router's WAN address is the one the servers saw (the router is the last NAT); null: not known or not translated. */
  readonly routerIsLast: boolean | null;
}

export function natLayers(c: NatLayerClues): NatLayers {
  const beyondRouter = c.hops.filter((h) => h.ttl >= 2 && h.address !== null && h.address !== c.gateway).map((h) => h.address as string);
  const cgnat =
    c.mapped !== null && inSharedRange(c.mapped)
      ? { via: 'mapped' as const, address: c.mapped }
      : (() => {
          const hop = beyondRouter.find(inSharedRange);
          return hop === undefined ? null : { via: 'hop' as const, address: hop };
        })();
  const translated = c.mapped !== null && c.local !== null && c.mapped !== c.local;
  const next = beyondRouter[0];
  const wan = c.routerWan ?? null;
  const wanDiffers = translated && wan !== null && wan !== c.mapped;
  const cgnatAll = cgnat ?? (wanDiffers && inSharedRange(wan) ? { via: 'router-wan' as const, address: wan } : null);
  const doubleNat =
    translated && next !== undefined && isPrivate(next)
      ? { secondRouter: next }
      : wanDiffers && isPrivate(wan)
        ? { routerWan: wan }
        : null;
  const beyond = wanDiffers && !isPrivate(wan) && !inSharedRange(wan) && c.mapped !== null ? { routerWan: wan, mapped: c.mapped } : null;
  const routerIsLast = wan === null || !translated ? null : wan === c.mapped;
  return { cgnat: cgnatAll, doubleNat, beyondRouter: beyond, routerIsLast };
}
