import { existsSync, readFileSync } from 'node:fs';
import type { OsKind } from '../os-kind.js';

/**
 * What the Linux kernel says about one interface in sysfs: a radio (a `wireless` or `phy80211`
 * entry) and the negotiated speed. Plain file reads that cannot hang; elsewhere nothing is known.
 */
export function linkDetails(os: OsKind, name: string, sysfs = '/sys/class/net'): { wireless: boolean; speedMbps: number | null } {
  if (os !== 'linux' || !/^[\w.@:-]{1,15}$/.test(name)) return { wireless: false, speedMbps: null };
  const dir = `${sysfs}/${name}`;
  const wireless = existsSync(`${dir}/wireless`) || existsSync(`${dir}/phy80211`);
  let speedMbps: number | null = null;
  try {
    // "-1" or EINVAL when the link has no carrier or the driver does not say.
    const n = Number(readFileSync(`${dir}/speed`, 'utf8').trim());
    speedMbps = Number.isInteger(n) && n > 0 && n < 10_000_000 ? n : null;
  } catch {
    speedMbps = null;
  }
  return { wireless, speedMbps };
}
