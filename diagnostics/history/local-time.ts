/** Where a moment falls in the user's day and week: what patterns are counted in. */
export interface LocalSlot {
  /** The local calendar date, `YYYY-MM-DD`: one "evening" is one date. */
  readonly date: string;
  readonly hour: number;
  /** 0 = Sunday … 6 = Saturday. */
  readonly weekday: number;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** A reader of local slots for one time zone (undefined: this machine's). */
export function localSlots(timeZone?: string): (d: Date) => LocalSlot {
  const fmt = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    weekday: 'short',
    hourCycle: 'h23',
  });
  return (d) => {
    const p = Object.fromEntries(fmt.formatToParts(d).map((x) => [x.type, x.value]));
    return { date: `${p.year}-${p.month}-${p.day}`, hour: Number(p.hour) % 24, weekday: WEEKDAYS.indexOf(String(p.weekday)) };
  };
}
