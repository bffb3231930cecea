import { MAX_PARALLEL_CONNECTS, mapPool } from '../engine/pool.js';
import type { Probe } from '../engine/probe.js';
import { probeTcp, type TcpProbe } from '../net/tcp/connect.js';
import { adaptersProbe } from './adapters.js';
import { skipUnlessPath } from './skip-unless-path.js';

export interface VpnGatewayData {
  readonly gateways: readonly TcpProbe[];
}

/** Can this computer open a connection to the company's VPN gateways over the internet? */
export const vpnGatewayProbe: Probe<VpnGatewayData> = {
  id: 'vpn-gateway',
  dependsOn: [adaptersProbe],
  timeoutMs: 6000,
  async run(ctx) {
    const skip = skipUnlessPath(ctx, { gateways: [] });
    if (skip) return skip;
    const list = ctx.targets.vpn.gateways;
    if (list.length === 0) return { status: 'skipped', data: { gateways: [] }, error: 'the profile names no VPN gateway' };
    const gateways = await mapPool(list, MAX_PARALLEL_CONNECTS, (g) => probeTcp(g.host, g.port, { timeoutMs: 4000, signal: ctx.signal }));
    const open = gateways.filter((g) => g.state === 'open').length;
    return { status: open === gateways.length ? 'ok' : open === 0 ? 'fail' : 'warn', data: { gateways } };
  },
};
