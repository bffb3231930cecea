import { join } from 'node:path';
import { CORP_ADDR, LAB_ADDR } from './addresses.js';
import { TARGET_LOSS } from './loss-readings.js';
import { repoRoot } from './repo-root.js';
import type { Scenario } from './scenarios.js';

// Issue #14's classes once more, each condition built by a different mechanism or with other
// parameters than unusual-scenarios.ts: a stand-in for a held-out matrix. ICMP rejected rather
// than dropped, rate-limited rather than randomly dropped, filtered towards one target only;
// three targets with one dead; loss on the way back only, at the borderline and at half; a stub
// that forwards past the router; a system resolver run by a public service that dies (not the
// provider's: the verdict must stay open); the VPN's resolver rejected or deaf to UDP only.
// Quick checks where the class allows it (the app runs quick checks); loss figures need full ones.

/** A variant: a scenario, the profile it checks with, and whether the check is a quick one. */
export interface VariantScenario extends Scenario {
  readonly quick: boolean;
  /** A profile other than the lab's default. */
  readonly profile?: string;
}

/** A profile whose first ping target is the provider's first router (198.51.100.1). */
export function hopTargetProfilePath(root = repoRoot()): string {
  return join(root, 'test', 'lab', 'profiles', 'lab-hop-target.json');
}

/** Three ping targets: the lab's two and the web server's address. */
export function threeTargetProfilePath(root = repoRoot()): string {
  return join(root, 'test', 'lab', 'profiles', 'lab-three-targets.json');
}

const [FIRST_TARGET, SECOND_TARGET] = LAB_ADDR.pingTargets;

