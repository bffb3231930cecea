import { powershellObjects } from '../powershell.js';

/** Windows' NetworkCostType: 0 unknown, 1 unrestricted, 2 fixed (a data cap), 3 variable (paid per byte). */
const COST: Readonly<Record<number, boolean | null>> = { 0: null, 1: false, 2: true, 3: true };

/**
 * The connection-cost JSON of `windowsConnectionCostCommand`. 'no-profile' for empty output
 * (Windows has no internet connection profile); undefined when the text is not that JSON.
 * Roaming or over the data limit counts as metered whatever the cost type, as Microsoft's
 * guidance for metered connections says.
 */
export function parseWindowsConnectionCost(stdout: string): { metered: boolean | null; raw: string } | 'no-profile' | undefined {
  const rows = powershellObjects(stdout);
  if (rows === null || rows.length > 1) return undefined;
  const row = rows[0];
  if (row === undefined) return 'no-profile';
  const cost = row['NetworkCostType'];
  if (typeof cost !== 'number' || !(cost in COST)) return undefined;
  const flagged = row['Roaming'] === true || row['OverDataLimit'] === true;
  const raw = `NetworkCostType=${cost}${row['Roaming'] === true ? ', roaming' : ''}${row['OverDataLimit'] === true ? ', over data limit' : ''}`;
  return { metered: flagged ? true : COST[cost]!, raw };
}
