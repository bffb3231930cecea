import { intProp, powershellObjects, stringProp } from '../powershell.js';

/** One row of `Get-NetAdapter | Select-Object Name,InterfaceDescription,Status,ifIndex`. */
export interface NetAdapterRow {
  readonly name: string;
  readonly description: string | null;
  /** "Up", "Disconnected", "Disabled", "Not Present"… (the same words in every display language). */
  readonly status: string | null;
  readonly ifIndex: number | null;
}

/** Reads the Get-NetAdapter JSON; null when the output is not JSON at all (PowerShell failed). */
export function parseNetAdapterJson(stdout: string): readonly NetAdapterRow[] | null {
  const rows = powershellObjects(stdout);
  if (rows === null) return null;
  const adapters: NetAdapterRow[] = [];
  for (const row of rows) {
    const name = stringProp(row, 'Name');
    if (name === null) continue;
    adapters.push({
      name,
      description: stringProp(row, 'InterfaceDescription'),
      status: stringProp(row, 'Status'),
      ifIndex: intProp(row, 'ifIndex'),
    });
  }
  return adapters;
}
