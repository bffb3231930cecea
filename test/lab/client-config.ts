import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LAB_ADDR } from './addresses.js';
import { ipIn } from './lab-exec.js';
import { netnsEtcDir } from './lab-names.js';
import type { Lab } from './lab-types.js';

// The home computer's own configuration: its adapter, address, default route and resolv.conf.
// Faults change these and undos put them back, so the healthy state is written in one place.

/** The client's resolver configuration in a healthy lab: the router's DNS forwarder. */
export const CLIENT_RESOLV_CONF = `nameserver ${LAB_ADDR.routerLan}\n`;

/** Writes the client's /etc/resolv.conf (as `ip netns exec` will show it); the router alone by default. */
export async function writeClientResolvConf(lab: Lab, text = CLIENT_RESOLV_CONF): Promise<void> {
  const dir = netnsEtcDir(lab.ns.client);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'resolv.conf'), text);
}

/**
 * Brings the client's side to its healthy state: eth0 up with its address and the default route.
 * Idempotent, so undoing "link down", "no address" and "no route" is all this one call.
 */
export async function configureClient(lab: Lab): Promise<void> {
  const ns = lab.ns.client;
  await ipIn(ns, ['link', 'set', 'eth0', 'up']);
  await ipIn(ns, ['addr', 'replace', `${LAB_ADDR.client}/24`, 'dev', 'eth0']);
  await ipIn(ns, ['route', 'replace', 'default', 'via', LAB_ADDR.routerLan, 'dev', 'eth0']);
}
