import { z } from 'zod';
import { VPN_PRODUCTS } from '../platform/vpn/types.js';
import type { ParseKind } from './kinds.js';

// The JSON `homeline parse --json` prints, one schema per kind. Every field a text may leave out
// is nullable: null means "the text did not say", never a default.

const n = <T extends z.ZodType>(t: T) => t.nullable();
const band = n(z.enum(['2.4GHz', '5GHz', '6GHz'])).describe('Wi-Fi band');
const notes = z.array(z.string()).describe('What a technician should know about how the facts were read');

const wifiFacts = z
  .object({
    state: z.enum(['connected', 'disconnected', 'no-adapter', 'unknown']).describe('Whether the adapter is joined to a network'),
    interface: n(z.string()).describe('Adapter or interface name'),
    ssid: n(z.string()).describe('Network name'),
    bssid: n(z.string()).describe('Access point MAC, lower case with colons'),
    signalDbm: n(z.number()).describe('Signal in dBm (from the percentage on Windows)'),
    signalPercent: n(z.number()).describe('Signal on Windows\' 0-100 scale'),
    noiseDbm: n(z.number()).describe('Noise floor in dBm (macOS)'),
    snrDb: n(z.number()).describe('Signal-to-noise ratio in dB'),
    channel: n(z.number().int()).describe('Channel number'),
    band,
    channelWidthMhz: n(z.number()).describe('Channel width in MHz'),
    phyMode: n(z.string()).describe("'802.11be' … '802.11b'; null when the text names no PHY"),
    txRateMbps: n(z.number()).describe('Transmit rate in Mbit/s'),
    rxRateMbps: n(z.number()).describe('Receive rate in Mbit/s'),
    security: n(z.string()).describe("Authentication as printed (WPA2-Personal…); 'Open' for an open network in any language"),
    notes,
  })
  .describe('The radio link of this computer');

const neighbour = z.object({
  ssid: n(z.string()),
  bssid: n(z.string()),
  signalDbm: n(z.number()),
  signalPercent: n(z.number()),
  channel: n(z.number().int()),
  band,
  security: n(z.string()),
});
const neighbours = z.array(neighbour).describe('Access points heard');
const tunnel = {
  tunnel: n(z.enum(VPN_PRODUCTS)).describe('The VPN client or private tunnel this names, if any'),
  homeVpn: z.boolean().describe('A private tunnel (Tailscale, NordVPN, WARP, Mullvad, Proton), not the company VPN'),
};
const proxyServer = z.object({ scheme: z.enum(['http', 'https', 'socks', 'any']), host: z.string(), port: n(z.number().int()) });

const pingFacts = {
  transmitted: n(z.number().int()).describe("Echoes sent, from ping's statistics"),
  received: n(z.number().int()).describe('Real echo replies (not "unreachable" or "TTL expired" answers)'),
  lossPct: n(z.number()).describe('Loss in percent; null when the statistics could not be read'),
  rttMs: z.array(z.number()).describe('Round trip of each reply in ms ("<1ms" reads 0.5)'),
  replyFrom: z.array(z.string()),
  ttlExceededFrom: z.array(z.string()),
  unreachableFrom: z.array(z.string()),
  fragNeeded: z.array(z.object({ from: z.string(), mtu: n(z.number().int()) })),
  unknownHost: z.boolean(),
  notes,
};
const addresses = n(z.array(z.string())).describe('[] when Windows listed none; null when it listed values but none was an address');
const cimAdapter = z.object({
  name: z.string().describe('Adapter name (InterfaceAlias)'),
  description: n(z.string()).describe("The driver's own name (InterfaceDescription)"),
  index: n(z.number().int()).describe('Interface index'),
  mac: n(z.string()),
  operStatus: n(z.enum(['up', 'down', 'dormant', 'not-present', 'lower-layer-down', 'testing'])).describe('ifOperStatus (RFC 2863) as a meaning'),
  mediaConnected: n(z.boolean()).describe('MediaConnectState: cable in / Wi-Fi joined'),
  medium: n(z.enum(['wifi', 'ethernet', 'mobile', 'bluetooth', 'tunnel'])).describe('From NdisPhysicalMedium and the IANA ifType'),
  virtual: n(z.boolean()),
  linkSpeedBps: n(z.number()).describe('Link speed in bit/s'),
});
const connectivity = n(z.enum(['disconnected', 'no-traffic', 'subnet', 'local-network', 'internet']));
const defaultRoute = n(z.object({ gateway: n(z.string()).describe('The router; null for an on-link route'), interface: n(z.string()) }));

