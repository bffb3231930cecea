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

/** One terse line as a connection, or null when it does not have the four fields asked for. */
function connectionOf(line: string): NmcliConnection | null {
  const f = splitTerse(line);
  if (f.length !== 4) return null;
  const [name = '', type = '', device = '', state = ''] = f;
  if (name === '' || type === '') return null;
  return { name, type, device: device === '' || device === '--' ? null : device, state };
}

const lines = (stdout: string): string[] => stdout.split(/\r?\n/).filter((l) => l.trim() !== '');

/** Reads `nmcli -t -f NAME,TYPE,DEVICE,STATE connection show --active`. Never throws. */
export function parseNmcliActive(stdout: string): readonly NmcliConnection[] {
  return lines(stdout)
    .map(connectionOf)
    .filter((c): c is NmcliConnection => c !== null);
}

/**
 * True when every line has the asked-for shape (no line at all: no active connection). A line
 * that does not (garbage, prose, a cut-off run) means the list may miss a VPN connection.
 */
export function nmcliActiveReadable(stdout: string): boolean {
  return lines(stdout).every((l) => connectionOf(l) !== null);
}
