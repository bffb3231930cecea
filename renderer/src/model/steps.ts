import type { Report, Segment } from '../../../diagnostics/schema/report.js';

// The six parts of a connection the user sees, and how probes and findings map onto them.

/** The steps, in path order from the user outwards. */
export const STEPS = ['computer', 'wifi', 'router', 'isp', 'vpn', 'citrix'] as const;
export type Step = (typeof STEPS)[number];

/** What the user sees of one step. */
export type StepState = 'waiting' | 'running' | 'ok' | 'warning' | 'problem' | 'skipped' | 'unclear';

/** The engine's probe status (report schema). */
export type ProbeStatus = Report['probes'][number]['status'];

/** A probe as the progress view knows it: running, or finished with a status. */
export type ProbeProgress = { readonly state: 'running' } | { readonly state: 'done'; readonly status: ProbeStatus };

const STEP_OF_PROBE: Readonly<Record<string, Step>> = {
  adapters: 'computer',
  'adapter-links': 'computer',
  power: 'computer',
  proxy: 'computer',
  wifi: 'wifi',
  'gateway-ping': 'router',
  'router-wan': 'router',
  path: 'isp',
  'isp-hop-ping': 'isp',
  'target-ping': 'isp',
  'dns-system': 'isp',
  'dns-public': 'isp',
  https: 'isp',
  'captive-portal': 'isp',
};

/** The step a probe belongs to; new probes fall under their prefix, else the internet step. */
export function stepOfProbe(id: string): Step {
  const known = STEP_OF_PROBE[id];
  if (known) return known;
  if (id.startsWith('vpn-')) return 'vpn';
  if (id.startsWith('citrix-')) return 'citrix';
  return 'isp';
}

const STEP_OF_SEGMENT: Readonly<Record<Segment, Step | null>> = {
  none: null,
  unknown: null,
  device: 'computer',
  wifi: 'wifi',
  'home-network': 'router',
  isp: 'isp',
  vpn: 'vpn',
  citrix: 'citrix',
};

/** The step that owns a verdict segment (none for `none` and `unknown`). */
export function stepOfSegment(segment: Segment): Step | null {
  return STEP_OF_SEGMENT[segment];
}

/**
 * The probes that actually reach the company's systems. Without company targets in the profile
 * they are skipped and only local facts are read (which VPN client is installed), and that does
 * not check the VPN or Citrix: the step then shows "not checked", not "fine".
 */
const REACHING_PROBES: Partial<Readonly<Record<Step, readonly string[]>>> = {
  vpn: ['vpn-gateway', 'vpn-internal'],
  citrix: ['citrix-storefront', 'citrix-session-hosts'],
};

/** A step's state from its probes alone, while the check runs. */
function fromProbes(step: Step, probes: ReadonlyMap<string, ProbeProgress>): StepState {
  if (probes.size === 0) return 'waiting';
  if ([...probes.values()].some((p) => p.state === 'running')) return 'running';
  const done = (id: string): ProbeStatus | undefined => {
    const p = probes.get(id);
    return p?.state === 'done' ? p.status : undefined;
  };
  const statuses = [...probes.keys()].flatMap((id) => done(id) ?? []);
  if (statuses.every((s) => s === 'skipped')) return 'skipped';
  const reaching = REACHING_PROBES[step];
  if (reaching && reaching.every((id) => done(id) === 'skipped')) return 'skipped';
  if (statuses.some((s) => s === 'fail' || s === 'error')) return 'unclear';
  if (statuses.some((s) => s === 'warn')) return 'warning';
  return 'ok';
}

/** Every step's state during a check, from the probes that started or finished so far. */
export function liveSteps(progress: ReadonlyMap<string, ProbeProgress>): Record<Step, StepState> {
  const byStep = new Map<Step, Map<string, ProbeProgress>>();
  for (const [id, p] of progress) {
    const step = stepOfProbe(id);
    byStep.set(step, (byStep.get(step) ?? new Map<string, ProbeProgress>()).set(id, p));
  }
  return Object.fromEntries(STEPS.map((s) => [s, fromProbes(s, byStep.get(s) ?? new Map())])) as Record<Step, StepState>;
}

/**
 * Every step's state in a finished report. Findings decide (they are the engine's reading); a
 * step whose probes failed without a finding of its own could not be checked (usually because an
 * earlier link is broken), which is "unclear", not "problem".
 */
export function reportSteps(report: Report): Record<Step, StepState> {
  const progress = new Map<string, ProbeProgress>(report.probes.map((p) => [p.id, { state: 'done', status: p.status }]));
  const steps = liveSteps(progress);
  for (const f of report.findings) {
    const step = stepOfSegment(f.segment);
    if (step === null) continue;
    if (f.severity === 'problem') steps[step] = 'problem';
    else if (f.severity === 'warning' && steps[step] !== 'problem') steps[step] = 'warning';
  }
  for (const s of STEPS) {
    // A warning from a probe without a finding is noise to the user: nothing to do about it.
    if (steps[s] === 'warning' && !report.findings.some((f) => stepOfSegment(f.segment) === s)) steps[s] = 'ok';
  }
  return steps;
}

/**
 * The steps of a check looked at afterwards (a bundle, a drop-out's snapshot). A step none of
 * whose probes ran (a home profile has no VPN or Citrix probes) would show "waiting" as during a
 * live check; afterwards it was not checked.
 */
export function finishedSteps(report: Report): Record<Step, StepState> {
  const steps = reportSteps(report);
  for (const s of STEPS) if (steps[s] === 'waiting' || steps[s] === 'running') steps[s] = 'skipped';
  return steps;
}
