import type { PlannedOutage } from './outage-schedule.js';

// The monitor's lab scenarios: outages of known lengths and rhythms on each part of the line.
// Lengths start at 2.5 s, not 2.0: the monitor samples once a second, so an outage of exactly
// 2.0 s is seen as 2 s only when the nft switch lands exactly; half a second more makes the
// shortest case robust without leaving the "2 s and more" range the issue asks for.

/** One monitor scenario: a schedule, and whether it needs the company lab. */
export interface MonitorScenario {
  readonly name: string;
  readonly story: string;
  readonly company: boolean;
  readonly plan: readonly PlannedOutage[];
}

const s = (seconds: number): number => Math.round(seconds * 1000);

export const MONITOR_SCENARIOS: readonly MonitorScenario[] = [
  {
    name: 'home-link-rhythm',
    story: 'the Wi-Fi drops three times in a row (2.5 s, 4 s, 3 s, 5 s apart)',
    company: false,
    plan: [
      { place: 'home-link', atMs: s(0), lengthMs: s(2.5) },
      { place: 'home-link', atMs: s(7.5), lengthMs: s(4) },
      { place: 'home-link', atMs: s(16.5), lengthMs: s(3) },
    ],
  },
  {
    name: 'isp-access',
    story: 'the provider’s access line drops for 3 s, then 6 s (its first router silent too)',
    company: false,
    plan: [
      { place: 'isp-access', atMs: s(0), lengthMs: s(3) },
      { place: 'isp-access', atMs: s(8), lengthMs: s(6) },
    ],
  },
  {
    name: 'isp-core',
    story: 'the provider forwards nothing for 2.5 s, then 5 s, while its first router answers',
    company: false,
    plan: [
      { place: 'isp-core', atMs: s(0), lengthMs: s(2.5) },
      { place: 'isp-core', atMs: s(7.5), lengthMs: s(5) },
    ],
  },
  {
    name: 'vpn-internal',
    story: 'the company network behind the tunnel drops for 3 s, then 4 s',
    company: true,
    plan: [
      { place: 'vpn-internal', atMs: s(0), lengthMs: s(3) },
      { place: 'vpn-internal', atMs: s(8), lengthMs: s(4) },
    ],
  },
];
