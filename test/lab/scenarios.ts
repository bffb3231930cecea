import { LAB_ADDR } from './addresses.js';
import type { FaultSpec } from './faults.js';
import { GATEWAY_LOSS, TARGET_LOSS, type LossReading } from './loss-readings.js';
import { UNUSUAL_SCENARIOS } from './unusual-scenarios.js';

export { GATEWAY_LOSS, TARGET_LOSS, type LossReading };

// The lab's scenarios as data: which faults to apply and what `homeline check` must then say.
// The lab test and the benchmark both run exactly this list.

/** The verdict segments the lab's scenarios expect (the contract's, less wifi; unknown where the witnesses conflict). */
export type ScenarioSegment = 'none' | 'device' | 'home-network' | 'isp' | 'vpn' | 'citrix' | 'unknown';

/** One scenario: faults and expectations. */
export interface Scenario {
  readonly name: string;
  /** What a home worker would be living through. */
  readonly story: string;
  readonly faults: readonly FaultSpec[];
  /** The report's verdict.segment. */
  readonly segment: ScenarioSegment;
  /** A finding that must be in the report; null for healthy, where no finding may be a `problem`. */
  readonly findingId: string | null;
  /** 0 when nothing is wrong, 1 when a problem was found (the contract's exit codes). */
  readonly exitCode: 0 | 1;
  /** For loss scenarios: what was injected and where the report's measurement is read. */
  readonly loss?: { readonly injectedPct: number; readonly readAt: LossReading };
}

/** How far measured loss may be from injected loss, in percentage points. */
export const LOSS_TOLERANCE_PP = 3;

/** The home lab's classic scenarios, healthy first. */
const CLASSIC_SCENARIOS: readonly Scenario[] = [
  { name: 'healthy', story: 'nothing is wrong', faults: [], segment: 'none', findingId: null, exitCode: 0 },
  {
    name: 'device-no-route',
    story: 'the computer has an address but no default route',
    faults: [{ kind: 'client-no-default-route' }],
    segment: 'device',
    findingId: 'device.no-default-route',
    exitCode: 1,
  },
  {
    name: 'device-link-down',
    story: 'the network adapter is down (cable out, adapter disabled)',
    faults: [{ kind: 'client-link-down' }],
    segment: 'device',
    findingId: 'device.no-adapter',
    exitCode: 1,
  },
  {
    name: 'device-no-address',
    story: 'the adapter is up but has no IPv4 address (DHCP failed)',
    faults: [{ kind: 'client-no-address' }],
    segment: 'device',
    findingId: 'device.no-address',
    exitCode: 1,
  },
  {
    name: 'home-loss-10',
    story: '10 % of packets from the computer to the router are lost (bad Wi-Fi or cable)',
    faults: [{ kind: 'loss', where: 'home', pct: 10 }],
    segment: 'home-network',
    findingId: 'home.gateway-loss',
    exitCode: 1,
    loss: { injectedPct: 10, readAt: GATEWAY_LOSS },
  },
  {
    name: 'home-loss-30',
    story: '30 % of packets from the computer to the router are lost',
    faults: [{ kind: 'loss', where: 'home', pct: 30 }],
    segment: 'home-network',
    findingId: 'home.gateway-loss',
    exitCode: 1,
    loss: { injectedPct: 30, readAt: GATEWAY_LOSS },
  },
  {
    name: 'home-outage',
    story: 'the router does not answer at all',
    faults: [{ kind: 'outage', where: 'home' }],
    segment: 'home-network',
    findingId: 'home.gateway-unreachable',
    exitCode: 1,
  },
  {
    name: 'isp-loss-10',
    story: '10 % of packets are lost on the access line beyond the router',
    faults: [{ kind: 'loss', where: 'isp', pct: 10 }],
    segment: 'isp',
    findingId: 'isp.loss',
    exitCode: 1,
    loss: { injectedPct: 10, readAt: TARGET_LOSS },
  },
  {
    name: 'isp-loss-30',
    story: '30 % of packets are lost on the access line beyond the router',
    faults: [{ kind: 'loss', where: 'isp', pct: 30 }],
    segment: 'isp',
    findingId: 'isp.loss',
    exitCode: 1,
    loss: { injectedPct: 30, readAt: TARGET_LOSS },
  },
  {
    name: 'isp-outage',
    story: 'the access line is down: the router is fine, nothing beyond it answers',
    faults: [{ kind: 'outage', where: 'isp' }],
    segment: 'isp',
    findingId: 'isp.outage',
    exitCode: 1,
  },
  {
    name: 'router-dns',
    story: "the router's DNS forwarder is dead; everything else works",
    faults: [{ kind: 'stop-service', service: 'router-dns' }],
    segment: 'home-network',
    findingId: 'home.router-dns',
    exitCode: 1,
  },
  {
    name: 'isp-dns',
    story: "the ISP's resolver is dead; the router forwards to it",
    faults: [{ kind: 'stop-service', service: 'isp-dns' }],
    segment: 'isp',
    findingId: 'isp.dns',
    exitCode: 1,
  },
  {
    name: 'isp-dns-direct',
    story: "the computer uses the ISP's resolver directly, and it is dead",
    faults: [
      { kind: 'client-resolver', nameserver: LAB_ADDR.ispResolver },
      { kind: 'stop-service', service: 'isp-dns' },
    ],
    segment: 'isp',
    findingId: 'isp.dns',
    exitCode: 1,
  },
  {
    name: 'captive-portal',
    story: 'the router intercepts web traffic with a login page (hotel or guest Wi-Fi)',
    faults: [{ kind: 'captive-portal' }],
    segment: 'home-network',
    findingId: 'home.captive-portal',
    exitCode: 1,
  },
];

/** Every scenario of the home lab: the classic faults, then the unusual networks of issue #14. */
export const SCENARIOS: readonly Scenario[] = [...CLASSIC_SCENARIOS, ...UNUSUAL_SCENARIOS];
