import type { PauseReason } from '../../diagnostics/monitor/run-monitor.js';

/** What the tray and the timeline page show about the monitor right now. */
export interface MonitorState {
  /** 'off': settings or policy turned it off; 'starting': finding the router and targets; 'unavailable': no target found. */
  readonly status: 'off' | 'starting' | 'watching' | 'paused' | 'unavailable';
  readonly paused: PauseReason | null;
  /** When this watch began (ms), null while off. */
  readonly since: number | null;
  /** Drop-outs going on right now. */
  readonly dropoutsNow: number;
}

export const MONITOR_OFF: MonitorState = { status: 'off', paused: null, since: null, dropoutsNow: 0 };
