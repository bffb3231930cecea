/**
 * `reg query` output, read by its structure: the one reader for every registry query the engine
 * makes (Citrix Workspace's version, the proxy's Internet Settings, the managed policy).
 *
 * reg.exe prints each key as an unindented line ("HKEY_LOCAL_MACHINE\…", or an abbreviated root),
 * then each value indented by four spaces, with four spaces between name, REG_ type and data:
 *   "    Version    REG_SZ    24.2.1000.1016". Names may hold single spaces ("User Agent").
 * The layout and the REG_* type names are the same in every Windows display language; everything
 * else reg.exe prints ("End of search", "Ende der Suche", "FEHLER: …") is localized chatter and is
 * skipped, so no word is ever read. Empty data may lose its last separator.
 * Known to read: Windows 7 through 11 (en, de, sv recorded outputs).
 */

/** One value line, with the key it was listed under (null before any key line). */
export interface RegValue {
  readonly key: string | null;
  readonly name: string;
  /** REG_SZ, REG_DWORD…: never localized. */
  readonly type: string;
  /** The data as printed (REG_DWORD as "0x1", REG_MULTI_SZ joined with a literal "\0"). */
  readonly data: string;
}

const KEY_LINE = /^(HKEY_[A-Z_]+|HK(?:LM|CU|CR|U|CC))(\\.*)?$/;
// The name starts and ends with a non-space, so a line of blanks fails at once instead of trying
// every split of it. `s`: data may hold U+2028 and other characters `.` would otherwise stop at.
const VALUE_LINE = /^ {4}(\S(?:.*?\S)?) {4}(REG_[A-Z0-9_]+)(?: {4}(.*))?$/s;
/** Real value lines are short; a longer one is garbage and is skipped unread. */
const MAX_LINE = 4000;

/** Every value `reg query` listed. Empty for an error, other text or nothing. Pure; never throws. */
export function parseRegQuery(stdout: string): RegValue[] {
  const values: RegValue[] = [];
  if (typeof stdout !== 'string') return values;
  let key: string | null = null;
  for (const line of stdout.split(/\r?\n|\r/)) {
    if (line.length > MAX_LINE) continue;
    if (KEY_LINE.test(line.trimEnd())) {
      key = line.trimEnd();
      continue;
    }
    if (!line.includes('REG_')) continue;
    const v = VALUE_LINE.exec(line);
    if (v?.[1] !== undefined && v[2] !== undefined) values.push({ key, name: v[1], type: v[2], data: v[3] ?? '' });
  }
  return values;
}

/** The values listed under the first key only (a `/s` listing's subkeys follow it). */
export function firstKeyValues(values: readonly RegValue[]): RegValue[] {
  const first = values[0]?.key;
  return values.filter((v) => v.key === first);
}

/** The value of that name (names are case-insensitive in the registry), if listed. */
export function findRegValue(values: readonly RegValue[], name: string): RegValue | undefined {
  const want = name.toLowerCase();
  return values.find((v) => v.name.toLowerCase() === want);
}

/** A REG_DWORD's number ("0x1"), or null when absent or not a DWORD. */
export function regDword(values: readonly RegValue[], name: string): number | null {
  const v = findRegValue(values, name);
  if (v === undefined || v.type !== 'REG_DWORD' || !/^0x[0-9a-f]{1,8}$/i.test(v.data.trim())) return null;
  return Number.parseInt(v.data.trim().slice(2), 16);
}

/** A REG_SZ / REG_EXPAND_SZ string, or null when absent or empty. */
export function regString(values: readonly RegValue[], name: string): string | null {
  const v = findRegValue(values, name);
  if (v === undefined || (v.type !== 'REG_SZ' && v.type !== 'REG_EXPAND_SZ')) return null;
  const s = v.data.trim();
  return s === '' ? null : s;
}
