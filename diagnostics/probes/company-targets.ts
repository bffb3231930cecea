import type { Targets } from '../profile/targets.js';

/** True when the profile names anything of the company's network to check. */
export function hasVpnTargets(t: Targets): boolean {
  return t.vpn.gateways.length + t.vpn.internalDnsNames.length + t.vpn.internalHosts.length > 0;
}

/** Tunnel interfaces by name, for OSes and clients that do not describe their adapters. */
export const TUNNEL_NAME = /^(tun|tap|utun|wg|ppp|ipsec|gpd|cscotun|vpn|zt)\d*/i;
