import { readdir, readFile, readlink } from 'node:fs/promises';
import { openVpnTransport, type OpenVpnTransport, type TunnelTransportFact } from './openvpn-transport.js';
import type { VpnTunnel } from './types.js';

// The OpenVPN client processes of this machine (Linux /proc: comm, cmdline, cwd, network
// namespace), and which connected tunnel each one runs. /proc/PID/cmdline is readable for every
// user; a process's network namespace and working directory only for its owner (or root): a
// process seen in another namespace is not ours (a container's, a test lab's) and is left out;
// one whose namespace cannot be read is kept, since it is tied to a tunnel by its `dev` too.

/** File access the reader needs; injected so tests can give a /proc of their own. */
export interface ProcFs {
  readdir(path: string): Promise<string[]>;
  readFile(path: string): Promise<string>;
  readlink(path: string): Promise<string>;
}

export const NODE_PROC_FS: ProcFs = {
  readdir: (p) => readdir(p),
  readFile: (p) => readFile(p, 'utf8'),
  readlink: (p) => readlink(p),
};

async function orNull<T>(p: Promise<T>): Promise<T | null> {
  try {
    return await p;
  } catch {
    return null;
  }
}

/** The transport of each OpenVPN process in this network namespace (or one that cannot be told apart). */
export async function readOpenVpnProcesses(fs: ProcFs = NODE_PROC_FS): Promise<OpenVpnTransport[]> {
  const entries = (await orNull(fs.readdir('/proc'))) ?? [];
  const ownNs = await orNull(fs.readlink('/proc/self/ns/net'));
  const out: OpenVpnTransport[] = [];
  for (const name of entries) {
    if (!/^\d+$/.test(name)) continue;
    const dir = `/proc/${name}`;
    if ((await orNull(fs.readFile(`${dir}/comm`)))?.trim() !== 'openvpn') continue;
    const ns = await orNull(fs.readlink(`${dir}/ns/net`));
    if (ownNs !== null && ns !== null && ns !== ownNs) continue;
    const cmdline = await orNull(fs.readFile(`${dir}/cmdline`));
    if (cmdline === null) continue;
    const argv = cmdline.split('\0').filter((w) => w !== '').slice(1);
    const cwd = await orNull(fs.readlink(`${dir}/cwd`));
    out.push(await openVpnTransport(Number(name), argv, cwd, (p) => orNull(fs.readFile(p))));
  }
  return out;
}

/**
 * Ties processes to connected tunnels by `dev`: the same name, or a generic `tun`/`tap` (the
 * kernel numbers it) when exactly one process asked for that kind. A tunnel no process can be
 * tied to is left out (its transport is not known).
 */
export function tunnelTransports(tunnels: readonly VpnTunnel[], processes: readonly OpenVpnTransport[]): TunnelTransportFact[] {
  const out: TunnelTransportFact[] = [];
  for (const t of tunnels) {
    if (!t.connected) continue;
    const exact = processes.filter((p) => p.dev === t.interface);
    const kind = /^(tun|tap)\d+$/.exec(t.interface)?.[1];
    const generic = kind === undefined ? [] : processes.filter((p) => p.dev === kind);
    const p = exact.length === 1 ? exact[0] : exact.length === 0 && generic.length === 1 ? generic[0] : undefined;
    if (p === undefined) continue;
    out.push({ interface: t.interface, transport: p.transport, source: p.source, remote: p.remote, note: p.note });
  }
  return out;
}
