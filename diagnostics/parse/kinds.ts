/**
 * The command outputs `homeline parse` reads, by the command that printed them. One JSON Schema
 * per kind is published (diagnostics/schema/published/parse-<kind>.schema.json).
 */
export const PARSE_KINDS = [
  'netsh-interfaces', // netsh wlan show interfaces
  'netsh-networks', // netsh wlan show networks mode=bssid
  'ping', // ping.exe (any display language), iputils and BSD ping
  'ipconfig', // ipconfig /all (and plain ipconfig)
  'wdutil', // sudo wdutil info
  'system-profiler', // system_profiler SPAirPortDataType -json
  'iw-link', // iw dev IF link
  'nmcli', // nmcli -t -f ACTIVE,SSID,BSSID,CHAN,FREQ,RATE,SIGNAL,SECURITY device wifi list
  'scutil-nc', // scutil --nc list
  'scutil-proxy', // scutil --proxy
  'netsh-winhttp', // netsh winhttp show proxy
  'ifconfig', // ifconfig (macOS/BSD)
  'route-print', // route print -4 (Windows, any display language)
  'ping-json', // echo results as JSON: Homeline's .NET Ping query, Win32_PingStatus, Test-Connection
  'get-netadapter', // Get-NetAdapter | ConvertTo-Json
  'get-netipconfiguration', // Get-NetIPConfiguration | ConvertTo-Json
  'get-netconnectionprofile', // Get-NetConnectionProfile | ConvertTo-Json
  'get-dnsclientnrptpolicy', // Get-DnsClientNrptPolicy | ConvertTo-Json
  'get-netroute', // Get-NetRoute | ConvertTo-Json
] as const;

export type ParseKind = (typeof PARSE_KINDS)[number];

/** True for a kind name `homeline parse` knows. */
export function isParseKind(text: string): text is ParseKind {
  return (PARSE_KINDS as readonly string[]).includes(text);
}
