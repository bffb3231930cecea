/** The files of one /sys/class/power_supply/<name>/ entry that say where power comes from. */
export interface PowerSupply {
  readonly name: string;
  /** "Mains", "Battery", "USB", "UPS", "Wireless" as the kernel writes them; null if unreadable. */
  readonly type: string | null;
  /** "System" or "Device" (a mouse's battery); null when the driver has no scope file. */
  readonly scope: string | null;
  readonly online: string | null;
  readonly status: string | null;
  readonly capacity: string | null;
}

/** Reads a file's text, rejecting when it is absent (as fs.promises.readFile does). Injected so tests need no /sys. */
export type ReadTextFile = (path: string) => Promise<string>;
/** The entry names of a directory. Injected so tests need no /sys. */
export type ListDir = (path: string) => Promise<readonly string[]>;

/** Where the kernel lists power supplies. */
export const POWER_SUPPLY_DIR = '/sys/class/power_supply';

async function readOrNull(readFile: ReadTextFile, path: string): Promise<string | null> {
  try {
    const t = (await readFile(path)).trim();
    return t === '' || t.length > 200 ? null : t;
  } catch {
    return null; // the file does not exist for this kind of supply
  }
}

/** Reads every supply's type, scope, online, status and capacity files. Null when the directory is unreadable. */
export async function readPowerSupplies(listDir: ListDir, readFile: ReadTextFile): Promise<PowerSupply[] | null> {
  let names: readonly string[];
  try {
    names = await listDir(POWER_SUPPLY_DIR);
  } catch {
    return null;
  }
  const safe = names.filter((n) => /^[^/\0]{1,100}$/.test(n) && n !== '.' && n !== '..');
  return Promise.all(
    safe.map(async (name) => {
      const f = (file: string): Promise<string | null> => readOrNull(readFile, `${POWER_SUPPLY_DIR}/${name}/${file}`);
      const [type, scope, online, status, capacity] = await Promise.all([f('type'), f('scope'), f('online'), f('status'), f('capacity')]);
      return { name, type, scope, online, status, capacity };
    }),
  );
}

/** What the supplies say: on battery or not, and the system batteries' mean charge. */
export interface SupplyReading {
  readonly onBattery: boolean | null;
  readonly batteryPercent: number | null;
}

/**
 * Interprets the supplies. Device-scope batteries (mice, headsets) are ignored. A mains or USB-C
 * supply online means mains; otherwise a discharging system battery means battery. A machine that
 * lists no system battery cannot be on battery.
 */
export function powerFromSupplies(supplies: readonly PowerSupply[]): SupplyReading {
  const batteries = supplies.filter((s) => s.type === 'Battery' && s.scope?.toLowerCase() !== 'device');
  const mains = supplies.filter((s) => s.type === 'Mains' || s.type === 'USB' || s.type === 'USB_C' || s.type === 'USB_PD');
  const charges = batteries.map((b) => Number(b.capacity)).filter(isPercent);
  const batteryPercent = charges.length === 0 ? null : Math.round(charges.reduce((a, b) => a + b, 0) / charges.length);
  if (mains.some((m) => m.online === '1')) return { onBattery: false, batteryPercent };
  if (batteries.length === 0) return { onBattery: false, batteryPercent };
  if (batteries.some((b) => b.status === 'Discharging')) return { onBattery: true, batteryPercent };
  if (batteries.some((b) => b.status === 'Charging' || b.status === 'Full')) return { onBattery: false, batteryPercent };
  // A mains supply that reports offline, with a battery "Not charging": the battery is feeding us.
  if (mains.length > 0 && mains.every((m) => m.online === '0')) return { onBattery: true, batteryPercent };
  return { onBattery: null, batteryPercent };
}

function isPercent(c: number): boolean {
  return Number.isInteger(c) && c >= 0 && c <= 100;
}
