import { readFile } from 'node:fs/promises';
import { CORP_ADDR, CORP_NAMES, LAB_ADDR, LAB_NAMES } from './addresses.js';
import { inNs, ipIn } from './lab-exec.js';
import { CORP_ROLES } from './lab-names.js';
import type { CorpServiceName, Lab } from './lab-types.js';
import { flushPathMtu } from './company-faults.js';
import { STOREWEB_PATH } from './corp-nginx-config.js';
import { CORP_LAN_MTU, setCorpLanMtu, writeStorefrontConf } from './corp-topology.js';
import { serviceRunning, startSpec, stopSpec } from './services.js';
import { clientHasTun, clientPings, companyOf, connectVpn } from './vpn-tunnel.js';

// The company half of "is the lab healthy again": daemons, no rules left in the company's
// namespaces, the LAN's MTU, a tunnel that passes traffic, the company resolver answering both
// its own and public names, and a StoreFront that serves its store with a valid certificate.

async function dig(lab: Lab, server: string, name: string): Promise<string> {
  const r = await inNs(lab.ns.client, 'dig', ['+short', '+time=1', '+tries=2', `@${server}`, name, 'A'], { allowFail: true });
  return r.stdout.trim();
}

async function mtuOf(ns: string, dev: string): Promise<number | null> {
  const r = await ipIn(ns, ['-o', 'link', 'show', 'dev', dev]).catch(() => null);
  const m = r === null ? null : /\bmtu (\d+)/.exec(r.stdout);
  return m?.[1] === undefined ? null : Number(m[1]);
}

/** What the StoreFront answers the client for the store: HTTP status, or "000" when TLS or the connection fails. */
export async function storefrontStatus(lab: Lab): Promise<string> {
  const r = await inNs(
    lab.ns.client,
    'curl',
    ['-sS', '-o', '/dev/null', '-w', '%{http_code}', '--max-time', '3', '--cacert', lab.ca.certPath, `https://${CORP_NAMES.storefront}${STOREWEB_PATH}`],
    { allowFail: true },
  );
  return r.stdout.trim();
}

/** Everything of the company network that is not as a healthy company lab has it; empty means healthy. */
export async function checkCompanyHealthy(lab: Lab): Promise<string[]> {
  const company = companyOf(lab);
  const problems: string[] = [];
  for (const [name, spec] of Object.entries(company.services) as [CorpServiceName, (typeof company.services)[CorpServiceName]][]) {
    if (!(await serviceRunning(spec))) problems.push(`service ${name} is stopped`);
  }
  for (const role of CORP_ROLES) {
    const tables = await inNs(company.ns[role], 'nft', ['list', 'tables'], { allowFail: true });
    if (tables.stdout.trim() !== '') problems.push(`${role} has nftables tables: ${tables.stdout.trim()}`);
  }
  for (const [ns, dev] of [[company.ns.corp, 'lan'], [company.ns.dc, 'eth0']] as const) {
    const mtu = await mtuOf(ns, dev);
    if (mtu !== CORP_LAN_MTU) problems.push(`company LAN ${dev} has MTU ${String(mtu)}`);
  }
  if (!(await clientHasTun(lab))) problems.push('client has no tun0');
  for (const target of [CORP_ADDR.resolver, CORP_ADDR.intranet, CORP_ADDR.sessionHost]) {
    if (!(await clientPings(lab, target)) && !(await clientPings(lab, target))) problems.push(`client cannot ping ${target} through the tunnel`);
  }
  const expected: [string, string][] = [[CORP_NAMES.intranet, CORP_ADDR.intranet], [CORP_NAMES.storefront, CORP_ADDR.storefront], [LAB_NAMES.https, LAB_ADDR.web]];
  for (const [name, address] of expected) {
    const answer = await dig(lab, CORP_ADDR.resolver, name);
    if (answer !== address) problems.push(`${CORP_ADDR.resolver} answers ${JSON.stringify(answer)} for ${name}`);
  }
  const status = await storefrontStatus(lab);
  if (status !== '200') problems.push(`StoreFront answers ${status} for ${STOREWEB_PATH}`);
  const conf = await readFile(company.storefront.confPath, 'utf8').catch(() => '');
  if (!conf.includes(company.storefront.valid.certPath)) problems.push('StoreFront config does not use the valid certificate');
  return problems;
}

/** Forces the company network back to healthy (rules, MTU, daemons, StoreFront config, tunnel); returns what is still wrong. */
export async function resetCompany(lab: Lab): Promise<string[]> {
  const company = companyOf(lab);
  for (const role of CORP_ROLES) await inNs(company.ns[role], 'nft', ['flush', 'ruleset'], { allowFail: true });
  await setCorpLanMtu(lab);
  await flushPathMtu(lab);
  await stopSpec(company.services.storefront);
  await writeStorefrontConf(company, 'healthy');
  for (const name of ['corp-dns', 'intranet', 'storefront', 'ica', 'cgp', 'vpn-server'] as const) await startSpec(company.services[name], name);
  // A client that runs without a working tunnel is restarted, which also rewrites resolv.conf.
  if (!(await clientPings(lab, CORP_ADDR.resolver))) await stopSpec(company.services['vpn-client']);
  await connectVpn(lab);
  return checkCompanyHealthy(lab);
}
