import { isIPv4 } from 'node:net';
import type { Probe } from '../engine/probe.js';
import { NATPMP_PORT } from '../net/natpmp/natpmp-message.js';
import { queryExternalAddress, type NatPmpQuery } from '../net/natpmp/natpmp-query.js';
import { adaptersProbe } from './adapters.js';
import { skipUnlessPath } from './skip-unless-path.js';

// The home router's own WAN-side address, as the router itself states it over NAT-PMP (RFC 6886,
// UDP 5351 on the default route's router). Compared with the address the STUN servers saw
// (net/media/nat-layers.ts), it tells whether the router is the last translation before the
// internet, or whether another NAT stands beyond it (double NAT, carrier-grade NAT). Many routers
// do not speak NAT-PMP (or have it switched off): then nothing is known, which is said as such.
// Asked only with the real-time check (when STUN servers are configured): the address means
// nothing without the mapped one to compare.

export interface RouterWanData {
  /** The router asked (IPv4 default route), or null. */
  readonly router: string | null;
  readonly natPmp: NatPmpQuery | null;
  /** The router's external address from a successful answer, or null. */
  readonly wanAddress: string | null;
}

export const routerWanProbe: Probe<RouterWanData> = {
  id: 'router-wan',
  dependsOn: [adaptersProbe],
  timeoutMs: 4000,
  async run(ctx) {
    const empty: RouterWanData = { router: null, natPmp: null, wanAddress: null };
    const skip = skipUnlessPath(ctx, empty);
    if (skip) return skip;
    if ((ctx.targets.media?.stunServers ?? []).length === 0) return { status: 'skipped', data: empty, error: 'the profile names no STUN server (not configured)' };
    const router = ctx.results.of(adaptersProbe)?.data.defaultRoute?.gateway ?? null;
    if (router === null || !isIPv4(router)) return { status: 'skipped', data: empty, error: 'the default route names no IPv4 router' };
    const natPmp = await queryExternalAddress(router, { port: NATPMP_PORT, attempts: 3, firstWaitMs: 250, signal: ctx.signal });
    const wanAddress = natPmp.answer?.kind === 'address' ? natPmp.answer.address : null;
    // A router without NAT-PMP is normal, not a fault: 'ok' with nothing learned.
    return { status: 'ok', data: { router, natPmp, wanAddress } };
  },
};
