import { access, constants } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { tool } from './lab-exec.js';

// The lab needs Linux, root and a handful of tools. When they are missing the lab test skips
// loudly (or fails under CI), so this says exactly what is missing.

/** The commands the lab runs, with the Debian package that brings each. */
export const LAB_TOOLS: Readonly<Record<string, string>> = {
  ip: 'iproute2',
  nft: 'nftables',
  sysctl: 'procps',
  dnsmasq: 'dnsmasq-base',
  nginx: 'nginx-light',
  ping: 'iputils-ping',
  dig: 'dnsutils',
  openssl: 'openssl',
};

/** Whether the lab can run here, and if not, why. */
export type LabReadiness = { readonly ok: true } | { readonly ok: false; readonly reason: string };

export async function onPath(cmd: string): Promise<boolean> {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/sbin'];
  for (const dir of dirs) {
    if (dir === '') continue;
    try {
      await access(join(dir, cmd), constants.X_OK);
      return true;
    } catch {
      // Not in this folder.
    }
  }
  return false;
}

/** Checks platform, root, the tools, and that a namespace can really be created here (containers may forbid it). */
export async function labReadiness(): Promise<LabReadiness> {
  if (process.platform !== 'linux') return { ok: false, reason: `the lab needs Linux network namespaces; this is ${process.platform}` };
  if (process.getuid?.() !== 0) return { ok: false, reason: 'the lab needs root (it creates network namespaces); run as root' };
  const missing: string[] = [];
  for (const [cmd, pkg] of Object.entries(LAB_TOOLS)) if (!(await onPath(cmd))) missing.push(`${cmd} (Debian package ${pkg})`);
  if (missing.length > 0) return { ok: false, reason: `missing tools: ${missing.join(', ')}` };
  const probe = `hlabprobe-${process.pid}`;
  const add = await tool('ip', ['netns', 'add', probe], { allowFail: true });
  await tool('ip', ['netns', 'del', probe], { allowFail: true });
  if (add.code !== 0) return { ok: false, reason: `cannot create a network namespace: ${add.stderr.trim()}` };
  return { ok: true };
}

/** The extra commands the company lab runs, with their Debian packages. */
export const COMPANY_TOOLS: Readonly<Record<string, string>> = {
  openvpn: 'openvpn',
  curl: 'curl',
};

/** Whether the company lab can run here: the home lab's needs, plus OpenVPN, curl and a tun device. */
export async function companyReadiness(): Promise<LabReadiness> {
  const home = await labReadiness();
  if (!home.ok) return home;
  const missing: string[] = [];
  for (const [cmd, pkg] of Object.entries(COMPANY_TOOLS)) if (!(await onPath(cmd))) missing.push(`${cmd} (Debian package ${pkg})`);
  if (missing.length > 0) return { ok: false, reason: `missing tools for the company lab: ${missing.join(', ')}` };
  try {
    await access('/dev/net/tun', constants.R_OK | constants.W_OK);
  } catch {
    return { ok: false, reason: 'the company lab needs /dev/net/tun for OpenVPN (a container may need --device /dev/net/tun)' };
  }
  return { ok: true };
}
