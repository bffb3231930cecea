import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { issueCert, type TestCa } from '../support/certs.js';
import { CORP_ADDR, CORP_NAMES, CORP_NET, CORP_PORT, LAB_ADDR, LAB_NET } from './addresses.js';
import { inNs, ipIn, NS_SYSCTLS, sleep, tool } from './lab-exec.js';
import { CORP_ROLES, type CorpNamespaces, type LabNamespaces } from './lab-names.js';
import type { CompanyLab, CorpServiceName, Lab, ServiceSpec, StorefrontMode } from './lab-types.js';
import { intranetNginxConfig, STOREWEB_FILES, storefrontNginxConfig, storewebRoot } from './corp-nginx-config.js';
import { nginxFiles } from './nginx-config.js';
import { VPN_CLIENT_CN, vpnClientCcd, vpnClientConfig, vpnServerConfig } from './openvpn-config.js';
import { sessionListenerPath } from './repo-root.js';
import { issueClientCert } from './vpn-client-cert.js';
import { companyDnsmasqArgs, isAlive, readPid, startSpec, stopSpec } from './services.js';
import { connectVpn } from './vpn-tunnel.js';

// The company network of a company lab, hung off the "internet" namespace:
//
//   internet corp ── inet corp lan ── eth0 dc
//            (fwd)   203.0.113.100  198.18.20.1   198.18.20.10 (ICA 1494, CGP 2598)
//                    OpenVPN TCP 443  tun0         .53 dnsmasq  .80 intranet  .90 StoreFront
//                    198.18.99.1                   (company resolver, nginx with lab-CA certs)
//
// The home computer's OpenVPN client (tun0, 198.18.99.2) reaches the gateway over the home lab's
// path and gets 198.18.20.0/24 routed into the tunnel. The internal servers live in their own
// namespace so that the gateway forwards to them: only a forwarding hop can answer an oversized
// don't-fragment packet with "fragmentation needed", which the MTU fault relies on.

/** The MTU of the company LAN link in a healthy lab. */
export const CORP_LAN_MTU = 1500;

/** Text the OpenVPN server logs once it listens. */
const VPN_READY = 'Initialization Sequence Completed';

/** Where the company lab's files go inside the lab folder. */
export function companyDir(stateDir: string): string {
  return join(stateDir, 'corp');
}

/** The pid files of the two OpenVPN processes, which teardown stops first. */
export function vpnPidFiles(stateDir: string): { server: string; client: string } {
  const dir = companyDir(stateDir);
  return { server: join(dir, 'vpn-server.pid'), client: join(dir, 'vpn-client.pid') };
}

function specs(ns: LabNamespaces & CorpNamespaces, dir: string, confs: Record<'server' | 'client' | 'intranet' | 'storefront', string>): Record<CorpServiceName, ServiceSpec> {
  const file = (name: string): string => join(dir, name);
  const nginx = (name: string, conf: string): ServiceSpec => {
    const f = nginxFiles(dir, name);
    return { ns: ns.dc, argv: ['nginx', '-c', conf, '-e', f.errorLog], pidFile: f.pidFile, runsWhenHealthy: true };
  };
  const listener = (kind: 'ica' | 'cgp', port: number): ServiceSpec => ({
    ns: ns.dc,
    argv: [process.execPath, sessionListenerPath(), kind, CORP_ADDR.sessionHost, String(port), file(`${kind}.pid`)],
    pidFile: file(`${kind}.pid`),
    runsWhenHealthy: true,
    detachedLog: file(`${kind}.log`),
  });
  const pids = vpnPidFiles(dirname(dir));
  return {
    'vpn-server': { ns: ns.corp, argv: ['openvpn', '--config', confs.server], pidFile: pids.server, runsWhenHealthy: true },
    'vpn-client': { ns: ns.client, argv: ['openvpn', '--config', confs.client], pidFile: pids.client, runsWhenHealthy: true },
    'corp-dns': {
      ns: ns.dc,
      argv: ['dnsmasq', ...companyDnsmasqArgs(file('corp-dns.pid'), file('corp-dns.log'))],
      pidFile: file('corp-dns.pid'),
      runsWhenHealthy: true,
    },
    intranet: nginx('intranet', confs.intranet),
    storefront: nginx('storefront', confs.storefront),
    ica: listener('ica', CORP_PORT.ica),
    cgp: listener('cgp', CORP_PORT.cgp),
  };
}

