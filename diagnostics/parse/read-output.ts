import { parseEchoJson } from '../net/ping/parse-echo-json.js';
import { parseUnixPing } from '../net/ping/parse-unix.js';
import { parseWindowsPing } from '../net/ping/parse-windows.js';
import { lossPercent } from '../net/ping/stats.js';
import type { PingParse } from '../net/ping/types.js';
import { parseNetshWinhttp } from '../platform/proxy/parse-netsh-winhttp.js';
import { parseScutilProxy } from '../platform/proxy/parse-scutil-proxy.js';
import { parseIpconfigDns } from '../platform/resolvers/parse-ipconfig-dns.js';
import { parseIfconfig } from '../platform/vpn/parse-ifconfig.js';
import { parseIpconfigAll } from '../platform/vpn/parse-ipconfig.js';
import { parseRoutePrint, parseRoutePrintDefaults } from '../platform/routes/parse-route-print.js';
import { parseWindowsDefaultRoute } from '../platform/routes/parse-windows.js';
import { parseNetAdapterCim } from '../platform/windows-cim/parse-net-adapter-cim.js';
import { parseNetConnectionProfile } from '../platform/windows-cim/parse-net-connection-profile.js';
import { parseNetIpConfiguration } from '../platform/windows-cim/parse-net-ip-configuration.js';
import { parseNrptPolicy } from '../platform/windows-cim/parse-nrpt-policy.js';
import { parseScutilNcList } from '../platform/vpn/parse-scutil-nc.js';
import { homeVpnFromName, isHomeVpn, productFromDescription, productFromInterfaceName, productFromServiceType } from '../platform/vpn/products.js';
import type { VpnProduct } from '../platform/vpn/types.js';
import { parseIwLink } from '../platform/wifi/parse-iw-link.js';
import { parseNetshInterfaces } from '../platform/wifi/parse-netsh-interfaces.js';
import { parseNetshNetworks } from '../platform/wifi/parse-netsh-networks.js';
import { NETSH_MESSAGE_NOTES, netshMessage } from '../platform/wifi/netsh-messages.js';
import { parseNmcliWifiList } from '../platform/wifi/parse-nmcli.js';
import { parseSystemProfilerAirPort } from '../platform/wifi/parse-system-profiler.js';
import { parseWdutilInfo } from '../platform/wifi/parse-wdutil.js';
import type { ParseKind } from './kinds.js';

/** What the engine's parsers read from one pasted output. */
export interface ParsedOutput {
  readonly kind: ParseKind;
  /** The facts, in the shape of the kind's published schema. */
  readonly facts: Record<string, unknown>;
  /** What the text did not say or the parser could not read, one line each (never dropped). */
  readonly unread: string[];
}

function tunnelOf(product: VpnProduct | null): { tunnel: VpnProduct | null; homeVpn: boolean } {
  return { tunnel: product, homeVpn: product !== null && isHomeVpn(product) };
}

/** The facts of one ping reading: loss only from counts the text gave, never 0 % for missing counts. */
function pingFacts(p: PingParse, received: number | null): Record<string, unknown> {
  return {
    transmitted: p.transmitted,
    received,
    lossPct: p.transmitted !== null && p.transmitted > 0 && received !== null ? lossPercent(p.transmitted - received, p.transmitted) : null,
    rttMs: p.replies.map((r) => r.rttMs),
    replyFrom: [...new Set(p.replies.map((r) => r.from))],
    ttlExceededFrom: [...p.ttlExceededFrom],
    unreachableFrom: [...p.unreachableFrom],
    fragNeeded: p.fragNeeded.map((f) => ({ from: f.from, mtu: f.mtu })),
    unknownHost: p.unknownHost,
    notes: [...p.notes],
  };
}

/** The ping reading; Windows or Unix by structure ("bytes from"/"icmp_seq" only Unix prints). */
function readPing(text: string): Record<string, unknown> {
  const unix = /\bbytes from\b|\bicmp_seq=|packets transmitted/i.test(text) || /^PING \S/m.test(text);
  const p = unix ? parseUnixPing(text) : parseWindowsPing(text);
  const received = unix ? p.received : p.transmitted === null ? null : Math.min(p.replies.length, p.transmitted);
  return { flavour: unix ? 'unix' : 'windows', ...pingFacts(p, received) };
}

