/**
 * A GVariant string as `gsettings get` prints it ('manual', "it's"), unquoted; null for
 * anything else (an error message, a number). Never throws.
 */
export function parseGsettingsString(stdout: string): string | null {
  const t = stdout.trim();
  if (t.length < 2 || t.length > 2000) return null;
  const q = t[0];
  if ((q !== "'" && q !== '"') || t[t.length - 1] !== q) return null;
  return t.slice(1, -1).replace(/\\(.)/g, '$1');
}

/** A GVariant integer ("8080", "int32 8080"), or null. */
export function parseGsettingsInt(stdout: string): number | null {
  const m = /^(?:u?int(?:16|32|64)\s+)?(-?\d{1,10})$/.exec(stdout.trim());
  return m ? Number(m[1]) : null;
}

/** A GVariant string array (['localhost', '127.0.0.0/8'], "@as []"), or null. */
export function parseGsettingsStrv(stdout: string): string[] | null {
  const t = stdout.trim().replace(/^@as\s+/, '');
  if (t.length > 20_000 || !t.startsWith('[') || !t.endsWith(']')) return null;
  const items: string[] = [];
  const item = /'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g;
  for (const m of t.slice(1, -1).matchAll(item)) items.push((m[1] ?? m[2] ?? '').replace(/\\(.)/g, '$1'));
  return items;
}
