/** The power source and charge as `pmset -g batt` printed them. */
export interface PmsetBatt {
  readonly source: 'battery' | 'ac' | 'ups' | null;
  readonly percent: number | null;
  readonly hasBattery: boolean;
}

/**
 * Reads "Now drawing from 'Battery Power'" and " -InternalBattery-0 (id=…)	85%; discharging; …".
 * A desktop Mac prints only the first line. Never throws.
 */
export function parsePmsetBatt(stdout: string): PmsetBatt {
  let source: PmsetBatt['source'] = null;
  let percent: number | null = null;
  let hasBattery = false;
  for (const line of stdout.split(/\r?\n|\r/)) {
    if (line.length > 1000) continue;
    const from = /drawing from '([^']*)'/i.exec(line);
    if (from) {
      const s = from[1]!.toLowerCase();
      source = s.startsWith('battery') ? 'battery' : s.startsWith('ac') ? 'ac' : s.startsWith('ups') ? 'ups' : null;
      continue;
    }
    const batt = /^\s*-InternalBattery-\d+\b.*?\s(\d{1,3})%/.exec(line);
    if (batt && percent === null) {
      hasBattery = true;
      const p = Number(batt[1]);
      if (p <= 100) percent = p;
    }
  }
  return { source, percent, hasBattery };
}

/**
 * Reads Low Power Mode from `pmset -g`: "lowpowermode 1", or on Macs with a High Power Mode
 * "powermode 1" (0 automatic, 1 low power, 2 high power). Null when neither is listed. Never throws.
 */
export function parsePmsetLowPower(stdout: string): boolean | null {
  let powermode: boolean | null = null;
  for (const line of stdout.split(/\r?\n|\r/)) {
    if (line.length > 1000) continue;
    const m = /^\s*(lowpowermode|powermode)\s+(\d+)\b/.exec(line);
    if (!m) continue;
    // lowpowermode is the direct answer; it wins over powermode wherever both appear.
    if (m[1] === 'lowpowermode') return m[2] === '1';
    powermode = m[2] === '1';
  }
  return powermode;
}
