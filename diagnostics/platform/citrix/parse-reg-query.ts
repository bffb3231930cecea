/** One value line of `reg query` output, with the key it was listed under. */
export interface RegValue {
  readonly key: string | null;
  readonly name: string;
  /** REG_SZ, REG_DWORD…: never localized. */
  readonly type: string;
  readonly data: string;
}

// reg.exe prints the key as an unindented line, then each value indented by four spaces:
//   "    Version    REG_SZ    24.2.1000.1016". The layout and the REG_* type names are the same in
// every Windows language, so this reads structure only. Empty data may lose its last separator.
const KEY_LINE = /^(HKEY_[A-Z_]+|HK(?:LM|CU|CR|U|CC))(\\.*)?$/;
// The name starts and ends with a non-space, so a line of blanks fails at once instead of trying
// every split of it (`.+?` between two `\s{2,}` was cubic on a long run of spaces).
const VALUE_LINE = /^\s{2,}(\S(?:.*?\S)?)\s{2,}(REG_[A-Z0-9_]+)(?:\s+(.*?))?\s*$/;
/** Real value lines are short; a longer one is garbage and is skipped unread. */
const MAX_LINE = 4000;

/** Every value `reg query` listed. Empty for an error, other text or nothing. Pure; never throws. */
export function parseRegQuery(stdout: string): RegValue[] {
  const values: RegValue[] = [];
  if (typeof stdout !== 'string') return values;
  let key: string | null = null;
  for (const line of stdout.split(/\r?\n/)) {
    const k = KEY_LINE.exec(line.trimEnd());
    if (k) {
      key = line.trimEnd();
      continue;
    }
    if (line.length > MAX_LINE || !line.includes('REG_')) continue;
    const v = VALUE_LINE.exec(line);
    if (v?.[1] !== undefined && v[2] !== undefined) values.push({ key, name: v[1], type: v[2], data: v[3] ?? '' });
  }
  return values;
}

/** The value of that name (names are case-insensitive in the registry), if listed. */
export function findRegValue(values: readonly RegValue[], name: string): RegValue | undefined {
  const want = name.toLowerCase();
  return values.find((v) => v.name.toLowerCase() === want);
}
