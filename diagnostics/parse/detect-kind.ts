import { powershellObjects } from '../platform/powershell.js';
import type { ParseKind } from './kinds.js';

// Each kind by a shape of its own, never by a translated word: JSON with SPAirPortDataType,
// scutil's "<dictionary> {", ifconfig's "name: flags=…<…> mtu N", iw's "Connected to MAC",
// netsh's untranslated "SSID n"/"BSSID n" headers and GUID line, ipconfig's dot leaders, ping's
// "TTL=" and "= N, … = N, … = N" statistics. The first that matches wins, most specific first.
const RULES: readonly (readonly [ParseKind, (text: string) => boolean])[] = [
  ['system-profiler', (t) => /^\s*\{/.test(t) && /"SPAirPortDataType"/.test(t)],
  ['scutil-proxy', (t) => /^\s*<dictionary>\s*\{/.test(t)],
  ['scutil-nc', (t) => /^[* ] ?\([A-Za-z]+\)[ \t]+[0-9A-Fa-f-]{36}[ \t]/m.test(t)],
  ['ifconfig', (t) => /^[A-Za-z][\w.-]*: flags=[0-9a-fA-F]+<[^>\n]*> mtu \d+/m.test(t)],
  [
    'iw-link',
    // "(on IF)" too: people who paste it often blank the BSSID out ("Connected to xx:xx (on wlan0)").
    (t) =>
      /^[ \t]*Connected to [0-9a-fA-F]{2}(?::[0-9a-fA-F]{2}){5}/m.test(t) ||
      /^[ \t]*Connected to \S+ \(on [^)\s]+\)/m.test(t) ||
      /^[ \t]*Not connected\.?[ \t]*$/m.test(t),
  ],
  ['wdutil', (t) => /^[ \t]*(?:RSSI|Op Mode|PHY Mode|Tx Rate)[ \t]+:/m.test(t)],
  ['netsh-networks', (t) => /^[ \t]*SSID[ \t\u00a0]+\d+[ \t\u00a0\u00ff]*:/m.test(t) && /^[ \t]*BSSID[ \t\u00a0]+\d+[ \t\u00a0\u00ff]*:/m.test(t)],
  [
    'netsh-interfaces',
    (t) =>
      /^[ \t]+[^:\n]+:[ \t]*\{?[0-9a-fA-Fx]{8}-[0-9a-fA-Fx]{4}-[0-9a-fA-Fx]{4}-[0-9a-fA-Fx]{4}-[0-9a-fA-Fx]{12}\}?[ \t]*$/m.test(t) &&
      /^[ \t]+[^:\n]+:[ \t]*[0-9a-fA-F]{2}(?::[0-9a-fA-F]{2}){5}[ \t]*$/m.test(t),
  ],
  ['netsh-winhttp', (t) => /WinHTTP/i.test(t) && !/(?:\s\.){3,}/.test(t)],
  ['ipconfig', (t) => /^[ \t]+\S[^:\n]*?(?: \.){2,}[^:\n]*:/m.test(t)],
  ['nmcli', (t) => /^[^\n]*(?:[0-9A-Fa-f]{2}\\:){5}[0-9A-Fa-f]{2}/m.test(t)],
  [
    'ping',
    (t) =>
      /\bbytes from\b|\bicmp_seq=|packets transmitted/i.test(t) ||
      /^PING \S+ \(/m.test(t) ||
      /\bTTL\s*=\s*\d+/i.test(t) ||
      /=\s*\d+\s*[^A-Za-z\d=\s][^=\n]{0,40}?=\s*\d+\s*[^A-Za-z\d=\s][^=\n]{0,40}?=\s*\d+/.test(t),
  ],
];

// PowerShell's JSON by the property names of its rows (CIM and .NET names, never display words),
// most specific first: a Get-NetIPConfiguration row also has InterfaceAlias, a route row NextHop.
const JSON_RULES: readonly (readonly [ParseKind, readonly string[]])[] = [
  ['ping-json', ['StatusCode', 'PrimaryAddressResolutionStatus', 'RoundtripTime', 'Latency', 'Fault']],
  ['get-netipconfiguration', ['IPv4Address', 'IPv4DefaultGateway', 'DNSServer']],
  ['get-netconnectionprofile', ['NetworkCategory', 'IPv4Connectivity']],
  ['get-dnsclientnrptpolicy', ['Namespace']],
  ['get-netroute', ['DestinationPrefix', 'NextHop']],
  ['get-netadapter', ['ifOperStatus', 'MediaConnectState', 'NdisPhysicalMedium', 'InterfaceDescription']],
];

function detectJsonKind(text: string): ParseKind | null {
  if (!/^\s*[[{]/.test(text) || /"SPAirPortDataType"/.test(text)) return null;
  const rows = powershellObjects(text);
  const first = rows?.[0];
  if (!first) return null;
  for (const [kind, keys] of JSON_RULES) if (keys.some((k) => k in first)) return kind;
  return null;
}

/** route print's default-route row: 0.0.0.0 twice, a gateway, an interface address, a metric. */
const ROUTE_PRINT_ROW = /^\s*0\.0\.0\.0\s+0\.0\.0\.0\s+\S.*?\s\d{1,3}(?:\.\d{1,3}){3}\s+\d+\s*$/m;

/** The kind of a pasted command output, or null when no shape we know is in it. */
export function detectKind(text: string): ParseKind | null {
  const json = detectJsonKind(text);
  if (json) return json;
  for (const [kind, test] of RULES) if (test(text)) return kind;
  return ROUTE_PRINT_ROW.test(text) ? 'route-print' : null;
}
