import { z } from 'zod';

/**
 * What the user says they did before calling: restarted the router (and when), tested with a
 * network cable, tried a second device. The call script claims only what is confirmed here; the
 * rest it offers to do during the call. Confirmations belong to one check (see the store), so
 * yesterday's restart is never claimed about today's measurement.
 */
export const ispConfirmationsSchema = z.strictObject({
  /** Local time of the restart on the day of the check, `HH:MM` (24 h). */
  restartAt: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/).optional(),
  cable: z.boolean().optional(),
  secondDevice: z.boolean().optional(),
});
export type IspConfirmations = z.infer<typeof ispConfirmationsSchema>;

export const NO_CONFIRMATIONS: IspConfirmations = {};

/** The confirmations a sentence may lean on. */
export type ConfirmationId = 'restart' | 'cable' | 'secondDevice';

export function isConfirmed(c: IspConfirmations, id: ConfirmationId): boolean {
  return id === 'restart' ? c.restartAt !== undefined : c[id] === true;
}

/** A confirmation that cannot be used: a catalog key under `ispConfirm.errors` and its values. */
export interface ConfirmationError {
  readonly key: 'unknownItem' | 'restartTime' | 'badTime' | 'repeated' | 'empty' | 'restartAfterCheck';
  readonly vars: Readonly<Record<string, string>>;
}

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ConfirmationError };

const TIME = /^(\d{1,2})[:.](\d{2})$/;

/** `7:05`, `07:05` or `07.05` → `07:05`; null when it is not a time of day. */
export function normalTime(raw: string): string | null {
  const m = TIME.exec(raw.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h <= 23 && min <= 59 ? `${String(h).padStart(2, '0')}:${m[2]}` : null;
}

/**
 * Reads `--done restart=19:40,cable,second-device` (`none` confirms nothing and forgets earlier
 * ticks). Every item is checked; the first problem is named, nothing is half applied.
 */
export function parseDoneList(raw: string): Parsed<IspConfirmations> {
  const items = raw.split(',').map((s) => s.trim());
  if (raw.trim() === '' || items.some((s) => s === '')) return { ok: false, error: { key: 'empty', vars: { value: raw } } };
  if (items.length === 1 && items[0]!.toLowerCase() === 'none') return { ok: true, value: NO_CONFIRMATIONS };
  const out: { restartAt?: string; cable?: boolean; secondDevice?: boolean } = {};
  const seen = new Set<string>();
  for (const item of items) {
    const [name = '', value] = item.split('=', 2).map((s) => s.trim());
    const id = name.toLowerCase();
    if (seen.has(id)) return { ok: false, error: { key: 'repeated', vars: { item: name } } };
    seen.add(id);
    if (id === 'restart') {
      if (value === undefined || value === '') return { ok: false, error: { key: 'restartTime', vars: { item } } };
      const time = normalTime(value);
      if (time === null) return { ok: false, error: { key: 'badTime', vars: { value } } };
      out.restartAt = time;
    } else if ((id === 'cable' || id === 'second-device') && value === undefined) {
      if (id === 'cable') out.cable = true;
      else out.secondDevice = true;
    } else {
      return { ok: false, error: { key: 'unknownItem', vars: { item } } };
    }
  }
  return { ok: true, value: out };
}

/** Minutes since midnight of a date in a zone (the machine's when none is given). */
function localMinutes(at: Date, timeZone?: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', ...(timeZone ? { timeZone } : {}) }).formatToParts(at);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return part('hour') * 60 + part('minute');
}

/**
 * A restart helps the script only if it came before the measurement (the script says "the
 * figures were measured after that"): a restart time later than the check on its day is refused,
 * naming both times, so the user runs the check again instead.
 */
export function checkAgainst(c: IspConfirmations, checkedAt: Date, timeZone?: string): Parsed<IspConfirmations> {
  if (c.restartAt === undefined) return { ok: true, value: c };
  const [h, m] = c.restartAt.split(':').map(Number);
  const check = localMinutes(checkedAt, timeZone);
  if ((h ?? 0) * 60 + (m ?? 0) > check) {
    const hh = String(Math.floor(check / 60)).padStart(2, '0');
    const mm = String(check % 60).padStart(2, '0');
    return { ok: false, error: { key: 'restartAfterCheck', vars: { restart: c.restartAt, check: `${hh}:${mm}` } } };
  }
  return { ok: true, value: c };
}
