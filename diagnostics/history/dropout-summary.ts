import type { MonitorSegment } from '../monitor/types.js';
import { localSlots } from './local-time.js';
import type { StoredEvent } from './monitor-event-rows.js';

/** How far back the call kit looks for drop-outs ("in the last 7 days"). */
export const DROPOUT_KIT_DAYS = 7;
/** How far back a clean check looks for drop-outs ("in the last hour"). */
export const RECENT_DROPOUT_MS = 3_600_000;
/** The local hours a rhythm is looked for in: a window this wide, e.g. 19:00–22:00. */
const WINDOW_HOURS = 3;

/** The drop-outs of one segment over some days, as the call kit cites them: every figure counted from stored events. */
export interface DropoutSummary {
  readonly segment: MonitorSegment;
  readonly days: number;
  readonly count: number;
  readonly minSeconds: number;
  readonly maxSeconds: number;
  /** The local hours most of them began in, when at least 3 and half of them did; else null. */
  readonly window: { readonly fromHour: number; readonly toHour: number; readonly count: number } | null;
  /** In how many the provider's first router was silent too; null when no event knew the hop (or not isp). */
  readonly hopSilent: number | null;
}

const secondsOf = (e: StoredEvent): number => Math.round((e.end - e.start) / 1000);

function busiestWindow(events: readonly StoredEvent[], timeZone?: string): DropoutSummary['window'] {
  const slot = localSlots(timeZone);
  const hours = events.map((e) => slot(new Date(e.start)).hour);
  let best: DropoutSummary['window'] = null;
  for (let from = 0; from < 24; from++) {
    const count = hours.filter((h) => (h - from + 24) % 24 < WINDOW_HOURS).length;
    if (count >= 3 && count * 2 >= events.length && (best === null || count > best.count)) best = { fromHour: from, toHour: (from + WINDOW_HOURS) % 24, count };
  }
  return best;
}

/** The drop-outs of `segment` that began in the `days` before `now`; null when there were none. */
export function summarizeDropouts(
  events: readonly StoredEvent[],
  o: { readonly segment: MonitorSegment; readonly now: Date; readonly days: number; readonly timeZone?: string },
): DropoutSummary | null {
  const from = o.now.getTime() - o.days * 86_400_000;
  const mine = events.filter((e) => e.kind === 'dropout' && e.segment === o.segment && e.start >= from && e.start <= o.now.getTime());
  if (mine.length === 0) return null;
  const secs = mine.map(secondsOf);
  const known = mine.filter((e) => e.providerHopSilent !== null);
  return {
    segment: o.segment,
    days: o.days,
    count: mine.length,
    minSeconds: Math.min(...secs),
    maxSeconds: Math.max(...secs),
    window: busiestWindow(mine, o.timeZone),
    hopSilent: o.segment === 'isp' && known.length > 0 ? known.filter((e) => e.providerHopSilent === true).length : null,
  };
}

/** The drop-outs (any segment) that began in the last hour before `now`, oldest first. */
export function recentDropouts(events: readonly StoredEvent[], now: Date): StoredEvent[] {
  const from = now.getTime() - RECENT_DROPOUT_MS;
  return events.filter((e) => e.kind === 'dropout' && e.start >= from && e.start <= now.getTime()).sort((a, b) => a.start - b.start);
}
