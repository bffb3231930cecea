import type { CommandSpec } from './command.js';

/**
 * A PowerShell script as a command: no profile, no prompts. Scripts are fixed text or carry only
 * validated literals; their output is JSON, the same in every display language.
 */
export function powershellCommand(script: string, timeoutMs = 8000): CommandSpec {
  return { cmd: 'powershell.exe', args: ['-NoProfile', '-NonInteractive', '-Command', script], timeoutMs };
}

/**
 * The objects of a `ConvertTo-Json` output: PowerShell prints one object bare, several as an
 * array, and nothing at all for an empty pipeline. Returns null when the text is not JSON (an
 * error message, a truncated run), [] for empty output. Never throws.
 */
export function powershellObjects(stdout: string): readonly Record<string, unknown>[] | null {
  // Windows PowerShell 5.1 may lead with a byte-order mark when its output is redirected.
  const text = stdout.replace(/^\uFEFF/, '').trim();
  if (text === '') return [];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const rows: unknown[] = Array.isArray(json) ? json : [json];
  return rows.filter((r): r is Record<string, unknown> => typeof r === 'object' && r !== null && !Array.isArray(r));
}

/** A non-empty string property, or null. */
export function stringProp(row: Record<string, unknown>, key: string): string | null {
  const v = row[key];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

/** An integer property (PowerShell prints ifIndex as a number), or null. */
export function intProp(row: Record<string, unknown>, key: string): number | null {
  const v = row[key];
  return typeof v === 'number' && Number.isInteger(v) ? v : null;
}
