import { readAddresses, type OsAddresses } from '../platform/links/read-addresses.js';
import { linkDetails } from '../platform/links/link-kind.js';
import type { OsKind } from '../platform/os-kind.js';
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
export type PathState = 'ok' | 'no-adapter' | 'no-address' | 'no-route' | 'unknown';

export interface AdaptersData {
  readonly adapters: readonly AdapterInfo[];
  readonly defaultRoute: DefaultRoute | null;
  /** The adapter that carries the default route, or the best candidate when there is none. */
  readonly primary: string | null;
  /** 'unknown' when `ip` (or the OS's route command) could not be run or read: see `failures`. */
  readonly state: PathState;
  /** Why the interface list or the route table could not be read, naming the tool. */
  readonly failures?: readonly string[];
}

/** An adapter from the OS's address list, with what the kernel says about its kind and speed. */
export function toAdapter(a: OsAddresses, os: OsKind): AdapterInfo {
  const details = linkDetails(os, a.name);
  const kind: AdapterInfo['kind'] = a.internal ? 'loopback' : details.wireless ? 'wireless' : 'unknown';
  return {
    name: a.name,
    kind,
    // Listed with an address: up as far as Node can tell; on Linux the kernel's link state overrides.
    up: true,
    ipv4: a.ipv4,
    ipv6: a.ipv6,
    selfAssigned: a.ipv4.some(isSelfAssigned),
    mac: a.mac,
    speedMbps: details.speedMbps,
    dhcp: null,
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
    // The kernel knows a veth or tun is virtual, and an Ethernet-type link that is no radio is a cable.
    const kind = link.virtual && (a.kind === 'wired' || a.kind === 'unknown') ? 'virtual' : a.kind === 'unknown' && link.mac !== null ? 'wired' : a.kind;
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

/** Network adapters, their addresses and the default route (the OS's address list plus its route table). */
export const adaptersProbe: Probe<AdaptersData> = {
  id: 'adapters',
  dependsOn: [],
  timeoutMs: 6000,
  async run(ctx) {
    const [links, route] = await Promise.all([readLinks(ctx.os, ctx.run, ctx.signal), readDefaultRoute(ctx.os, ctx.run, ctx.signal)]);
    const adapters = mergeLinks(
      readAddresses().map((a) => toAdapter(a, ctx.os)),
      links.links,
    );
    const defaultRoute = route.route;
    ctx.observe({ adapters, defaultRoute });
    const failures = [links.failure, route.failure].filter((f): f is string => f !== null);
    const primary =
      defaultRoute?.interface ?? adapters.find((a) => a.up && a.kind !== 'loopback' && a.kind !== 'virtual')?.name ?? null;
    if (failures.length > 0) {
      // Not "no network": the tool that would have said so did not answer. The probes that follow try anyway.
      return { status: 'error', data: { adapters, defaultRoute, primary, state: 'unknown', failures }, error: failures.join('; ') };
    }
    const state = pathState(adapters, defaultRoute);
    return { status: state === 'ok' ? 'ok' : 'fail', data: { adapters, defaultRoute, primary, state } };
  },
};
