import { networkInterfaces } from 'node:os';

/** One interface with the addresses the OS gave it, as Node reads them (no command, no shell). */
export interface OsAddresses {
  readonly name: string;
  readonly internal: boolean;
  readonly ipv4: readonly string[];
  readonly ipv6: readonly string[];
  readonly mac: string | null;
}

/**
 * The interfaces that have an address, from the OS's own interface list (getifaddrs / GetAdaptersAddresses).
 * Replaces systeminformation, which ran nmcli, iw and ip through /bin/sh with blocking calls and
 * no timeout: a hung tool there froze the whole check, and the tray app's main process with it.
 */
export function readAddresses(list: ReturnType<typeof networkInterfaces> = networkInterfaces()): OsAddresses[] {
  return Object.entries(list).map(([name, addrs]) => {
    const rows = addrs ?? [];
    const mac = rows.map((r) => r.mac).find((m) => m && m !== '00:00:00:00:00:00') ?? null;
    return {
      name,
      internal: rows.some((r) => r.internal),
      // Link-local IPv6 carries a zone id ("fe80::1%eth0") on some systems: the address alone is kept.
      ipv4: rows.filter((r) => r.family === 'IPv4').map((r) => r.address),
      ipv6: rows.filter((r) => r.family === 'IPv6').map((r) => r.address.split('%')[0]!),
      mac,
    };
  });
}
