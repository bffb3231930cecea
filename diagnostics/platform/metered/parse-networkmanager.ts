/**
 * NetworkManager's NMMetered enum (libnm nm-dbus-interface.h): 0 unknown, 1 yes, 2 no,
 * 3 guess-yes, 4 guess-no. A guess is NetworkManager's own (for example an Android hotspot's DHCP
 * option) and is taken as it is, like GLib's network monitor does; "unknown" stays unknown.
 */
const NM_METERED: Readonly<Record<number, boolean | null>> = { 0: null, 1: true, 2: false, 3: true, 4: false };

/** busctl's `--json=short` answer for a `u` property; undefined when it is not that shape. */
export function parseBusctlMetered(stdout: string): { metered: boolean | null; raw: string } | undefined {
  let json: unknown;
  try {
    json = JSON.parse(stdout.trim());
  } catch {
    return undefined;
  }
  if (typeof json !== 'object' || json === null) return undefined;
  const { type, data } = json as { type?: unknown; data?: unknown };
  if (type !== 'u' || typeof data !== 'number' || !(data in NM_METERED)) return undefined;
  return { metered: NM_METERED[data]!, raw: String(data) };
}

/** nmcli's terse tokens for NMMetered (untranslated in terse mode, and the runner sets LC_ALL=C). */
const NMCLI_METERED: Readonly<Record<string, boolean | null>> = {
  yes: true,
  'yes (guessed)': true,
  no: false,
  'no (guessed)': false,
  unknown: null,
};

/**
 * `nmcli -t -f GENERAL.DEVICE,GENERAL.METERED device show`: blocks of `FIELD:value` lines, one
 * block per device. Returns each device's state; a token nmcli does not document is left out.
 */
export function parseNmcliMetered(stdout: string): ReadonlyMap<string, { metered: boolean | null; raw: string }> {
  const out = new Map<string, { metered: boolean | null; raw: string }>();
  let device: string | null = null;
  for (const line of stdout.split(/\r?\n/)) {
    const at = line.indexOf(':');
    if (at < 0) {
      if (line.trim() === '') device = null;
      continue;
    }
    const field = line.slice(0, at);
    const value = line.slice(at + 1).trim();
    if (field === 'GENERAL.DEVICE') device = value === '' ? null : value;
    else if (field === 'GENERAL.METERED' && device !== null && value in NMCLI_METERED) out.set(device, { metered: NMCLI_METERED[value]!, raw: value });
  }
  return out;
}
