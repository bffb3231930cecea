import { join } from 'node:path';
import { labReadiness, onPath, type LabReadiness } from './prerequisites.js';
import { repoRoot } from './repo-root.js';
import { JITTER, NAT_BEYOND_ADDRESS, type MediaFault } from './media-faults.js';
import { LAB_ADDR } from './addresses.js';
import type { HomeFaultSpec } from './faults.js';

// The real-time scenarios as data: which media fault, and what the report must then say. The
// values the probes must measure are the lab's known ones: no loss and sub-millisecond round
// trips on the healthy lab, the injected loss within ±3 points.

export interface MediaScenario {
  readonly name: string;
  readonly story: string;
  /** Media faults, or one of the home lab's (faults.ts) when ping must see the same trouble. */
  readonly faults: readonly (MediaFault | HomeFaultSpec)[];
  /** The report's verdict.segment: UDP-only trouble has no proven owner, so it stays `none`. */
  readonly segment: 'none' | 'isp' | 'home-network';
  /** Another profile than media.json (e.g. with STUN servers placed at home and at the provider). */
  readonly profile?: string;
  readonly exitCode: 0 | 1;
  /** Findings that must carry this segment (the owner the rules may name only with a second witness). */
  readonly findingSegments?: Readonly<Record<string, string>>;
  /** Findings that must be there. */
  readonly findingIds: readonly string[];
  /** Findings that must NOT be there (the control of a scenario next to it). */
  readonly absentFindingIds?: readonly string[];
  /** True where no `media.*` finding may appear at all (nothing wrong on the real-time paths). */
  readonly noMediaFindings?: boolean;
  readonly expect: {
    readonly udp: 'works' | 'blocked';
    readonly grades?: readonly string[];
    readonly edt: 'available' | 'blocked';
    readonly nat: 'none' | 'present' | 'unknown';
    readonly mapping?: 'endpoint-independent' | 'address-dependent';
    /** The mapped address the STUN servers must report. */
    readonly mappedAddress?: string;
    readonly injectedLossPct?: number;
    /** RFC 5780 mapping and filtering behaviour against coturn (two addresses, so it offers the tests). */
    readonly behaviour?: { readonly mapping: string; readonly filtering: string };
    /** The router's own WAN address the router-wan probe must report (NAT-PMP). */
    readonly routerWan?: string;
    /** Bounds the measured jitter (RFC 3550, ms) must fall in, from the injected queue (JITTER). */
    readonly jitterMs?: { readonly min: number; readonly max: number };
    /** The 95th percentile round trip must reach this (ms): the queue really delayed answers. */
    readonly rttP95AtLeastMs?: number;
  };
}

/**
 * What the jitter lab knows of its own queue (media-faults.ts JITTER): answers arrive every 20 ms;
 * one behind a fresh burst waits drainMs, the next ones 20 ms less each until the queue is empty,
 * then none until the next burst. Per burst period the delays fall by drainMs in total and jump
 * up by drainMs once, so the mean |D| of consecutive round trips, which the RFC 3550 estimator
 * follows, is 2·drainMs·20/periodMs (≈ 17 ms). Under load the sender's bursts come later, not
 * sooner (its timer never fires early, so bursts do not bunch), which stretches the period and
 * lowers the figure: the floor is half the expectation. No difference of consecutive round trips
 * exceeds the longest wait behind one burst (drainMs, plus a few ms of scheduling noise), so
 * neither can the estimator: the ceiling is drainMs. A quarter of each period is spent behind a
 * burst deeper than drainMs/2, so the 95th percentile round trip is at least drainMs/2.
 */
export const JITTER_EXPECTED_MS = (2 * JITTER.drainMs * 20) / JITTER.periodMs;

export const MEDIA_LOSS_TOLERANCE_PP = 3;

