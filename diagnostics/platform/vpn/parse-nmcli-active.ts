/** One active NetworkManager connection. */
export interface NmcliConnection {
  readonly name: string;
  /** "vpn", "wireguard", "802-3-ethernet", "802-11-wireless", "tun"… */
  readonly type: string;
  readonly device: string | null;
  /** "activated", "activating", "deactivating"… */
  readonly state: string;
}

// nmcli -t separates fields with ':' and escapes a literal ':' or '\' inside a value with '\'.
function splitTerse(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '\\' && i + 1 < line.length) {
      field += line[i + 1];
      i++;
    } else if (c === ':') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields;
}

/** Reads `nmcli -t -f NAME,TYPE,DEVICE,STATE connection show --active`. Never throws. */
export function parseNmcliActive(stdout: string): readonly NmcliConnection[] {
  const out: NmcliConnection[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const f = splitTerse(line);
    if (f.length !== 4) continue;
    const [name = '', type = '', device = '', state = ''] = f;
    if (name === '' || type === '') continue;
    out.push({ name, type, device: device === '' || device === '--' ? null : device, state });
  }
  return out;
}
