/** One value line of `reg query`: name, REG_ type and data as printed. */
export interface RegValue {
  readonly name: string;
  readonly type: string;
  readonly data: string;
}

const MAX_LINE = 4000;
// Value lines are "    Name    REG_TYPE    Data" with exactly four spaces as separators; names
// may contain single spaces ("User Agent"). These lines are the same in every display language.
const VALUE = /^ {4}(\S(?:.*?\S)?) {4}(REG_[A-Z_]+)(?: {4}(.*))?$/;

/**
 * The values of the first key that `reg query` listed (subkeys that follow it are not read).
 * An error message (localized, e.g. "FEHLER: …") gives an empty list. Never throws.
 */
export function parseRegQuery(stdout: string): RegValue[] {
  const values: RegValue[] = [];
  let keysSeen = 0;
  for (const raw of stdout.split(/\r?\n|\r/)) {
    if (raw.length > MAX_LINE) continue;
    if (/^HKEY_/i.test(raw)) {
      keysSeen++;
      if (keysSeen > 1) break;
      continue;
    }
    const m = VALUE.exec(raw);
    if (m) values.push({ name: m[1]!, type: m[2]!, data: (m[3] ?? '').trimEnd() });
  }
  return values;
}

/** A value by name, case-insensitively as the registry compares names; null when absent. */
export function regValue(values: readonly RegValue[], name: string): RegValue | null {
  const lower = name.toLowerCase();
  return values.find((v) => v.name.toLowerCase() === lower) ?? null;
}

/** A REG_DWORD's number ("0x1"), or null when absent or not a DWORD. */
export function regDword(values: readonly RegValue[], name: string): number | null {
  const v = regValue(values, name);
  if (v === null || v.type !== 'REG_DWORD' || !/^0x[0-9a-f]{1,8}$/i.test(v.data)) return null;
  return Number.parseInt(v.data.slice(2), 16);
}

/** A REG_SZ / REG_EXPAND_SZ string, or null when absent or empty. */
export function regString(values: readonly RegValue[], name: string): string | null {
  const v = regValue(values, name);
  if (v === null || (v.type !== 'REG_SZ' && v.type !== 'REG_EXPAND_SZ')) return null;
  const s = v.data.trim();
  return s === '' ? null : s;
}
