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

/** The facts object of each kind. */
export const PARSE_FACT_SCHEMAS: Readonly<Record<ParseKind, z.ZodType>> = {
  'netsh-interfaces': wifiFacts,
  'netsh-networks': z.object({ neighbours }),
  ping: z.object({
    flavour: z.enum(['windows', 'unix']).describe('Which ping printed it'),
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
  }),
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
