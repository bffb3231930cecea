import { intProp, powershellObjects, stringProp } from '../powershell.js';
import { mediaConnectedOf, mediumOf, operStatusOf, type AdapterMedium, type OperStatus } from './cim-enums.js';

// Reads `Get-NetAdapter` JSON (queries.ts NET_ADAPTER, or a plain `Get-NetAdapter | ConvertTo-Json`)
// by CIM property names and numeric enums, so a French or Polish Windows reads the same as an
// English one. Display strings (Status, LinkSpeed, MediaConnectionState) are not read.
// Known to read: Windows 10 and 11, Windows PowerShell 5.1 (two-space JSON) and PowerShell 7.

/** One adapter as the CIM data says it. */
export interface CimAdapter {
  readonly name: string;
  readonly description: string | null;
  readonly index: number | null;
  readonly mac: string | null;
  readonly operStatus: OperStatus | null;
  /** Cable in / Wi-Fi joined; null when Windows does not know. */
  readonly mediaConnected: boolean | null;
  readonly medium: AdapterMedium | null;
  readonly virtual: boolean | null;
  /** Receive link speed in bit/s; null when not given (0 is kept: a disconnected adapter). */
  readonly linkSpeedBps: number | null;
}

const boolProp = (row: Record<string, unknown>, key: string): boolean | null => (typeof row[key] === 'boolean' ? (row[key] as boolean) : null);

/** The adapters in the JSON; null when the output is not JSON (PowerShell missing or failed). */
export function parseNetAdapterCim(stdout: string): readonly CimAdapter[] | null {
  const rows = powershellObjects(stdout);
  if (rows === null) return null;
  const adapters: CimAdapter[] = [];
  for (const row of rows) {
    const name = stringProp(row, 'Name') ?? stringProp(row, 'InterfaceAlias');
    if (name === null) continue;
    const speed = row.ReceiveLinkSpeed;
    adapters.push({
      name,
      description: stringProp(row, 'InterfaceDescription'),
      index: intProp(row, 'InterfaceIndex') ?? intProp(row, 'ifIndex'),
      mac: stringProp(row, 'MacAddress'),
      operStatus: operStatusOf(row.ifOperStatus ?? row.InterfaceOperationalStatus),
      mediaConnected: mediaConnectedOf(row.MediaConnectState),
      medium: mediumOf(row.NdisPhysicalMedium, row.InterfaceType),
      virtual: boolProp(row, 'Virtual'),
      linkSpeedBps: typeof speed === 'number' && Number.isFinite(speed) && speed >= 0 ? speed : null,
    });
  }
  return adapters;
}
