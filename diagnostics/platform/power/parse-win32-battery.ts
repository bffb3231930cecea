import { intProp, powershellObjects } from '../powershell.js';

/** What Win32_Battery says; `present` false when the machine has no battery. */
export interface Win32Battery {
  readonly read: boolean;
  readonly present: boolean;
  readonly onBattery: boolean | null;
  readonly percent: number | null;
}

// BatteryStatus: 1 discharging, 4 low, 5 critical (all on battery); 2 on AC, 3 fully charged and
// 6–9 charging (all on mains); 10 undefined and 11 partially charged say nothing about the source.
const ON_BATTERY = new Set([1, 4, 5]);
const ON_MAINS = new Set([2, 3, 6, 7, 8, 9]);

/**
 * Reads the ConvertTo-Json output of Win32_Battery: empty output is "no battery"; with several
 * batteries, any discharging one means on battery and the charge is their mean. Never throws.
 */
export function parseWin32Battery(stdout: string): Win32Battery {
  const rows = powershellObjects(stdout);
  if (rows === null) return { read: false, present: false, onBattery: null, percent: null };
  if (rows.length === 0) return { read: true, present: false, onBattery: false, percent: null };
  const statuses = rows.map((r) => intProp(r, 'BatteryStatus'));
  const onBattery = statuses.some((s) => s !== null && ON_BATTERY.has(s))
    ? true
    : statuses.some((s) => s !== null && ON_MAINS.has(s))
      ? false
      : null;
  const charges = rows.map((r) => intProp(r, 'EstimatedChargeRemaining')).filter((c): c is number => c !== null && c >= 0 && c <= 100);
  const percent = charges.length === 0 ? null : Math.round(charges.reduce((a, b) => a + b, 0) / charges.length);
  return { read: true, present: true, onBattery, percent };
}
