/** One address of one interface, as os.networkInterfaces() lists it (reduced). */
export interface InterfaceAddress {
  readonly address: string;
  readonly internal: boolean;
}

/**
 * A fingerprint of the machine's network attachment: every non-loopback address, sorted. A new
 * Wi-Fi, a lost cable or a VPN coming up all change it; counters and timings do not.
 */
export function networkFingerprint(interfaces: Readonly<Record<string, readonly InterfaceAddress[] | undefined>>): string {
  const lines: string[] = [];
  for (const [name, addrs] of Object.entries(interfaces)) {
    for (const a of addrs ?? []) if (!a.internal) lines.push(`${name}=${a.address}`);
  }
  return lines.sort().join(',');
}

/**
 * Polls the interfaces and calls `onChange` when the fingerprint changes. Electron has no
 * network-change event in the main process, and reading the interface list is cheap.
 */
export function watchNetwork(o: {
  readonly read: () => Readonly<Record<string, readonly InterfaceAddress[] | undefined>>;
  readonly every: (fn: () => void) => () => void;
  readonly onChange: () => void;
}): () => void {
  let last = networkFingerprint(o.read());
  return o.every(() => {
    const now = networkFingerprint(o.read());
    if (now !== last) {
      last = now;
      o.onChange();
    }
  });
}
