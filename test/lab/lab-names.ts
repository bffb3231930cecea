import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Every lab instance gets a random id; its namespaces, folder and marker all carry it, so two
// runs (two terminals, a test and a benchmark) never share anything. Interfaces are created
// directly inside the namespaces (never in the root namespace), so their short fixed names
// (eth0, lan, wan, cpe, core, uplink) cannot collide either.

/** The four roles of the lab's namespaces. */
export type LabRole = 'client' | 'router' | 'isp' | 'internet';

/** The roles in path order, home first. */
export const LAB_ROLES: readonly LabRole[] = ['client', 'router', 'isp', 'internet'];

/** The namespace names of one lab instance, by role. */
export type LabNamespaces = Readonly<Record<LabRole, string>>;

/** The company lab's two extra roles: the VPN gateway, and the company's data centre behind it. */
export type CorpRole = 'corp' | 'dc';

/** The company roles, gateway first. */
export const CORP_ROLES: readonly CorpRole[] = ['corp', 'dc'];

/** The company namespace names of one lab instance, by role. */
export type CorpNamespaces = Readonly<Record<CorpRole, string>>;

/** Namespace names look like `hlab1a2b3c-router`; this pattern finds them (and crashed runs'). */
export const LAB_NS_PATTERN = /^hlab([0-9a-f]{6})-(client|router|isp|internet|corp|dc)$/;

/** Where lab instances keep their configs, certificates, pid files and logs. */
export const LAB_STATE_ROOT = join(tmpdir(), 'homeline-lab');

/** A fresh random lab id: six hex digits. */
export function newLabId(): string {
  return randomBytes(3).toString('hex');
}

/** The namespace names for lab `id`. */
export function namespacesFor(id: string): LabNamespaces {
  return {
    client: `hlab${id}-client`,
    router: `hlab${id}-router`,
    isp: `hlab${id}-isp`,
    internet: `hlab${id}-internet`,
  };
}

/** The company namespace names for lab `id` (they exist only in a company lab). */
export function corpNamespacesFor(id: string): CorpNamespaces {
  return { corp: `hlab${id}-corp`, dc: `hlab${id}-dc` };
}

/** The state folder of lab `id`. */
export function stateDirFor(id: string): string {
  return join(LAB_STATE_ROOT, id);
}

/** `ip netns exec` bind-mounts files from here over /etc, which is how the client gets its resolv.conf. */
export function netnsEtcDir(ns: string): string {
  return join('/etc/netns', ns);
}