/** Writes the StoreFront's nginx config for `mode` (the caller restarts the server). */
export async function writeStorefrontConf(company: CompanyLab, mode: StorefrontMode): Promise<void> {
  const sf = company.storefront;
  await writeFile(sf.confPath, storefrontNginxConfig(sf.files, mode === 'cert-expired' ? sf.expired : sf.valid, mode));
}

/** Certificates, configs and pages of the company network, and its daemons' specs. Runs nothing. */
export async function prepareCompany(stateDir: string, ca: TestCa, ns: LabNamespaces & CorpNamespaces): Promise<CompanyLab> {
  const dir = companyDir(stateDir);
  const ccd = join(dir, 'ccd');
  await mkdir(ccd, { recursive: true });
  const [server, client, intranet, valid, expired] = await Promise.all([
    issueCert(ca, { basename: 'vpn-gateway', dnsNames: [CORP_NAMES.vpnGateway], ips: [CORP_ADDR.vpnGateway] }),
    issueClientCert(ca, VPN_CLIENT_CN),
    issueCert(ca, { basename: 'intranet', dnsNames: [CORP_NAMES.intranet] }),
    issueCert(ca, { basename: 'storefront', dnsNames: [CORP_NAMES.storefront] }),
    issueCert(ca, { basename: 'storefront-expired', dnsNames: [CORP_NAMES.storefront], validity: 'expired' }),
  ]);
  const confs = {
    server: join(dir, 'vpn-server.conf'),
    client: join(dir, 'vpn-client.conf'),
    intranet: join(dir, 'nginx-intranet.conf'),
    storefront: join(dir, 'nginx-storefront.conf'),
  };
  await writeFile(confs.server, vpnServerConfig({ caPath: ca.certPath, ...server }, { pidFile: vpnPidFiles(stateDir).server, logFile: join(dir, 'vpn-server.log') }, ccd));
  await writeFile(join(ccd, VPN_CLIENT_CN), vpnClientCcd());
  const vpnClientLog = join(dir, 'vpn-client.log');
  await writeFile(confs.client, vpnClientConfig({ caPath: ca.certPath, ...client }, { pidFile: vpnPidFiles(stateDir).client, logFile: vpnClientLog }));
  const intranetFiles = nginxFiles(dir, 'intranet');
  const storefrontFiles = nginxFiles(dir, 'storefront');
  await mkdir(intranetFiles.dir, { recursive: true });
  await writeFile(confs.intranet, intranetNginxConfig(intranetFiles, intranet));
  for (const [rel, text] of Object.entries(STOREWEB_FILES)) {
    const path = join(storewebRoot(storefrontFiles), rel);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  }
  const company: CompanyLab = {
    ns: { corp: ns.corp, dc: ns.dc },
    services: specs(ns, dir, confs),
    storefront: { confPath: confs.storefront, files: storefrontFiles, valid, expired },
    vpnClientLog,
  };
  await writeStorefrontConf(company, 'healthy');
  return company;
}

/** Sets the MTU of the company LAN link (gateway `lan` and data-centre `eth0`), 1500 when healthy. */
export async function setCorpLanMtu(lab: Lab, mtu = CORP_LAN_MTU): Promise<void> {
  const ns = lab.company?.ns;
  if (ns === undefined) throw new Error('this needs a company lab');
  await ipIn(ns.corp, ['link', 'set', 'lan', 'mtu', String(mtu)]);
  await ipIn(ns.dc, ['link', 'set', 'eth0', 'mtu', String(mtu)]);
}

