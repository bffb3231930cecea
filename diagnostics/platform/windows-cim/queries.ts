// Windows' structured network facts as PowerShell/CIM queries whose JSON is the same in every
// display language: properties are CIM names and enumerations are numbers (ConvertTo-Json writes
// an enum's value; `Status`, `LinkSpeed` and the other display strings are left out on purpose).
// Each query is fixed text, so it can run in one long-lived PowerShell (powershell-session.ts) or
// as its own `powershell.exe -Command` run. `-Compress` keeps the output small; the parsers in
// this folder read it either way.

/** A named query: the name is the capture file name in CI and the key of its parser. */
export interface CimQuery {
  readonly name: string;
  readonly script: string;
}

/**
 * Adapters, hidden ones too (VPN virtual adapters often are). Numeric enums:
 * ifOperStatus (RFC 2863: 1 up, 2 down, … 7 lowerLayerDown), MediaConnectState (0 unknown,
 * 1 connected, 2 disconnected), NdisPhysicalMedium (9 native 802.11, 14 802.3, …), InterfaceType
 * (IANA ifType: 6 ethernet, 71 802.11, 131 tunnel, 53 virtual, 243/244 WWAN).
 */
export const NET_ADAPTER: CimQuery = {
  name: 'get-netadapter',
  script:
    'Get-NetAdapter -IncludeHidden | Select-Object Name,InterfaceDescription,InterfaceIndex,InterfaceGuid,MacAddress,ifOperStatus,MediaConnectState,NdisPhysicalMedium,InterfaceType,ReceiveLinkSpeed,TransmitLinkSpeed,Virtual,HardwareInterface,ConnectorPresent | ConvertTo-Json -Compress',
};

/**
 * Per interface: addresses, gateways and DNS servers, in the nesting `Get-NetIPConfiguration`
 * itself uses (IPv4Address[].IPAddress, IPv4DefaultGateway[].NextHop, DNSServer[].ServerAddresses
 * with AddressFamily 2 = IPv4, 23 = IPv6), without the CIM bookkeeping a plain ConvertTo-Json
 * of those objects would print.
 */
export const NET_IP_CONFIGURATION: CimQuery = {
  name: 'get-netipconfiguration',
  script: [
    'Get-NetIPConfiguration -All | ForEach-Object { [pscustomobject]@{',
    'InterfaceAlias = $_.InterfaceAlias; InterfaceIndex = $_.InterfaceIndex; InterfaceDescription = $_.InterfaceDescription;',
    'IPv4Address = @($_.IPv4Address | Select-Object IPAddress,PrefixLength);',
    'IPv6Address = @($_.IPv6Address | Select-Object IPAddress,PrefixLength);',
    'IPv4DefaultGateway = @($_.IPv4DefaultGateway | Select-Object NextHop,RouteMetric);',
    'IPv6DefaultGateway = @($_.IPv6DefaultGateway | Select-Object NextHop,RouteMetric);',
    'DNSServer = @($_.DNSServer | Select-Object AddressFamily,ServerAddresses) } } | ConvertTo-Json -Depth 4 -Compress',
  ].join(' '),
};

/** DNS servers per interface and family (AddressFamily 2 = IPv4, 23 = IPv6). */
export const DNS_CLIENT_SERVER_ADDRESS: CimQuery = {
  name: 'get-dnsclientserveraddress',
  script: 'Get-DnsClientServerAddress | Select-Object InterfaceAlias,InterfaceIndex,AddressFamily,ServerAddresses | ConvertTo-Json -Compress',
};

/** Default routes of both families with their metrics. */
export const NET_ROUTE_DEFAULT: CimQuery = {
  name: 'get-netroute-default',
  script:
    "Get-NetRoute -DestinationPrefix '0.0.0.0/0','::/0' -ErrorAction SilentlyContinue | Select-Object DestinationPrefix,NextHop,InterfaceAlias,InterfaceIndex,RouteMetric,AddressFamily | ConvertTo-Json -Compress",
};

/**
 * The network profile per connected interface. Numeric enums: NetworkCategory (0 public,
 * 1 private, 2 domain authenticated), IPv4Connectivity/IPv6Connectivity (0 disconnected,
 * 1 no traffic, 2 subnet, 3 local network, 4 internet).
 */
export const NET_CONNECTION_PROFILE: CimQuery = {
  name: 'get-netconnectionprofile',
  script: 'Get-NetConnectionProfile | Select-Object Name,InterfaceAlias,InterfaceIndex,NetworkCategory,IPv4Connectivity,IPv6Connectivity | ConvertTo-Json -Compress',
};

/** Name resolution policy (split DNS a company VPN installs): namespaces and their servers. */
export const DNS_CLIENT_NRPT_POLICY: CimQuery = {
  name: 'get-dnsclientnrptpolicy',
  script: 'Get-DnsClientNrptPolicy -Effective -ErrorAction SilentlyContinue | Select-Object Namespace,NameServers,DirectAccessEnabled | ConvertTo-Json -Compress',
};

/** Built-in (RAS) VPN connections; ConnectionStatus is a display string there, so only Name and the tunnel type. */
export const VPN_CONNECTION: CimQuery = {
  name: 'get-vpnconnection',
  script: 'Get-VpnConnection -ErrorAction SilentlyContinue | Select-Object Name,ServerAddress,TunnelType,SplitTunneling | ConvertTo-Json -Compress',
};

/** The display language and PowerShell version, so a capture says which language it came from. */
export const UI_CULTURE: CimQuery = {
  name: 'powershell-culture',
  script: '[pscustomobject]@{ UICulture = (Get-UICulture).Name; Culture = (Get-Culture).Name; PSVersion = $PSVersionTable.PSVersion.ToString(); OEMCodePage = [Console]::OutputEncoding.CodePage } | ConvertTo-Json -Compress',
};

/** Every query, in the order CI captures them. */
export const CIM_QUERIES: readonly CimQuery[] = [
  UI_CULTURE,
  NET_ADAPTER,
  NET_IP_CONFIGURATION,
  DNS_CLIENT_SERVER_ADDRESS,
  NET_ROUTE_DEFAULT,
  NET_CONNECTION_PROFILE,
  DNS_CLIENT_NRPT_POLICY,
  VPN_CONNECTION,
];
