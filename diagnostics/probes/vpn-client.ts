import type { Probe } from '../engine/probe.js';
import { readVpnFacts, type VpnFacts } from '../platform/vpn/read-vpn-facts.js';

/** Which VPN client and tunnel adapter this computer has, and whether it is connected. */
export const vpnClientProbe: Probe<VpnFacts> = {
  id: 'vpn-client',
  dependsOn: [],
  timeoutMs: 8000,
  async run(ctx) {
    const facts = await readVpnFacts({ os: ctx.os, run: ctx.run, signal: ctx.signal });
    const connected = facts.tunnels.some((t) => t.connected) || facts.builtIn.some((b) => b.connected);
    return { status: connected ? 'ok' : 'warn', data: facts };
  },
};