/** The facts object of each kind. */
export const PARSE_FACT_SCHEMAS: Readonly<Record<ParseKind, z.ZodType>> = {
  'netsh-interfaces': wifiFacts,
  'netsh-networks': z.object({
    neighbours,
    notes: z.array(z.string()).optional().describe('Why the list is empty when netsh refused (location permission, access denied)'),
  }),
  ping: z.object({ flavour: z.enum(['windows', 'unix']).describe('Which ping printed it'), ...pingFacts }),
  ipconfig: z.object({
    adapters: z.array(
      z.object({
        name: z.string().describe('Adapter name without the adapter-type words of the display language'),
        header: z.string(),
        description: n(z.string()).describe("The driver's own (English) name"),
        mediaDisconnected: z.boolean(),
        ppp: z.boolean().describe('A built-in (RAS) VPN connection'),
        addresses: z.array(z.string()),
        dnsServers: z.array(z.string()),
        ...tunnel,
      }),
    ),
  }),
  wdutil: wifiFacts,
  'system-profiler': z.object({ facts: wifiFacts, neighbours }),
  'iw-link': wifiFacts,
  nmcli: z.object({ facts: wifiFacts, neighbours }),
  'scutil-nc': z.object({
    services: z.array(
      z.object({ enabled: z.boolean(), status: z.string(), id: z.string(), name: z.string(), type: z.string(), ...tunnel }),
    ),
  }),
  'scutil-proxy': z.object({
    values: z.record(z.string(), z.string()).describe('Top-level keys of the proxy dictionary'),
    arrays: z.record(z.string(), z.array(z.string())).describe('Top-level arrays (ExceptionsList)'),
  }),
  'netsh-winhttp': z.object({
    state: z.enum(['direct', 'proxy', 'unknown']),
    servers: z.array(proxyServer),
    bypass: z.array(z.string()),
  }),
  ifconfig: z.object({
    interfaces: z.array(
      z.object({ name: z.string(), flags: z.array(z.string()), ipv4: z.array(z.string()), ipv6: z.array(z.string()), ...tunnel }),
    ),
  }),
  'route-print': z.object({
    defaultRoutes: z
      .array(z.object({ gateway: n(z.string()).describe('The router; null for an on-link route'), interfaceAddress: z.string(), metric: z.number().int() }))
      .describe('Every active 0.0.0.0/0 route, as listed'),
    used: n(z.object({ gateway: n(z.string()), interfaceAddress: z.string(), metric: z.number().int() })).describe('The one with the lowest metric'),
  }),
  'ping-json': z.object(pingFacts).describe('One JSON row per echo: status numbers (IP_STATUS), not words'),
  'get-netadapter': z.object({ adapters: n(z.array(cimAdapter)).describe('null when the text was no Get-NetAdapter JSON') }),
  'get-netipconfiguration': z.object({
    interfaces: n(
      z.array(
        z.object({
          alias: z.string(),
          index: n(z.number().int()),
          description: n(z.string()),
          ipv4: addresses,
          ipv6: addresses,
          gateways4: addresses,
          gateways6: addresses,
          dns4: addresses,
          dns6: addresses,
        }),
      ),
    ).describe('null when the text was no Get-NetIPConfiguration JSON'),
  }),
  'get-netconnectionprofile': z.object({
    profiles: n(
      z.array(
        z.object({
          name: n(z.string()).describe('Network name as Windows shows it'),
          alias: z.string(),
          index: n(z.number().int()),
          category: n(z.enum(['public', 'private', 'domain'])),
          ipv4: connectivity.describe('IPv4Connectivity as a meaning'),
          ipv6: connectivity.describe('IPv6Connectivity as a meaning'),
        }),
      ),
    ),
  }),
  'get-dnsclientnrptpolicy': z.object({
    rules: n(
      z.array(
        z.object({
          namespaces: z.array(z.string()).describe('Name suffixes (".corp.example") the rule sends to its servers'),
          nameServers: n(z.array(z.string())),
          directAccess: n(z.boolean()),
        }),
      ),
    ).describe('Split-DNS rules; null when the text was no NRPT JSON'),
  }),
  'get-netroute': z.object({ defaultRoute: defaultRoute.describe('The first default route (0.0.0.0/0 or ::/0) listed') }),
};

/** The whole `--json` document of one kind. */
export function parseOutputSchema(kind: ParseKind): z.ZodType {
  return z.object({
    kind: z.literal(kind),
    detected: z.boolean().describe('True when the kind was recognised from the text, false when given'),
    encoding: z.string().describe('How the bytes were decoded (utf-8, utf-16le, cp850, cp866, windows-1252…)'),
    facts: PARSE_FACT_SCHEMAS[kind],
    unread: z.array(z.string()).describe('What the text did not say or could not be read, one line each'),
  });
}
