import si from 'systeminformation';
import type { Probe } from '../engine/probe.js';
import { readLinks } from '../platform/links/read-links.js';
import type { OsLink } from '../platform/links/parse-ip-link.js';
import { readDefaultRoute } from '../platform/routes/read-default-route.js';
import type { DefaultRoute } from '../platform/routes/default-route.js';
import { isSelfAssigned, isUsableAddress } from './address-kind.js';

/** One network adapter as the help desk needs to see it. */
export interface AdapterInfo {
  readonly name: string;
  readonly kind: 'wired' | 'wireless' | 'virtual' | 'loopback' | 'unknown';
  readonly up: boolean;
  readonly ipv4: readonly string[];
  readonly ipv6: readonly string[];
  readonly selfAssigned: boolean;
  readonly mac: string | null;
  readonly speedMbps: number | null;
  readonly dhcp: boolean | null;
}

/** What the machine's own network setup allows: the first thing the verdict looks at. */
export type PathState = 'ok' | 'no-adapter' | 'no-address' | 'no-route';

export interface AdaptersData {
  readonly adapters: readonly AdapterInfo[];
  readonly defaultRoute: DefaultRoute | null;
  /** The adapter that carries the default route, or the best candidate when there is none. */
  readonly primary: string | null;
  readonly state: PathState;
}

type SiInterface = si.Systeminformation.NetworkInterfacesData;

function toAdapter(i: SiInterface): AdapterInfo {
  const ipv4 = i.ip4 ? [i.ip4] : [];
  const ipv6 = i.ip6 ? [i.ip6] : [];
  const kind: AdapterInfo['kind'] = i.internal
    ? 'loopback'
    : i.virtual
      ? 'virtual'
      : i.type === 'wireless'
        ? 'wireless'
        : i.type === 'wired'
          ? 'wired'
          : 'unknown';
  return {
    name: i.iface,
    kind,
    up: i.operstate === 'up',
    ipv4,
    ipv6,
    selfAssigned: ipv4.some(isSelfAssigned),
    mac: i.mac && i.mac !== '00:00:00:00:00:00' ? i.mac : null,
    speedMbps: typeof i.speed === 'number' && i.speed > 0 ? i.speed : null,
    dhcp: typeof i.dhcp === 'boolean' ? i.dhcp : null,
  };
}

/**
 * Adds the interfaces the OS lists but systeminformation left out (those without any address), and
 * takes the kernel's word on whether a link is up and whether it is virtual.
 */
export function mergeLinks(adapters: readonly AdapterInfo[], links: readonly OsLink[] | null): AdapterInfo[] {
  if (!links) return [...adapters];
  const byName = new Map(links.map((l) => [l.name, l]));
  const merged = adapters.map((a) => {
    const link = byName.get(a.name);
    if (!link) return a;
    // systeminformation calls a veth or tun "wired"; the kernel knows it is virtual.
    const kind = link.virtual && (a.kind === 'wired' || a.kind === 'unknown') ? 'virtual' : a.kind;
    return { ...a, up: link.up, kind };
  });
  for (const l of links) {
    if (merged.some((a) => a.name === l.name)) continue;
    merged.push({
      name: l.name,
      kind: l.loopback ? 'loopback' : l.virtual ? 'virtual' : 'unknown',
      up: l.up,
      ipv4: [],
      ipv6: [],
      selfAssigned: false,
      mac: l.mac,
      speedMbps: null,
      dhcp: null,
    });
  }
  return merged;
}

/** Decides whether the machine itself has a way out: an adapter up, an address, a default route. */
export function pathState(adapters: readonly AdapterInfo[], route: DefaultRoute | null): PathState {
  const up = adapters.filter((a) => a.up && a.kind !== 'loopback');
  if (up.length === 0) return 'no-adapter';
  if (!up.some((a) => [...a.ipv4, ...a.ipv6].some(isUsableAddress))) return 'no-address';
  if (!route || (route.gateway === null && route.interface === null)) return 'no-route';
  return 'ok';
}

/** Network adapters, their addresses and the default route (systeminformation plus the OS's route table). */
export const adaptersProbe: Probe<AdaptersData> = {
  id: 'adapters',
  dependsOn: [],
  timeoutMs: 6000,
  async run(ctx) {
    const [list, links, defaultRoute] = await Promise.all([
      si.networkInterfaces(),
      readLinks(ctx.os, ctx.run, ctx.signal),
      readDefaultRoute(ctx.os, ctx.run, ctx.signal),
    ]);
    const adapters = mergeLinks((Array.isArray(list) ? list : [list]).map(toAdapter), links);
    ctx.observe({ adapters, defaultRoute });
    const state = pathState(adapters, defaultRoute);
    const primary =
      defaultRoute?.interface ?? adapters.find((a) => a.up && a.kind !== 'loopback' && a.kind !== 'virtual')?.name ?? null;
    return { status: state === 'ok' ? 'ok' : 'fail', data: { adapters, defaultRoute, primary, state } };
  },
};
