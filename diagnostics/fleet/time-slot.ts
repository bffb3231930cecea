/** The hour of the day and the weekday of a moment, in a given time zone (stats group by them). */

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A reader of (hour, weekday) for one time zone; throws a RangeError for an unknown zone name. */
export function timeSlotReader(timeZone: string): (iso: string) => { hour: number; weekday: Weekday } | null {
  const fmt = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', hour: '2-digit', weekday: 'short' });
  return (iso) => {
    const ms = Date.parse(iso);
    if (Number.isNaN(ms)) return null;
    let hour = -1;
    let weekday: Weekday | undefined;
    for (const p of fmt.formatToParts(ms)) {
      if (p.type === 'hour') hour = Number(p.value) % 24;
      else if (p.type === 'weekday') weekday = WEEKDAYS.find((w) => p.value.toLowerCase().startsWith(w));
    }
    return hour >= 0 && weekday ? { hour, weekday } : null;
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
