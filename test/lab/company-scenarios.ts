import { CORP_ADDR } from './addresses.js';
import type { Scenario } from './scenarios.js';

// The company lab's scenarios, in the style of scenarios.ts: the home lab is healthy and the
// company network behind the VPN gateway breaks. They run on a company lab
// (LabSession.open({ company: true })) with profiles/company.json. The lab test and the benchmark
// both run exactly this list.

/** The MTU the vpn-mtu-small scenario leaves on the company LAN: DF pings above 1172 bytes of payload fail. */
export const SMALL_CORP_MTU = 1200;

/** Every company scenario, healthy first. */
export const COMPANY_SCENARIOS: readonly Scenario[] = [
  { name: 'vpn-healthy', story: 'at home on the company VPN, nothing is wrong', faults: [], segment: 'none', findingId: null, exitCode: 0 },
  {
    name: 'vpn-gateway-unreachable',
    story: 'the VPN gateway does not accept connections from the internet, so the client cannot connect',
    // A client that cannot reach its gateway has no tunnel: it is stopped first, then TCP is blocked.
    faults: [{ kind: 'vpn-client-down' }, { kind: 'vpn-gateway-blocked' }],
    segment: 'vpn',
    findingId: 'vpn.gateway-unreachable',
    exitCode: 1,
  },
  {
    name: 'vpn-client-down',
    story: 'the VPN client is not connected, though the gateway would accept it',
    faults: [{ kind: 'vpn-client-down' }],
    segment: 'vpn',
    findingId: 'vpn.tunnel-down',
    exitCode: 1,
  },
  {
    name: 'vpn-dns-dead',
    story: "the tunnel is up but the company's DNS server is dead",
    faults: [{ kind: 'stop-corp-service', service: 'corp-dns' }],
    segment: 'vpn',
    findingId: 'vpn.dns',
    exitCode: 1,
  },
  {
    name: 'vpn-dns-silent',
    story: "the tunnel is up but the company's DNS server (pushed by the VPN) hangs: queries go unanswered",
    faults: [{ kind: 'corp-dns-silent' }],
    segment: 'vpn',
    findingId: 'vpn.dns',
    exitCode: 1,
  },
  {
    name: 'vpn-dns-silent-only-resolver',
    story: "the VPN pushed its DNS server as the computer's only one, and it hangs: queries go unanswered",
    faults: [{ kind: 'client-resolver', nameserver: CORP_ADDR.resolver }, { kind: 'corp-dns-silent' }],
    segment: 'vpn',
    findingId: 'vpn.dns',
    exitCode: 1,
  },
  {
    name: 'vpn-internal-unreachable',
    story: 'the tunnel is up but the intranet server does not answer through it',
    faults: [{ kind: 'corp-host-blocked', host: CORP_ADDR.intranet }],
    segment: 'vpn',
    findingId: 'vpn.internal-unreachable',
    exitCode: 1,
  },
  {
    name: 'vpn-mtu-small',
    story: 'the path through the tunnel carries only 1200-byte packets (large packets stall)',
    faults: [{ kind: 'corp-mtu', mtu: SMALL_CORP_MTU }],
    segment: 'vpn',
    findingId: 'vpn.mtu',
    exitCode: 1,
  },
  {
    name: 'citrix-cert-expired',
    story: "the Citrix StoreFront's certificate has expired",
    faults: [{ kind: 'storefront', mode: 'cert-expired' }],
    segment: 'citrix',
    findingId: 'citrix.certificate',
    exitCode: 1,
  },
  {
    name: 'citrix-5xx',
    story: 'the Citrix StoreFront answers 503 Service Unavailable',
    faults: [{ kind: 'storefront', mode: 'service-unavailable' }],
    segment: 'citrix',
    findingId: 'citrix.storefront-error',
    exitCode: 1,
  },
  {
    name: 'citrix-ports-closed',
    story: 'the Citrix session host does not listen on ICA 1494 or CGP 2598',
    faults: [
      { kind: 'stop-corp-service', service: 'ica' },
      { kind: 'stop-corp-service', service: 'cgp' },
    ],
    segment: 'citrix',
    findingId: 'citrix.session-ports',
    exitCode: 1,
  },
];
