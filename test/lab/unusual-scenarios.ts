import { LAB_ADDR } from './addresses.js';
import { TARGET_LOSS } from './loss-readings.js';
import type { Scenario } from './scenarios.js';

// Issue #14's classes: networks that are healthy but unusual must give `none` with no `problem`
// finding (a note where it helps), and the faults hidden behind them must still be blamed on their
// owner. Filters are nftables rules and a dnsmasq stub (filter-faults.ts); loss beyond the first
// hop sits on the internet's uplink (faults.ts, place `upstream`).

/** The ping targets: the first is also the one the path probe traces towards. */
const [FIRST_TARGET, SECOND_TARGET] = LAB_ADDR.pingTargets;

/** The unusual-network scenarios, healthy variants first. */
export const UNUSUAL_SCENARIOS: readonly Scenario[] = [
  {
    name: 'ping-filtered-beyond-router',
    story: 'the provider drops ping (ICMP echo) it forwards; web, DNS and TCP work (mobile hotspot, some providers)',
    faults: [{ kind: 'echo-filtered', where: 'isp' }],
    segment: 'none',
    findingId: 'isp.ping-filtered',
    exitCode: 0,
  },
  {
    name: 'router-ignores-ping',
    story: 'the home router does not answer ping to itself; it forwards everything fine',
    faults: [{ kind: 'echo-filtered', where: 'router' }],
    segment: 'none',
    findingId: 'home.router-ignores-ping',
    exitCode: 0,
  },
  {
    name: 'ping-deprioritized-10',
    story: 'the provider drops 10 % of pings it forwards (ICMP rate-limited); TCP and the web lose nothing',
    faults: [{ kind: 'echo-lossy', pct: 10 }],
    segment: 'none',
    findingId: null,
    exitCode: 0,
  },
  {
    name: 'ping-deprioritized-3',
    story: 'the provider drops 3 % of pings it forwards; TCP and the web lose nothing (a few per cent is where ping alone cannot be ruled out)',
    faults: [{ kind: 'echo-lossy', pct: 3 }],
    segment: 'none',
    findingId: null,
    exitCode: 0,
  },
  {
    name: 'isp-hop-ignores-ping',
    story: "the provider's first router does not answer ping to itself; everything beyond it does",
    faults: [{ kind: 'echo-filtered', where: 'isp-hop' }],
    segment: 'none',
    findingId: null,
    exitCode: 0,
  },
  {
    name: 'silent-hops',
    story: "the provider's routers send no ICMP time-exceeded (traceroute shows stars); the line is fine",
    faults: [{ kind: 'silent-hops', where: 'isp' }],
    segment: 'none',
    findingId: null,
    exitCode: 0,
  },
  {
    name: 'router-silent-hop',
    story: 'the home router sends no ICMP time-exceeded (the first traceroute hop is a star); all else fine',
    faults: [{ kind: 'silent-hops', where: 'router' }],
    segment: 'none',
    findingId: null,
    exitCode: 0,
  },
  {
    name: 'dead-target',
    story: 'one ping target is gone (everything to it is dropped); the other and the web are fine',
    faults: [{ kind: 'host-dropped', address: SECOND_TARGET }],
    segment: 'none',
    findingId: 'isp.target-unreachable',
    exitCode: 0,
  },
  {
    name: 'dead-first-target',
    story: 'the first ping target (the one the route is traced to) is gone; the rest is fine',
    faults: [{ kind: 'host-dropped', address: FIRST_TARGET }],
    segment: 'none',
    findingId: 'isp.target-unreachable',
    exitCode: 0,
  },
  {
    name: 'ping-filtered-everywhere',
    story: "no ping answered anywhere: the router, the provider's first router and the internet ignore it (hotel or guest network); no traceroute either",
    faults: [
      { kind: 'echo-filtered', where: 'router' },
      { kind: 'echo-filtered', where: 'isp-hop' },
      { kind: 'echo-filtered', where: 'isp' },
      { kind: 'silent-hops', where: 'router' },
      { kind: 'silent-hops', where: 'isp' },
    ],
    segment: 'none',
    findingId: 'isp.ping-filtered',
    exitCode: 0,
  },
  {
    name: 'public-dns-blocked',
    story: "the provider blocks DNS to public resolvers; the system's resolver (the router) works",
    faults: [{ kind: 'dns-blocked', resolver: LAB_ADDR.publicResolver }],
    segment: 'none',
    findingId: null,
    exitCode: 0,
  },
  {
    name: 'public-dns-rejected',
    story: 'the provider rejects DNS to public resolvers (port unreachable); the router resolves fine',
    faults: [{ kind: 'dns-blocked', resolver: LAB_ADDR.publicResolver, reject: true }],
    segment: 'none',
    findingId: null,
    exitCode: 0,
  },
  {
    name: 'dead-target-rejected',
    story: 'one ping target is gone and the provider says so (host unreachable); the rest is fine',
    faults: [{ kind: 'host-dropped', address: SECOND_TARGET, reject: true }],
    segment: 'none',
    findingId: 'isp.target-unreachable',
    exitCode: 0,
  },
  {
    name: 'stub-resolver',
    story: 'the computer resolves through a local dnsmasq stub (127.0.1.1) that forwards to the router; all fine',
    faults: [{ kind: 'stub-resolver' }],
    segment: 'none',
    findingId: null,
    exitCode: 0,
  },
  {
    name: 'stub-resolver-router-dns-dead',
    story: "the computer resolves through a local stub, and the router's DNS forwarder behind it is dead",
    faults: [{ kind: 'stub-resolver' }, { kind: 'stop-service', service: 'router-dns' }],
    segment: 'home-network',
    findingId: 'home.router-dns',
    exitCode: 1,
  },
  {
    name: 'stub-resolver-isp-dns-dead',
    story: "the computer resolves through a local stub; the router behind it forwards to the provider's resolver, which is dead",
    faults: [{ kind: 'stub-resolver' }, { kind: 'stop-service', service: 'isp-dns' }],
    segment: 'isp',
    findingId: 'isp.dns',
    exitCode: 1,
  },
  {
    name: 'isp-loss-upstream-5',
    story: "5 % of packets are lost beyond the provider's first router; the access line itself is clean",
    faults: [{ kind: 'loss', where: 'upstream', pct: 5 }],
    segment: 'isp',
    findingId: 'isp.loss',
    exitCode: 1,
    loss: { injectedPct: 5, readAt: TARGET_LOSS },
  },
  {
    name: 'isp-loss-upstream-20',
    story: "20 % of packets are lost beyond the provider's first router; the access line itself is clean",
    faults: [{ kind: 'loss', where: 'upstream', pct: 20 }],
    segment: 'isp',
    findingId: 'isp.loss',
    exitCode: 1,
    loss: { injectedPct: 20, readAt: TARGET_LOSS },
  },
  {
    name: 'isp-outage-upstream',
    story: "nothing beyond the provider's first router answers; the first router itself does",
    faults: [{ kind: 'outage', where: 'upstream' }],
    segment: 'isp',
    findingId: 'isp.outage',
    exitCode: 1,
  },
  {
    name: 'ping-filtered-line-loss-20',
    story: 'the provider filters ping, and 20 % of packets are lost on the access line: only TCP can see it',
    faults: [{ kind: 'echo-filtered', where: 'isp' }, { kind: 'loss', where: 'isp', pct: 20 }],
    segment: 'isp',
    findingId: 'isp.loss',
    exitCode: 1,
  },
];
