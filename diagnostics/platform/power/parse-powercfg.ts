/** The kind of Windows power scheme, known by its built-in GUID. */
export type PowerScheme = 'power-saver' | 'balanced' | 'high-performance' | 'other';

/** The active scheme as `powercfg /getactivescheme` printed it. */
export interface ActiveScheme {
  readonly guid: string | null;
  readonly scheme: PowerScheme | null;
  /** The name in parentheses, in the display language; informational only. */
  readonly name: string | null;
}

/** The built-in schemes' GUIDs, the same in every language. */
export const SCHEME_GUIDS: Readonly<Record<string, PowerScheme>> = {
  'a1841308-3541-4fab-bc81-f71556f20b4a': 'power-saver',
  '381b4222-f694-41f0-9685-ff5bb260df2e': 'balanced',
  '8c5e7fda-e8bf-4a96-9a85-a6e23a8c635c': 'high-performance',
};

const GUID_LINE = /:\s*([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:\s+\(([^()]{0,200})\))?/i;

/**
 * Reads the first GUID of the output (the label before it is localized: "Power Scheme GUID",
 * "GUID des Energieschemas"). A custom scheme is 'other'. Never throws.
 */
export function parseActiveScheme(stdout: string): ActiveScheme {
  for (const line of stdout.split(/\r?\n|\r/)) {
    if (line.length > 1000) continue;
    const m = GUID_LINE.exec(line);
    if (!m) continue;
    const guid = m[1]!.toLowerCase();
    return { guid, scheme: SCHEME_GUIDS[guid] ?? 'other', name: m[2]?.trim() || null };
  }
  return { guid: null, scheme: null, name: null };
}

/** One power setting's current index on mains (AC) and on battery (DC). */
export interface SettingIndexes {
  readonly ac: number | null;
  readonly dc: number | null;
}

/**
 * Reads `powercfg /query` for one setting: the "Current AC …" and "Current DC … Index" lines are
 * localized, so they are found by shape (a label ending in ": 0x" and eight hex digits), AC first.
 * Never throws.
 */
export function parseSettingIndexes(stdout: string): SettingIndexes {
  const found: number[] = [];
  for (const line of stdout.split(/\r?\n|\r/)) {
    if (line.length > 1000) continue;
    const m = /:\s*0x([0-9a-f]{8})\s*$/i.exec(line);
    if (m) found.push(Number.parseInt(m[1]!, 16));
  }
  // Only a pair is trustworthy: one lone index could be either.
  return found.length === 2 ? { ac: found[0]!, dc: found[1]! } : { ac: null, dc: null };
}
