import { readFile, rm } from 'node:fs/promises';
import { CORP_ADDR, LAB_ADDR } from './addresses.js';
import { inNs, sleep, tool } from './lab-exec.js';
import type { CompanyLab, Lab } from './lab-types.js';
import { TUN_DEVICE } from './openvpn-config.js';
import { startSpec, stopSpec } from './services.js';
import { CLIENT_RESOLV_CONF, writeClientResolvConf } from './client-config.js';

// Bringing the home computer's VPN tunnel up and down. "Up" means traffic really passes: the lab
// pings the company resolver through the tunnel before it calls the tunnel ready. While the
// tunnel is up the client's resolv.conf names the company resolver first, then the router, as
// Debian's update-resolv-conf (resolvconf) leaves it; when it goes down the router alone is back.

/** The client's resolv.conf while the tunnel is up: company resolver first, then the home router. */
export const COMPANY_RESOLV_CONF = `nameserver ${CORP_ADDR.resolver}\nnameserver ${LAB_ADDR.routerLan}\n`;

/** How long a (re)connect may take before the lab gives up. */
const CONNECT_TIMEOUT_MS = 15_000;

/** The company part of a lab, or an error saying a company lab is needed. */
export function companyOf(lab: Lab): CompanyLab {
  if (lab.company === undefined) throw new Error('this needs a company lab: createLab({ company: true })');
  return lab.company;
}

/** The resolv.conf a healthy lab's client has: with the tunnel in a company lab, the router's otherwise. */
export function healthyResolvConf(lab: Lab): string {
  return lab.company === undefined ? CLIENT_RESOLV_CONF : COMPANY_RESOLV_CONF;
}

/** Whether one ping to `target` from the client gets an answer within a second. */
export async function clientPings(lab: Lab, target: string): Promise<boolean> {
  const r = await inNs(lab.ns.client, 'ping', ['-n', '-c', '1', '-W', '1', target], { allowFail: true });
  return r.code === 0;
}

/** Whether the client has its tunnel device. */
export async function clientHasTun(lab: Lab): Promise<boolean> {
  const r = await tool('ip', ['-n', lab.ns.client, 'link', 'show', 'dev', TUN_DEVICE], { allowFail: true });
  return r.code === 0;
}

async function logTail(path: string): Promise<string> {
  const text = await readFile(path, 'utf8').catch(() => '(no log)');
  return text.split('\n').slice(-15).join('\n');
}

/** Starts the OpenVPN client, waits until a ping passes through the tunnel, then points DNS at the company. */
export async function connectVpn(lab: Lab): Promise<void> {
  const company = companyOf(lab);
  const spec = company.services['vpn-client'];
  await rm(company.vpnClientLog, { force: true });
  await startSpec(spec, 'vpn-client');
  const deadline = Date.now() + CONNECT_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if ((await clientHasTun(lab)) && (await clientPings(lab, CORP_ADDR.resolver))) {
      await writeClientResolvConf(lab, COMPANY_RESOLV_CONF);
      return;
    }
    await sleep(50);
  }
  throw new Error(`the lab VPN tunnel did not pass traffic within ${CONNECT_TIMEOUT_MS} ms; client log:\n${await logTail(company.vpnClientLog)}`);
}

/** Stops the OpenVPN client (its tun0 goes with it) and gives the client the router's DNS back. */
export async function disconnectVpn(lab: Lab): Promise<void> {
  const company = companyOf(lab);
  await stopSpec(company.services['vpn-client']);
  for (let i = 0; i < 100 && (await clientHasTun(lab)); i++) await sleep(20);
  // What the down script does: the company resolver leaves resolv.conf with the tunnel.
  await writeClientResolvConf(lab, CLIENT_RESOLV_CONF);
}
