// Every address of the lab, from the documentation ranges only (RFC 5737), so nothing in the lab
// can be mistaken for, or routed to, a real host.

/** The lab's addresses: home LAN 192.0.2.0/24, ISP access 198.51.100.0/24, "internet" 203.0.113.0/24. */
export const LAB_ADDR = {
  client: '192.0.2.10',
  routerLan: '192.0.2.1',
  routerWan: '198.51.100.2',
  ispCpe: '198.51.100.1',
  ispResolver: '198.51.100.53',
  ispCore: '203.0.113.1',
  internetUplink: '203.0.113.2',
  pingTargets: ['203.0.113.10', '203.0.113.11'],
  publicResolver: '203.0.113.53',
  web: '203.0.113.80',
} as const;

/** The subnets, for routes between the lab's namespaces. */
export const LAB_NET = {
  home: '192.0.2.0/24',
  access: '198.51.100.0/24',
  internet: '203.0.113.0/24',
} as const;

/** The names the lab's resolvers know; all point at the lab's web server. */
export const LAB_NAMES = {
  https: 'www.example.com',
  portalCheck: 'check.example.net',
} as const;

/**
 * The company network of the opt-in company lab. The VPN gateway's public address sits in the
 * "internet" range; everything behind it uses the benchmarking range 198.18.0.0/15 (RFC 2544),
 * never a private range, so nothing can be confused with a real office network.
 */
export const CORP_ADDR = {
  vpnGateway: '203.0.113.100',
  /** The gateway's leg on the company LAN. */
  gatewayLan: '198.18.20.1',
  sessionHost: '198.18.20.10',
  resolver: '198.18.20.53',
  intranet: '198.18.20.80',
  storefront: '198.18.20.90',
  tunnelServer: '198.18.99.1',
  tunnelClient: '198.18.99.2',
} as const;

/** The company's subnets: its LAN behind the gateway and the VPN tunnel's transfer net. */
export const CORP_NET = {
  lan: '198.18.20.0/24',
  tunnel: '198.18.99.0/24',
} as const;

/** The company's ports: OpenVPN on TCP 443, Citrix ICA and CGP (session reliability). */
export const CORP_PORT = { vpn: 443, ica: 1494, cgp: 2598 } as const;

/** Names only the company resolver knows. */
export const CORP_NAMES = {
  domain: 'corp.example',
  intranet: 'intranet.corp.example',
  storefront: 'storefront.corp.example',
  vpnGateway: 'vpn.corp.example',
} as const;
