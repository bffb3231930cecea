import { localSlots } from '../history/local-time.js';

/** The hour of the day and the weekday of a moment, in a given time zone (stats group by them). */

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * A reader of (hour, weekday) for one time zone, on history's slot reader so both count the same
 * hours; throws a RangeError for an unknown zone name.
 */
export function timeSlotReader(timeZone: string): (iso: string) => { hour: number; weekday: Weekday } | null {
  const slotOf = localSlots(timeZone);
  return (iso) => {
    const ms = Date.parse(iso);
    if (Number.isNaN(ms)) return null;
    const slot = slotOf(new Date(ms));
    // History counts weekdays from Sunday (0); the stats list them from Monday.
    const weekday = WEEKDAYS[(slot.weekday + 6) % 7];
    return weekday && slot.weekday >= 0 ? { hour: slot.hour, weekday } : null;
  };
}

/** Whether the runtime knows the time zone name. */
export function isTimeZone(name: string): boolean {
  try {
    timeSlotReader(name);
    return true;
  } catch {
    return false;
  }
}

/** The time zone this machine runs in (stats default to it: a help desk reads its own clock). */
export const localTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';