/** Home lab variants, healthy ones first. */
export const HOME_VARIANTS: readonly VariantScenario[] = [
  {
    name: 'v-ping-rejected-beyond-router',
    story: 'the provider answers every forwarded ping with "administratively prohibited"; web, DNS and TCP work',
    faults: [{ kind: 'echo-rejected', where: 'isp' }],
    segment: 'none',
    findingId: 'isp.ping-filtered',
    exitCode: 0,
    quick: true,
  },
  {
    name: 'v-router-rejects-ping-and-beyond',
    story: 'the router rejects ping to itself and the provider rejects ping it forwards (both "prohibited"); all else works',
    faults: [
      { kind: 'echo-rejected', where: 'router' },
      { kind: 'echo-rejected', where: 'isp' },
    ],
    segment: 'none',
    findingId: 'isp.ping-filtered',
    exitCode: 0,
    quick: true,
  },
  {
    name: 'v-router-firewall-rejects-ping-out',
    story: "the home router's firewall rejects outgoing ping (admin-prohibited); the router answers ping itself and all else works",
    faults: [{ kind: 'echo-rejected', where: 'router-forward' }],
    segment: 'none',
    findingId: 'isp.ping-filtered',
    exitCode: 0,
    quick: true,
  },
  {
    name: 'v-ping-rate-limited-beyond-router',
    story: 'the provider rate-limits the pings it forwards (100/s, burst 20): loss in runs, ICMP only; TCP is clean',
    faults: [{ kind: 'echo-rate-limited', where: 'isp', perSecond: 100, burst: 20 }],
    segment: 'none',
    findingId: null,
    exitCode: 0,
    quick: true,
  },
  {
    name: 'v-router-rate-limits-ping',
    story: 'the home router rate-limits ping to itself (50/s, burst 10); pings through it and TCP are clean',
    faults: [{ kind: 'echo-rate-limited', where: 'router', perSecond: 50, burst: 10 }],
    segment: 'none',
    findingId: null,
    exitCode: 0,
    quick: true,
  },
  {
    name: 'v-ping-filtered-to-one-target',
    story: 'the provider drops ping to one target only; TCP to it works, the other target is clean',
    faults: [{ kind: 'echo-filtered-to', address: SECOND_TARGET }],
    segment: 'none',
    findingId: 'isp.target-unreachable',
    exitCode: 0,
    quick: true,
  },
  {
    name: 'v-port-80-dropped',
    story: 'the provider drops TCP port 80 (plain web); HTTPS, DNS and ping work',
    faults: [{ kind: 'tcp-port-dropped', port: 80 }],
    segment: 'none',
    findingId: null,
    exitCode: 0,
    quick: true,
  },
  {
    name: 'v-three-targets-one-dead',
    story: 'three ping targets, one of them gone (everything to it dropped); the line is fine',
    faults: [{ kind: 'host-dropped', address: FIRST_TARGET }],
    segment: 'none',
    findingId: 'isp.target-unreachable',
    exitCode: 0,
    quick: true,
    profile: threeTargetProfilePath(),
  },
  {
    name: 'v-dead-target-is-first-hop',
    story: "a profile pings the provider's first router, which ignores ping to itself; the other target and the line are fine",
    faults: [{ kind: 'echo-filtered', where: 'isp-hop' }],
    segment: 'none',
    findingId: 'isp.target-unreachable',
    exitCode: 0,
    quick: true,
    profile: hopTargetProfilePath(),
  },
  {
    name: 'v-hotel-network',
    story: 'no ping anywhere beyond the router, no time-exceeded, public resolvers blocked: a hotel network that works',
    faults: [
      { kind: 'echo-rejected', where: 'isp' },
      { kind: 'silent-hops', where: 'isp' },
      { kind: 'dns-blocked', resolver: LAB_ADDR.publicResolver },
    ],
    segment: 'none',
    findingId: 'isp.ping-filtered',
    exitCode: 0,
    quick: true,
  },
  {
    name: 'v-stub-to-provider',
    story: "a local stub (127.0.1.1) forwards straight to the provider's resolver, past the router; all fine",
    faults: [{ kind: 'stub-resolver', upstream: LAB_ADDR.ispResolver }],
    segment: 'none',
    findingId: null,
    exitCode: 0,
    quick: true,
  },
  {
    name: 'v-stub-to-provider-dead',
    story: "a local stub forwards straight to the provider's resolver, which is dead",
    faults: [{ kind: 'stub-resolver', upstream: LAB_ADDR.ispResolver }, { kind: 'stop-service', service: 'isp-dns' }],
    segment: 'isp',
    findingId: 'isp.dns',
    exitCode: 1,
    quick: true,
  },
  {
    name: 'v-public-resolver-dies',
    story: 'the computer uses a public DNS service directly, and that service dies: not the provider\'s fault, so no blame',
    faults: [{ kind: 'client-resolver', nameserver: LAB_ADDR.publicResolver }, { kind: 'stop-service', service: 'public-dns' }],
    segment: 'unknown',
    findingId: 'unsure.dns-owner',
    exitCode: 1,
    quick: true,
  },
  {
    name: 'v-stub-to-public-dead',
    story: 'a local stub forwards to a public DNS service that dies; the router resolves fine: no party proven',
    faults: [{ kind: 'stub-resolver', upstream: LAB_ADDR.publicResolver }, { kind: 'stop-service', service: 'public-dns' }],
    segment: 'unknown',
    findingId: 'unsure.dns-owner',
    exitCode: 1,
    quick: true,
  },
  {
    name: 'v-ping-deprioritized-2',
    story: 'the provider drops 2 % of the pings it forwards (the problem threshold itself); TCP loses nothing',
    faults: [{ kind: 'echo-lossy', pct: 2 }],
    segment: 'none',
    findingId: null,
    exitCode: 0,
    quick: true,
  },
  {
    name: 'v-isp-hop-rate-limits-ping',
    story: "the provider's first router rate-limits ping to itself (50/s, burst 10); the line is clean",
    faults: [{ kind: 'echo-rate-limited', where: 'isp-hop', perSecond: 50, burst: 10 }],
    segment: 'none',
    findingId: null,
    exitCode: 0,
    quick: true,
  },
  {
    name: 'v-provider-resolver-direct-public-blocked',
    story: "the computer uses the provider's resolver directly, and the provider blocks public resolvers; all works",
    faults: [{ kind: 'client-resolver', nameserver: LAB_ADDR.ispResolver }, { kind: 'dns-blocked', resolver: LAB_ADDR.publicResolver, reject: true }],
    segment: 'none',
    findingId: null,
    exitCode: 0,
    quick: true,
  },
  {
    name: 'v-home-loss-ping-filtered',
    story: 'the cable to the router loses 10 % while the provider filters ping: the home link, seen by ping to the router and TCP',
    faults: [{ kind: 'loss', where: 'home', pct: 10 }, { kind: 'echo-filtered', where: 'isp' }],
    segment: 'home-network',
    findingId: 'home.gateway-loss',
    exitCode: 1,
    quick: true,
  },
  {
    name: 'v-router-dns-dropped',
    story: "the router's firewall silently drops DNS to the router (no refusal, TCP 53 silent too)",
    faults: [{ kind: 'dns-dropped-at', resolver: 'router' }],
    segment: 'home-network',
    findingId: 'home.router-dns',
    exitCode: 1,
    quick: true,
  },
  {
    name: 'v-isp-dns-dropped',
    story: "the provider's resolver silently drops every query (the router forwards to it and gets nothing)",
    faults: [{ kind: 'dns-dropped-at', resolver: 'isp' }],
    segment: 'isp',
    findingId: 'isp.dns',
    exitCode: 1,
    quick: true,
  },
  {
    name: 'v-stub-127-0-0-53',
    story: "a stub on systemd-resolved's address 127.0.0.53 (dnsmasq here, so resolved's upstream list is missing) forwards to the router; all fine",
    faults: [{ kind: 'stub-resolver', listen: '127.0.0.53' }],
    segment: 'none',
    findingId: null,
    exitCode: 0,
    quick: true,
  },
  {
    name: 'v-stub-127-0-0-53-router-dns-dropped',
    story: "a stub on 127.0.0.53 forwards to the router, whose firewall drops DNS to it",
    faults: [{ kind: 'stub-resolver', listen: '127.0.0.53' }, { kind: 'dns-dropped-at', resolver: 'router' }],
    segment: 'home-network',
    findingId: 'home.router-dns',
    exitCode: 1,
    quick: true,
  },
  {
    name: 'v-return-loss-10',
    story: "10 % of packets coming back from beyond the provider's first router are lost (the way out is clean)",
    faults: [{ kind: 'return-loss', pct: 10 }],
    segment: 'isp',
    findingId: 'isp.loss',
    exitCode: 1,
    quick: false,
    loss: { injectedPct: 10, readAt: TARGET_LOSS },
  },
  {
    name: 'v-upstream-loss-50',
    story: "half the packets beyond the provider's first router are lost",
    faults: [{ kind: 'loss', where: 'upstream', pct: 50 }],
    segment: 'isp',
    findingId: 'isp.loss',
    exitCode: 1,
    quick: false,
  },
  {
    name: 'v-upstream-loss-10-quick',
    story: "10 % of packets beyond the provider's first router are lost, seen by a quick check (the app's)",
    faults: [{ kind: 'loss', where: 'upstream', pct: 10 }],
    segment: 'isp',
    findingId: 'isp.loss',
    exitCode: 1,
    quick: true,
  },
  {
    name: 'v-hop-silent-upstream-loss-10',
    story: "the provider's first router ignores ping, and 10 % of packets beyond it are lost",
    faults: [{ kind: 'echo-filtered', where: 'isp-hop' }, { kind: 'loss', where: 'upstream', pct: 10 }],
    segment: 'isp',
    findingId: 'isp.loss',
    exitCode: 1,
    quick: false,
  },
  {
    name: 'v-ping-rate-limited-hard',
    story: 'the provider lets through only 10 pings a second (burst 5): nearly every ping is lost, TCP is clean',
    faults: [{ kind: 'echo-rate-limited', where: 'isp', perSecond: 10, burst: 5 }],
    segment: 'none',
    findingId: null,
    exitCode: 0,
    quick: true,
  },
  {
    name: 'v-silent-hops-line-loss-10',
    story: 'no router on the way sends time-exceeded (the first provider hop stays unknown), and the access line loses 10 %',
    faults: [{ kind: 'silent-hops', where: 'router' }, { kind: 'silent-hops', where: 'isp' }, { kind: 'loss', where: 'isp', pct: 10 }],
    segment: 'isp',
    findingId: 'isp.loss',
    exitCode: 1,
    quick: false,
    loss: { injectedPct: 10, readAt: TARGET_LOSS },
  },
  {
    name: 'v-upstream-loss-3',
    story: "3 % of packets beyond the provider's first router are lost: the borderline",
    faults: [{ kind: 'loss', where: 'upstream', pct: 3 }],
    segment: 'isp',
    findingId: 'isp.loss',
    exitCode: 1,
    quick: false,
  },
];

