import type { TimelineEvent } from '../../../electron/ipc/contract.js';

/** The parts of the connection an event is blamed on, in the order the bars stack them. */
export const TIMELINE_SEGMENTS = ['home', 'isp', 'vpn'] as const;
export type TimelineSegment = (typeof TIMELINE_SEGMENTS)[number];

/** One bar of the timeline: an hour (24-hour view) or a day (7-day view). */
export interface DropoutSlot {
  /** Start of the slot, ms since the epoch (local hour or local midnight). */
  readonly from: number;
  readonly count: number;
  /** Seconds of drop-outs and bad spells that began in the slot. */
  readonly seconds: number;
  readonly bySegment: Readonly<Record<TimelineSegment, number>>;
}

const HOUR = 3_600_000;

/** The start of the local hour or local day that holds `t`. */
function slotStart(t: number, unit: 'hour' | 'day'): number {
  const d = new Date(t);
  if (unit === 'hour') d.setMinutes(0, 0, 0);
  else d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/** The slot after `from`; by the calendar for days, so a daylight-saving day is one slot too. */
function nextSlot(from: number, unit: 'hour' | 'day'): number {
  if (unit === 'hour') return from + HOUR;
  const d = new Date(from);
  d.setDate(d.getDate() + 1);
  return d.getTime();
}

/**
 * The events of the last `days` (1 or 7) as bars: 24 hours or 7 days, oldest first, ending with
 * the slot that holds `now`. Each event counts in the slot it began in; empty slots stay, so a
 * quiet evening shows as quiet rather than missing.
 */
export function dropoutSlots(events: readonly TimelineEvent[], days: 1 | 7, now: number): DropoutSlot[] {
  const unit = days === 1 ? 'hour' : 'day';
  const count = days === 1 ? 24 : 7;
  let from = slotStart(now, unit);
  const starts: number[] = [from];
  for (let i = 1; i < count; i++) {
    const d = new Date(from);
    if (unit === 'hour') from -= HOUR;
    else {
      d.setDate(d.getDate() - 1);
      from = d.getTime();
    }
    starts.unshift(from);
  }
  return starts.map((s) => {
    const end = nextSlot(s, unit);
    const inSlot = events.filter((e) => {
      const t = Date.parse(e.start);
      return t >= s && t < end;
    });
    const bySegment = { home: 0, isp: 0, vpn: 0 };
    for (const e of inSlot) bySegment[e.segment]++;
    return { from: s, count: inSlot.length, seconds: inSlot.reduce((a, e) => a + e.seconds, 0), bySegment };
  });
}
