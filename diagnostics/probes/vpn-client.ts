import type { Probe } from '../engine/probe.js';
import { allToolsFailed, watchedRunner } from '../engine/watched-runner.js';
import { readVpnFacts, type VpnFacts } from '../platform/vpn/read-vpn-facts.js';
import { hasVpnTargets } from './company-targets.js';
import { isHomeVpn } from '../platform/vpn/products.js';
import { readOpenVpnProcesses, tunnelTransports } from '../platform/vpn/read-openvpn-linux.js';

/** Which VPN client and tunnel adapter this computer has, and whether the company's is connected (a private Tailscale or NordVPN tunnel is not). */
export const vpnClientProbe: Probe<VpnFacts> = {
  id: 'vpn-client',
  dependsOn: [],
  timeoutMs: 8000,
  async run(ctx) {
    const watched = watchedRunner(ctx.run);
    const read = await readVpnFacts({ os: ctx.os, run: watched.run, signal: ctx.signal });
    // The tunnels' transport, where a structured source tells (Linux OpenVPN only, today).
    const connectedTunnel = read.tunnels.some((t) => t.connected);
    const transports = ctx.os === 'linux' && connectedTunnel ? tunnelTransports(read.tunnels, await readOpenVpnProcesses()) : [];
    const facts = transports.length > 0 ? { ...read, transports } : read;
    // "No tunnel" from tools that all failed, or from a tunnel list that could not be read, is no
    // answer: could not check, naming them.
    const nothing = facts.tunnels.length + facts.builtIn.length === 0;
    const failed = !nothing ? [] : facts.unread !== undefined ? [facts.unread] : allToolsFailed(watched.outputs);
    if (failed.length > 0) return { status: 'error', data: facts, error: failed.join('; ') };
    const connected = facts.tunnels.some((t) => t.connected && !isHomeVpn(t.product)) || facts.builtIn.some((b) => b.connected && !isHomeVpn(b.product ?? 'unknown-tunnel'));
    // No tunnel is only worth a warning when the profile names company systems to reach through one.
    return { status: connected || !hasVpnTargets(ctx.targets) ? 'ok' : 'warn', data: facts };
  },
};
