import type { Probe } from '../engine/probe.js';
import { reachDtls, type DtlsReach } from '../net/dtls/dtls-reach.js';
import { cancellableLookup } from '../net/dns/cancellable-lookup.js';
import { resolveIpv4 } from '../net/media/resolve-host.js';
import { probeTcp, type TcpProbe } from '../net/tcp/connect.js';
import { localAddressTowards } from '../net/stun/stun-train.js';
import { adaptersProbe } from './adapters.js';
import { DNS_TIMEOUT_MS } from './dns-system.js';
import { skipUnlessPath } from './skip-unless-path.js';

/** Citrix HDX's adaptive transport (EDT) runs DTLS over UDP 443 to the Gateway; TCP 443 is its fallback. */
export const EDT_PORT = 443;

/**
 * - available: the Gateway answered DTLS on UDP 443, sessions can use EDT;
 * - blocked: TCP 443 opens but UDP 443 stays silent, sessions fall back to TCP (where it is
 *   blocked, at home, at the provider or at the company, this test alone cannot tell);
 * - not-offered: the host says "port unreachable" on UDP 443: nothing listens, EDT is not enabled there;
 * - unknown: neither transport reached the host (the StoreFront/TCP checks speak to that).
 */
export type EdtState = 'available' | 'blocked' | 'not-offered' | 'unknown';

export interface CitrixEdtData {
  readonly host: string | null;
  readonly address: string | null;
  readonly resolveError: string | null;
  readonly udp: DtlsReach | null;
  readonly tcp: TcpProbe | null;
  readonly edt: EdtState;
  /** This computer's address towards the Gateway (which interface, e.g. a VPN tunnel's, carries EDT); absent in older reports. */
  readonly localAddress?: string | null;
}

/** The Gateway's host: the profile's `citrix.gatewayHost`, else the StoreFront URL's host. */
export function edtHost(citrix: { gatewayHost?: string; storefrontUrl?: string }): string | null {
  if (citrix.gatewayHost !== undefined) return citrix.gatewayHost;
  if (citrix.storefrontUrl === undefined) return null;
  try {
    return new URL(citrix.storefrontUrl).hostname;
  } catch {
    return null;
  }
}

export function edtState(udp: DtlsReach | null, tcp: TcpProbe | null): EdtState {
  if (udp?.state === 'answered') return 'available';
  if (udp?.state === 'refused') return 'not-offered';
  if (udp?.state === 'silent' && tcp?.state === 'open') return 'blocked';
  return 'unknown';
}

/** Whether the Citrix Gateway answers DTLS on UDP 443 (EDT), next to TCP 443. */
export const citrixEdtProbe: Probe<CitrixEdtData> = {
  id: 'citrix-edt',
  dependsOn: [adaptersProbe],
  timeoutMs: 8000,
  async run(ctx) {
    const host = edtHost(ctx.targets.citrix);
    const empty: CitrixEdtData = { host, address: null, resolveError: null, udp: null, tcp: null, edt: 'unknown' };
    const skip = skipUnlessPath(ctx, empty);
    if (skip) return skip;
    if (host === null) return { status: 'skipped', data: empty, error: 'the profile names no Citrix Gateway or StoreFront' };
    const { address, code } = await resolveIpv4(host, cancellableLookup(DNS_TIMEOUT_MS));
    if (address === null) return { status: 'fail', data: { ...empty, resolveError: code } };
    const [udp, tcp, localAddress] = await Promise.all([
      reachDtls(address, EDT_PORT, host, { attempts: 3, retransmitMs: 1000, signal: ctx.signal }),
      probeTcp(address, EDT_PORT, { timeoutMs: 3000, signal: ctx.signal }),
      localAddressTowards(address, EDT_PORT),
    ]);
    const edt = edtState(udp, tcp);
    return { status: edt === 'available' ? 'ok' : edt === 'unknown' ? 'fail' : 'warn', data: { host, address, resolveError: null, udp, tcp, edt, localAddress } };
  },
};
