/**
 * Reads `iw dev <if> get power_save` ("Power save: on"). Null for anything else (an error, a
 * driver that does not support it). Never throws.
 */
export function parseIwPowerSave(stdout: string): boolean | null {
  const m = /power save:\s*(on|off)\b/i.exec(stdout.length > 10_000 ? '' : stdout);
  return m ? m[1]!.toLowerCase() === 'on' : null;
}

/** Reads `powerprofilesctl get`: true for power-saver, false for balanced or performance, else null. */
export function parsePowerProfile(stdout: string): boolean | null {
  const t = stdout.trim();
  if (t === 'power-saver') return true;
  return t === 'balanced' || t === 'performance' ? false : null;
}