async function wireCompany(lab: Lab, ns: CorpNamespaces): Promise<void> {
  const home = lab.ns;
  await tool('ip', ['link', 'add', 'inet', 'netns', ns.corp, 'type', 'veth', 'peer', 'name', 'corp', 'netns', home.internet]);
  await tool('ip', ['link', 'add', 'lan', 'netns', ns.corp, 'type', 'veth', 'peer', 'name', 'eth0', 'netns', ns.dc]);

  // The gateway: its public address on the internet's subnet, the company LAN behind it.
  await ipIn(ns.corp, ['addr', 'add', `${CORP_ADDR.vpnGateway}/24`, 'dev', 'inet']);
  await ipIn(ns.corp, ['addr', 'add', `${CORP_ADDR.gatewayLan}/24`, 'dev', 'lan']);
  await ipIn(ns.corp, ['link', 'set', 'inet', 'up']);
  await ipIn(ns.corp, ['link', 'set', 'lan', 'up']);
  for (const net of [LAB_NET.home, LAB_NET.access]) await ipIn(ns.corp, ['route', 'add', net, 'via', LAB_ADDR.internetUplink, 'dev', 'inet']);

  // The data centre: every internal service's address on one link, the gateway as its router.
  for (const a of [CORP_ADDR.sessionHost, CORP_ADDR.resolver, CORP_ADDR.intranet, CORP_ADDR.storefront]) {
    await ipIn(ns.dc, ['addr', 'add', `${a}/24`, 'dev', 'eth0']);
  }
  await ipIn(ns.dc, ['link', 'set', 'eth0', 'up']);
  await ipIn(ns.dc, ['route', 'add', 'default', 'via', CORP_ADDR.gatewayLan]);

  // The internet forwards to the gateway (a host route beats its own /24) and to the company
  // resolver's forwarded queries; the ISP reaches the gateway through the internet namespace.
  await ipIn(home.internet, ['link', 'set', 'corp', 'up']);
  await ipIn(home.internet, ['route', 'add', `${CORP_ADDR.vpnGateway}/32`, 'dev', 'corp']);
  await ipIn(home.internet, ['route', 'add', CORP_NET.lan, 'via', CORP_ADDR.vpnGateway, 'dev', 'corp']);
  await ipIn(home.isp, ['route', 'add', `${CORP_ADDR.vpnGateway}/32`, 'via', LAB_ADDR.internetUplink]);
}

async function waitForLog(path: string, text: string, timeoutMs: number): Promise<void> {
  for (let waited = 0; waited < timeoutMs; waited += 25) {
    if ((await readFile(path, 'utf8').catch(() => '')).includes(text)) return;
    await sleep(25);
  }
  throw new Error(`${path} did not say "${text}" within ${timeoutMs} ms`);
}

/**
 * Adds the company network to a lab whose home part is built: namespaces, links, routes, the
 * company's daemons and the OpenVPN server, then connects the client and waits for the tunnel.
 */
export async function buildCompany(lab: Lab): Promise<void> {
  const company = lab.company;
  if (company === undefined) throw new Error('buildCompany needs lab.company');
  for (const role of CORP_ROLES) {
    await tool('ip', ['netns', 'add', company.ns[role]]);
    await ipIn(company.ns[role], ['link', 'set', 'lo', 'up']);
    await inNs(company.ns[role], 'sysctl', ['-q', '-w', ...NS_SYSCTLS, ...(role === 'corp' ? ['net.ipv4.ip_forward=1'] : [])]);
  }
  // The internet namespace now routes between the ISP and the company.
  await inNs(lab.ns.internet, 'sysctl', ['-q', '-w', 'net.ipv4.ip_forward=1']);
  await wireCompany(lab, company.ns);
  const serverLog = join(companyDir(lab.stateDir), 'vpn-server.log');
  await Promise.all(
    (['corp-dns', 'intranet', 'storefront', 'ica', 'cgp', 'vpn-server'] as const).map((name) => startSpec(company.services[name], name)),
  );
  await waitForLog(serverLog, VPN_READY, 10_000);
  await connectVpn(lab);
}

/** Stops the OpenVPN processes of lab folder `stateDir` by their pid files (teardown, before the namespaces go). */
export async function stopVpnProcesses(stateDir: string): Promise<void> {
  const pids = vpnPidFiles(stateDir);
  for (const pidFile of [pids.client, pids.server]) {
    const pid = await readPid(pidFile);
    // A crashed run's pid may have been reused since; only an openvpn is signalled.
    const comm = pid === null ? '' : await readFile(`/proc/${pid}/comm`, 'utf8').catch(() => '');
    if (pid !== null && isAlive(pid) && comm.trim() === 'openvpn') await stopSpec({ ns: '', argv: [], pidFile, runsWhenHealthy: true });
  }
}