function readIpconfig(text: string): Record<string, unknown> {
  const dns = parseIpconfigDns(text);
  return {
    adapters: parseIpconfigAll(text).map((a) => ({
      name: a.name,
      header: a.header,
      description: a.description,
      mediaDisconnected: a.mediaDisconnected,
      ppp: a.ppp,
      addresses: [...a.addresses],
      dnsServers: dns.filter((d) => d.interface === a.name).map((d) => d.address),
      ...tunnelOf(homeVpnFromName(a.name) ?? (a.description === null ? null : productFromDescription(a.description))),
    })),
  };
}

/**
 * A refusal (location permission, access denied) lists no networks: that says nothing about the
 * air around, so the note goes with the empty list.
 */
function readNetshNetworks(text: string): Record<string, unknown> {
  const message = netshMessage(text);
  return { neighbours: parseNetshNetworks(text), ...(message === null ? {} : { notes: [NETSH_MESSAGE_NOTES[message]] }) };
}

/** Echo results as JSON (parse-echo-json.ts): the same facts as ping's text, counted per echo row. */
function readPingJson(text: string): Record<string, unknown> {
  const p = parseEchoJson(text);
  return pingFacts(p, p.transmitted === null ? null : p.replies.length);
}

/** A CIM reader's rows under one key; null when the text was no JSON of that query. */
const cimRows =
  (key: string, read: (text: string) => readonly object[] | null) =>
  (text: string): Record<string, unknown> => {
    const rows = read(text);
    return { [key]: rows === null ? null : rows.map((r) => ({ ...r })) };
  };

const READERS: Readonly<Record<ParseKind, (text: string) => Record<string, unknown>>> = {
  'netsh-interfaces': (t) => ({ ...parseNetshInterfaces(t) }),
  'netsh-networks': readNetshNetworks,
  ping: readPing,
  ipconfig: readIpconfig,
  wdutil: (t) => ({ ...parseWdutilInfo(t) }),
  'system-profiler': (t) => ({ ...parseSystemProfilerAirPort(t) }),
  'iw-link': (t) => ({ ...parseIwLink(t) }),
  nmcli: (t) => ({ ...parseNmcliWifiList(t) }),
  'scutil-nc': (t) => ({
    services: parseScutilNcList(t).map((s) => ({ ...s, ...tunnelOf(productFromServiceType(s.type)) })),
  }),
  'scutil-proxy': (t) => {
    const p = parseScutilProxy(t);
    return { values: Object.fromEntries(p.values), arrays: Object.fromEntries([...p.arrays].map(([k, v]) => [k, [...v]])) };
  },
  'netsh-winhttp': (t) => ({ ...parseNetshWinhttp(t) }),
  ifconfig: (t) => ({
    interfaces: parseIfconfig(t).map((i) => ({ ...i, ...tunnelOf(productFromInterfaceName(i.name)) })),
  }),
  'route-print': (t) => {
    const defaults = parseRoutePrintDefaults(t);
    return { defaultRoutes: defaults.map((r) => ({ ...r })), used: parseRoutePrint(t) };
  },
  'ping-json': readPingJson,
  'get-netadapter': cimRows('adapters', parseNetAdapterCim),
  'get-netipconfiguration': cimRows('interfaces', parseNetIpConfiguration),
  'get-netconnectionprofile': cimRows('profiles', parseNetConnectionProfile),
  'get-dnsclientnrptpolicy': cimRows('rules', parseNrptPolicy),
  'get-netroute': (t) => ({ defaultRoute: parseWindowsDefaultRoute(t) }),
};

/**
 * The fields a person would look for that came back empty: top-level nulls, empty lists, and
 * the same one level down in `facts` (system_profiler, nmcli); the parsers' own notes first.
 */
function unreadOf(facts: Record<string, unknown>): string[] {
  const out: string[] = [];
  const walk = (o: Record<string, unknown>, prefix: string): void => {
    for (const [k, v] of Object.entries(o)) {
      if (k === 'notes' && Array.isArray(v)) out.unshift(...v.map(String));
      else if (v === null) out.push(`${prefix}${k}: not in the text`);
      else if (Array.isArray(v) && v.length === 0 && !/From$|^fragNeeded$|^notes$/.test(k)) out.push(`${prefix}${k}: none read`);
      else if (k === 'facts' && typeof v === 'object' && !Array.isArray(v)) walk(v as Record<string, unknown>, 'facts.');
    }
  };
  walk(facts, '');
  return out;
}

/** Reads one output as `kind` with the engine's own parser. Never throws. */
export function readOutput(kind: ParseKind, text: string): ParsedOutput {
  const facts = READERS[kind](text);
  return { kind, facts, unread: unreadOf(facts) };
}
