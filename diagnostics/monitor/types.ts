/** The part of the connection a monitor event is blamed on: the first part that stopped answering. */
export type MonitorSegment = 'home' | 'isp' | 'vpn';

/** The order blame is given in: a silent router explains a silent internet, not the other way round. */
export const SEGMENT_ORDER: readonly MonitorSegment[] = ['home', 'isp', 'vpn'];

/** What a monitored target stands for. */
export type TargetRole = 'router' | 'provider-hop' | 'internet' | 'vpn-gateway' | 'vpn-internal';

/** One address the monitor probes about once a second. */
export interface MonitorTarget {
  /** Stable id within one monitor run (role plus index), used in figures. */
  readonly id: string;
  readonly role: TargetRole;
  readonly host: string;
  /** 'icmp' echoes through one long-running ping; 'tcp' a connect to `port` from Node. */
  readonly method: 'icmp' | 'tcp';
  readonly port?: number;
}

/** What became of one probe: answered (with its round trip) or not. */
export interface ProbeOutcome {
  readonly targetId: string;
  /** When the probe was sent (ms since the epoch). */
  readonly sentAt: number;
  /** Round trip in ms; null when no answer came within the reply timeout. */
  readonly rttMs: number | null;
}

/** A drop-out (a segment answered nothing for ≥ 2 s) or a bad spell (loss or delay over a threshold). */
export interface MonitorEvent {
  readonly kind: 'dropout' | 'bad-spell';
  readonly segment: MonitorSegment;
  /** ms since the epoch. */
  readonly start: number;
  /** ms since the epoch; null while it lasts. */
  readonly end: number | null;
  /** The targets that were silent or bad (ids), e.g. both internet targets while the router answered. */
  readonly targets: readonly string[];
  /** Loss over the event (bad spells: the worst window), 0–100. */
  readonly lossPct: number;
  /** Worst median round trip seen in a window of the spell, ms; null for drop-outs. */
  readonly medianRttMs: number | null;
  /** For a provider drop-out: did the provider's first hop stop answering too (null: no hop known)? */
  readonly providerHopSilent: boolean | null;
}

/** A monitor event's duration in seconds, or null while it lasts. */
export function eventSeconds(e: MonitorEvent): number | null {
  return e.end === null ? null : (e.end - e.start) / 1000;
}