/** Company lab variants (VPN up): the pushed resolver dies in other ways, and a healthy one with ping filtered. */
export const COMPANY_VARIANTS: readonly VariantScenario[] = [
  {
    name: 'v-vpn-ping-filtered',
    story: 'at home on the VPN, the provider filters ping; everything works',
    faults: [{ kind: 'echo-filtered', where: 'isp' }],
    segment: 'none',
    findingId: null,
    exitCode: 0,
    quick: true,
  },
  {
    name: 'v-vpn-dns-rejected',
    story: "the VPN's resolver is rejected by the company gateway (admin-prohibited)",
    faults: [{ kind: 'corp-dns-rejected' }],
    segment: 'vpn',
    findingId: 'vpn.dns',
    exitCode: 1,
    quick: true,
  },
  {
    name: 'v-vpn-dns-dead-only-resolver',
    story: "the VPN pushed its resolver as the only one, and it is stopped (port unreachable)",
    faults: [{ kind: 'client-resolver', nameserver: CORP_ADDR.resolver }, { kind: 'stop-corp-service', service: 'corp-dns' }],
    segment: 'vpn',
    findingId: 'vpn.dns',
    exitCode: 1,
    quick: true,
  },
  {
    name: 'v-vpn-dns-udp-dropped',
    story: "the VPN's resolver as the only one gets no UDP (TCP 53 still answers)",
    faults: [{ kind: 'client-resolver', nameserver: CORP_ADDR.resolver }, { kind: 'corp-dns-udp-dropped' }],
    segment: 'vpn',
    findingId: 'vpn.dns',
    exitCode: 1,
    quick: true,
  },
];
