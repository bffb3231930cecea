import { isIP } from 'node:net';
import type { SystemResolver } from './types.js';

/**
 * Reads macOS `scutil --dns`. Resolvers in the first section without a domain are the defaults;
 * those with a domain are supplemental (VPN split DNS, .local); the "for scoped queries" section
 * lists per-interface ones. Never throws.
 */
export function parseScutilDns(stdout: string): SystemResolver[] {
  const out: SystemResolver[] = [];
  let scoped = false;
  let block: { addresses: string[]; domain?: string; iface?: string } | null = null;
  const flush = (): void => {
    if (!block) return;
    for (const address of block.addresses) {
      out.push({
        address,
        scope: scoped ? 'scoped' : block.domain ? 'supplemental' : 'default',
        ...(block.iface ? { interface: block.iface } : {}),
        ...(block.domain ? { domains: [block.domain] } : {}),
      });
    }
    block = null;
  };
  for (const raw of stdout.split(/\r?\n/)) {
    const line = raw.trim();
    if (/^DNS configuration \(for scoped queries\)/.test(line)) {
      flush();
      scoped = true;
    } else if (/^resolver #\d+/.test(line)) {
      flush();
      block = { addresses: [] };
    } else if (block) {
      const m = /^(\w+)(?:\[\d+\])?\s*:\s*(.+)$/.exec(line);
      if (!m) continue;
      const [, key, value = ''] = m;
      if (key === 'nameserver') {
        const address = value.trim().replace(/%.*$/, '');
        if (isIP(address)) block.addresses.push(address);
      } else if (key === 'domain') block.domain = value.trim();
      else if (key === 'if_index') block.iface = /\(([^)]+)\)/.exec(value)?.[1] ?? value.trim();
    }
  }
  flush();
  return out;
}
