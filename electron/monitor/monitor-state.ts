import type { DiscoveredTargets, DiscoveryNote } from '../../diagnostics/monitor/discover-targets.js';
import type { PauseReason } from '../../diagnostics/monitor/run-monitor.js';

/** What the monitor found it cannot watch, or watches another way (as `homeline monitor` says on stderr). */
export interface MonitorNote {
  readonly id: DiscoveryNote;
  /** For ping-unusable: why ping could not be used, as the engine words it (naming the tool). */
  readonly reason?: string;
}

/** What the tray and the timeline page show about the monitor right now. */
export interface MonitorState {
  /** 'off': settings or policy turned it off; 'starting': finding the router and targets; 'unavailable': no target found. */
  readonly status: 'off' | 'starting' | 'watching' | 'paused' | 'unavailable';
  readonly paused: PauseReason | null;
  /** When this watch began (ms), null while off. */
  readonly since: number | null;
  /** Drop-outs going on right now. */
  readonly dropoutsNow: number;
  /** What target discovery said for this watch (no gateway, ping unusable → TCP…); absent when nothing. */
  readonly notes?: readonly MonitorNote[];
}

export const MONITOR_OFF: MonitorState = { status: 'off', paused: null, since: null, dropoutsNow: 0 };

/** The longest reason carried to the page (the IPC contract refuses longer ones). */
const REASON_MAX = 400;

/** The discovery's notes as the state carries them: ping-unusable with its reason. */
export function monitorNotes(found: Pick<DiscoveredTargets, 'notes' | 'pingFailure'>): MonitorNote[] {
  const reason = found.pingFailure === undefined ? undefined : found.pingFailure.length > REASON_MAX ? `${found.pingFailure.slice(0, REASON_MAX)}…` : found.pingFailure;
  return found.notes.map((id) => (id === 'ping-unusable' && reason !== undefined ? { id, reason } : { id }));
}
