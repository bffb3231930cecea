import type { OsLink } from '../links/parse-ip-link.js';
import type { CimAdapter } from './parse-net-adapter-cim.js';

/**
 * Windows adapters as the links the adapters probe merges with Node's address list (matched by
 * name: Node names Windows interfaces by their alias, as Get-NetAdapter does). An adapter whose
 * state Windows does not give (neither ifOperStatus nor MediaConnectState) is left out rather
 * than guessed up or down.
 */
export function cimAdapterLinks(adapters: readonly CimAdapter[]): OsLink[] {
  const links: OsLink[] = [];
  for (const a of adapters) {
    const up = a.operStatus !== null ? a.operStatus === 'up' : a.mediaConnected;
    if (up === null) continue;
    links.push({
      name: a.name,
      up,
      loopback: false,
      virtual: a.virtual === true || a.medium === 'tunnel',
      // Node prints MACs as aa:bb:…; Windows as AA-BB-….
      mac: a.mac ? a.mac.toLowerCase().replace(/-/g, ':') : null,
      medium: a.medium === 'wifi' ? 'wireless' : a.medium === 'ethernet' ? 'wired' : null,
      // A disconnected adapter reports 0: no speed, not a speed of zero.
      speedMbps: a.linkSpeedBps ? Math.round(a.linkSpeedBps / 1e6) : null,
    });
  }
  return links;
}