export const MEDIA_SCENARIOS: readonly MediaScenario[] = [
  {
    name: 'media-healthy',
    story: 'nothing is wrong: calls grade good, EDT answers, no NAT (the lab routes)',
    faults: [],
    segment: 'none',
    exitCode: 0,
    findingIds: [],
    noMediaFindings: true,
    expect: {
      udp: 'works', grades: ['good'], edt: 'available', nat: 'none', mapping: 'endpoint-independent', mappedAddress: '192.0.2.10', injectedLossPct: 0,
      behaviour: { mapping: 'endpoint-independent', filtering: 'endpoint-independent' },
    },
  },
  {
    name: 'media-udp-blocked-at-router',
    story: 'the home router drops UDP (except DNS): calls and EDT cannot use UDP, ping and TCP work',
    faults: [{ kind: 'router-blocks-udp' }],
    segment: 'none',
    exitCode: 0,
    findingIds: ['media.udp-blocked', 'media.edt-fallback'],
    expect: { udp: 'blocked', edt: 'blocked', nat: 'unknown' },
  },
  {
    name: 'media-udp-blocked-owner-router',
    story: 'the router drops forwarded UDP; STUN servers on the router and at the provider bracket it: the router is named',
    profile: 'media-owner.json',
    faults: [{ kind: 'router-blocks-udp' }],
    segment: 'home-network',
    exitCode: 1,
    findingIds: ['media.udp-blocked'],
    findingSegments: { 'media.udp-blocked': 'home-network' },
    expect: { udp: 'blocked', edt: 'blocked', nat: 'unknown' },
  },
  {
    // The same loss as media-udp-loss-12, now with placed servers: the provider's own server loses
    // UDP too, so router and line are not told apart and no owner is named.
    name: 'media-udp-loss-owner-unknown',
    story: '12 % of UDP lost entering the provider; placed servers see it at the provider’s server already: no owner',
    profile: 'media-owner.json',
    faults: [{ kind: 'isp-udp-loss', pct: 12 }],
    segment: 'none',
    exitCode: 0,
    findingIds: ['media.call-quality'],
    findingSegments: { 'media.call-quality': 'unknown' },
    expect: { udp: 'works', grades: ['poor', 'bad'], edt: 'available', nat: 'none', injectedLossPct: 12 },
  },
  {
    name: 'media-edt-blocked',
    story: 'only UDP 443 is dropped at the router: calls are fine, Citrix falls back to TCP',
    faults: [{ kind: 'router-blocks-udp-443' }],
    segment: 'none',
    exitCode: 0,
    findingIds: ['media.edt-fallback'],
    expect: { udp: 'works', grades: ['good'], edt: 'blocked', nat: 'none' },
  },
  {
    // The loss figure's accuracy (issue #19: ±3 points at 5 %). 5 % grades fair in the E-model
    // (R 76.5), but 2–8 % measured spans R 85–69 (good to poor), so the finding is asserted by
    // the 12 % scenario below.
    name: 'media-udp-loss-5',
    story: '5 % of UDP packets to the STUN port are lost at the provider while ping is clean',
    faults: [{ kind: 'isp-udp-loss', pct: 5 }],
    segment: 'none',
    exitCode: 0,
    findingIds: [],
    expect: { udp: 'works', grades: ['good', 'fair', 'poor'], edt: 'available', nat: 'none', injectedLossPct: 5 },
  },
  {
    // 12 % (9–15 % measured) is R 67–57 in the E-model: poor whichever way the sample falls.
    name: 'media-udp-loss-12',
    story: '12 % of UDP packets to the STUN port are lost at the provider while ping is clean: reported, no owner named',
    faults: [{ kind: 'isp-udp-loss', pct: 12 }],
    segment: 'none',
    exitCode: 0,
    findingIds: ['media.call-quality'],
    findingSegments: { 'media.call-quality': 'unknown' },
    expect: { udp: 'works', grades: ['poor', 'bad'], edt: 'available', nat: 'none', injectedLossPct: 12 },
  },
  {
    // 15 % (12–18 % measured) is R 62–53: poor, so the call-quality finding is certain.
    name: 'media-isp-loss-15',
    story: '15 % of all packets are lost at the provider: ping agrees with UDP, so the provider is named',
    faults: [{ kind: 'loss', where: 'isp', pct: 15 }],
    segment: 'isp',
    exitCode: 1,
    findingIds: ['isp.loss', 'media.call-quality'],
    findingSegments: { 'media.call-quality': 'isp' },
    expect: { udp: 'works', grades: ['bad', 'poor'], edt: 'available', nat: 'none', injectedLossPct: 15 },
  },
  {
    name: 'media-nat',
    story: 'the router masquerades the home network, keeping the port towards every destination',
    faults: [{ kind: 'router-nat', random: false }],
    segment: 'none',
    exitCode: 0,
    findingIds: [],
    noMediaFindings: true,
    // Linux conntrack keeps the port per flow and lets in only the destination's own answers.
    expect: {
      udp: 'works', grades: ['good'], edt: 'available', nat: 'present', mapping: 'endpoint-independent', mappedAddress: '198.51.100.2', routerWan: LAB_ADDR.routerWan,
      behaviour: { mapping: 'endpoint-independent', filtering: 'address-and-port-dependent' },
    },
  },
  {
    // The router's own WAN address (its NAT-PMP answer) is 198.51.100.2, the servers see 198.51.100.200.
    name: 'media-nat-beyond-router',
    story: 'the router masquerades and the provider translates once more: the router’s own WAN address is not the one the servers saw',
    faults: [{ kind: 'router-nat', random: false }, { kind: 'isp-nat' }],
    segment: 'none',
    exitCode: 0,
    findingIds: ['media.nat-beyond-router'],
    findingSegments: { 'media.nat-beyond-router': 'unknown' },
    absentFindingIds: ['media.double-nat', 'media.cgnat'],
    expect: { udp: 'works', grades: ['good'], edt: 'available', nat: 'present', mappedAddress: NAT_BEYOND_ADDRESS, routerWan: LAB_ADDR.routerWan },
  },
  {
    // Jitter from queueing behind bursts (no netem). At the expected figures (jitter ≈ 17 ms, round
    // trip ≈ 20 ms) the E-model's one-way delay (RTT/2 + 2 × jitter + 25 ms) is ≈ 70 ms, R ≈ 91:
    // good. At the ceiling (jitter 83 ms, round trip ≤ 90 ms) it is ≈ 237 ms, R ≈ 81: still good,
    // fair only just beyond, so good or fair is what the lab can promise.
    name: 'media-jitter',
    story: 'STUN answers queue behind bursts of other UDP on a slow class at the provider: jitter, no loss',
    faults: [{ kind: 'isp-udp-jitter' }],
    segment: 'none',
    exitCode: 0,
    findingIds: [],
    expect: {
      udp: 'works', grades: ['good', 'fair'], edt: 'available', nat: 'none', injectedLossPct: 0,
      jitterMs: { min: JITTER_EXPECTED_MS / 2, max: JITTER.drainMs }, rttP95AtLeastMs: JITTER.drainMs / 2,
    },
  },
  {
    name: 'media-cgnat',
    story: 'the provider translates the home to a shared address (100.64.0.0/10): carrier-grade NAT is reported as seen',
    faults: [{ kind: 'isp-cgnat' }],
    segment: 'none',
    exitCode: 0,
    findingIds: ['media.cgnat'],
    findingSegments: { 'media.cgnat': 'unknown' },
    expect: { udp: 'works', grades: ['good'], edt: 'available', nat: 'present', mapping: 'endpoint-independent', mappedAddress: '100.64.0.2' },
  },
  {
    // The profile asks for 5 s of silence; the router forgets idle UDP after 2 s and maps anew on a random port.
    name: 'media-short-mapping',
    story: 'the router forgets idle UDP mappings after 2 s: asked again after 5 s of silence, the public port has changed',
    profile: 'media-mapping.json',
    faults: [{ kind: 'router-short-udp-mapping', timeoutS: 2 }],
    segment: 'none',
    exitCode: 0,
    findingIds: ['media.short-mapping'],
    findingSegments: { 'media.short-mapping': 'unknown' },
    expect: { udp: 'works', grades: ['good'], edt: 'available', nat: 'present', mapping: 'address-dependent', mappedAddress: '198.51.100.2' },
  },
  {
    // The control: the same random-port NAT with a 30 s timeout keeps the mapping over the 5 s silence.
    name: 'media-mapping-kept',
    story: 'the same router with a 30 s UDP timeout: the public port survives 5 s of silence',
    profile: 'media-mapping.json',
    faults: [{ kind: 'router-short-udp-mapping', timeoutS: 30 }],
    segment: 'none',
    exitCode: 0,
    findingIds: [],
    absentFindingIds: ['media.short-mapping'],
    expect: { udp: 'works', grades: ['good'], edt: 'available', nat: 'present', mapping: 'address-dependent', mappedAddress: '198.51.100.2' },
  },
  {
    name: 'media-symmetric-nat',
    story: 'the router masquerades with a random port per destination (symmetric NAT)',
    faults: [{ kind: 'router-nat', random: true }],
    segment: 'none',
    exitCode: 0,
    findingIds: ['media.address-dependent-nat'],
    expect: {
      udp: 'works', grades: ['good'], edt: 'available', nat: 'present', mapping: 'address-dependent', mappedAddress: '198.51.100.2',
      behaviour: { mapping: 'address-and-port-dependent', filtering: 'address-and-port-dependent' },
    },
  },
];

/** The media lab profile (the lab profile plus two STUN servers and the Gateway), or another in profiles/. */
export function mediaProfilePath(root = repoRoot(), file = 'media.json'): string {
  return join(root, 'test', 'lab', 'profiles', file);
}

/** The home lab's needs plus coturn's turnserver and ss. */
export async function mediaReadiness(): Promise<LabReadiness> {
  const home = await labReadiness();
  if (!home.ok) return home;
  const missing = (await Promise.all([['turnserver', 'coturn'], ['ss', 'iproute2']].map(async ([cmd, pkg]) => ((await onPath(cmd!)) ? null : `${cmd} (Debian package ${pkg})`)))).filter((m) => m !== null);
  return missing.length > 0 ? { ok: false, reason: `missing tools for the media lab: ${missing.join(', ')}` } : { ok: true };
}
