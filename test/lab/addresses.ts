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
