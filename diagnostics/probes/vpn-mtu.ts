import { isIP } from 'node:net';
import type { Probe } from '../engine/probe.js';
import { watchedRunner } from '../engine/watched-runner.js';
import { findPathMtu } from '../net/mtu/find-path-mtu.js';
import { pingNeverMeasured } from '../net/ping/run-failure.js';
import type { PathMtu } from '../net/mtu/types.js';
import { vpnInternalProbe } from './vpn-internal.js';

export interface VpnMtuData {
  readonly result: PathMtu | null;
}

/** The largest packet that passes the tunnel unfragmented, to the first internal host that answers. */
export const vpnMtuProbe: Probe<VpnMtuData> = {
  id: 'vpn-mtu',
  dependsOn: [vpnInternalProbe],
  timeoutMs: 8000,
  async run(ctx) {
    const internal = ctx.results.of(vpnInternalProbe)?.data;
    const target = internal?.hosts?.find((h) => h.viaTunnel && isIP(h.host))?.host ?? null;
    if (!internal?.tunnelUp || target === null) {
      return { status: 'skipped', data: { result: null }, error: 'no internal host reached through a tunnel' };
    }
    const watched = watchedRunner(ctx.run);
    const result = await findPathMtu(target, { run: watched.run, os: ctx.os, signal: ctx.signal });
    // No size found because ping could not run or printed nothing readable: could not check, naming why.
    const failed = result.mtu === null ? pingNeverMeasured(watched.outputs, ctx.os) : [];
    if (failed.length > 0) return { status: 'error', data: { result }, error: failed.join('; ') };
    return { status: result.mtu === null ? 'warn' : 'ok', data: { result } };
  },
};
