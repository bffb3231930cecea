import { mkdir, readdir, rm, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createCa, issueCert } from '../support/certs.js';
import { LAB_ADDR, LAB_NAMES, LAB_NET } from './addresses.js';
import { configureClient, writeClientResolvConf } from './client-config.js';
import { inNs, ipIn, NS_SYSCTLS, tool } from './lab-exec.js';
import {
  corpNamespacesFor,
  LAB_NS_PATTERN,
  LAB_ROLES,
  LAB_STATE_ROOT,
  namespacesFor,
  netnsEtcDir,
  newLabId,
  stateDirFor,
  type LabNamespaces,
} from './lab-names.js';
import type { Lab, LabServiceName, ServiceSpec } from './lab-types.js';
import { DOWNLOAD_FILE_BYTES, downloadFile, internetNginxConfig, nginxFiles, portalNginxConfig } from './nginx-config.js';
import { ownerAlive, writeOwner } from './owner.js';
import { buildCompany, prepareCompany, stopVpnProcesses } from './corp-topology.js';
import { authoritativeDnsmasqArgs, routerDnsmasqArgs, startService } from './services.js';

// The lab's four namespaces, wired in a line like a home worker's connection:
//
//   client eth0 ── lan router wan ── cpe isp core ── uplink internet
//   192.0.2.10     192.0.2.1  198.51.100.2  198.51.100.1(+.53)  203.0.113.1  203.0.113.2(+.10 .11 .53 .80)
//
// No namespace has a link to the root namespace, and `internet` has no default route, so nothing
// the lab sends can leave it.

const IP = 'ip';

// The client's configuration moved to client-config.ts; faults and health import it from here too.
export { CLIENT_RESOLV_CONF, configureClient, writeClientResolvConf } from './client-config.js';

async function wire(ns: LabNamespaces): Promise<void> {
  // Created directly inside the namespaces: no name ever exists in the root namespace.
  await tool(IP, ['link', 'add', 'eth0', 'netns', ns.client, 'type', 'veth', 'peer', 'name', 'lan', 'netns', ns.router]);
  await tool(IP, ['link', 'add', 'wan', 'netns', ns.router, 'type', 'veth', 'peer', 'name', 'cpe', 'netns', ns.isp]);
  await tool(IP, ['link', 'add', 'core', 'netns', ns.isp, 'type', 'veth', 'peer', 'name', 'uplink', 'netns', ns.internet]);
}

async function address(lab: Lab): Promise<void> {
  const { ns } = lab;
  await configureClient(lab);

  await ipIn(ns.router, ['addr', 'add', `${LAB_ADDR.routerLan}/24`, 'dev', 'lan']);
  await ipIn(ns.router, ['addr', 'add', `${LAB_ADDR.routerWan}/24`, 'dev', 'wan']);
  await ipIn(ns.router, ['link', 'set', 'lan', 'up']);
  await ipIn(ns.router, ['link', 'set', 'wan', 'up']);
  await ipIn(ns.router, ['route', 'add', 'default', 'via', LAB_ADDR.ispCpe]);

  await ipIn(ns.isp, ['addr', 'add', `${LAB_ADDR.ispCpe}/24`, 'dev', 'cpe']);
  await ipIn(ns.isp, ['addr', 'add', `${LAB_ADDR.ispResolver}/24`, 'dev', 'cpe']);
  await ipIn(ns.isp, ['addr', 'add', `${LAB_ADDR.ispCore}/24`, 'dev', 'core']);
  await ipIn(ns.isp, ['link', 'set', 'cpe', 'up']);
  await ipIn(ns.isp, ['link', 'set', 'core', 'up']);
  await ipIn(ns.isp, ['route', 'add', LAB_NET.home, 'via', LAB_ADDR.routerWan]);

  const farEnd = [LAB_ADDR.internetUplink, ...LAB_ADDR.pingTargets, LAB_ADDR.publicResolver, LAB_ADDR.web];
  for (const a of farEnd) await ipIn(ns.internet, ['addr', 'add', `${a}/24`, 'dev', 'uplink']);
  await ipIn(ns.internet, ['link', 'set', 'uplink', 'up']);
  // Routes back to the lab's own subnets only: deliberately no default route.
  await ipIn(ns.internet, ['route', 'add', LAB_NET.home, 'via', LAB_ADDR.ispCore]);
  await ipIn(ns.internet, ['route', 'add', LAB_NET.access, 'via', LAB_ADDR.ispCore]);
}

function serviceSpecs(ns: LabNamespaces, stateDir: string, nginxConfs: { web: string; portal: string }): Record<LabServiceName, ServiceSpec> {
  const file = (name: string): string => join(stateDir, name);
  const web = nginxFiles(stateDir, 'web');
  const portal = nginxFiles(stateDir, 'portal');
  const nginx = (conf: string, errorLog: string): string[] => ['nginx', '-c', conf, '-e', errorLog];
  return {
    'router-dns': {
      ns: ns.router,
      argv: ['dnsmasq', ...routerDnsmasqArgs(file('router-dns.pid'), file('router-dns.log'))],
      pidFile: file('router-dns.pid'),
      runsWhenHealthy: true,
    },
    'isp-dns': {
      ns: ns.isp,
      argv: ['dnsmasq', ...authoritativeDnsmasqArgs(LAB_ADDR.ispResolver, file('isp-dns.pid'), file('isp-dns.log'))],
      pidFile: file('isp-dns.pid'),
      runsWhenHealthy: true,
    },
    'public-dns': {
      ns: ns.internet,
      argv: ['dnsmasq', ...authoritativeDnsmasqArgs(LAB_ADDR.publicResolver, file('public-dns.pid'), file('public-dns.log'))],
      pidFile: file('public-dns.pid'),
      runsWhenHealthy: true,
    },
    web: { ns: ns.internet, argv: nginx(nginxConfs.web, web.errorLog), pidFile: web.pidFile, runsWhenHealthy: true },
    portal: { ns: ns.router, argv: nginx(nginxConfs.portal, portal.errorLog), pidFile: portal.pidFile, runsWhenHealthy: false },
  };
}

async function prepareFiles(stateDir: string): Promise<{ ca: Lab['ca']; confs: { web: string; portal: string } }> {
  const ca = await createCa(join(stateDir, 'ca'), 'Homeline Lab CA');
  const cert = await issueCert(ca, { basename: 'www', dnsNames: [LAB_NAMES.https] });
  const confs = { web: join(stateDir, 'nginx-web.conf'), portal: join(stateDir, 'nginx-portal.conf') };
  const web = nginxFiles(stateDir, 'web');
  const portal = nginxFiles(stateDir, 'portal');
  await mkdir(web.dir, { recursive: true });
  await mkdir(portal.dir, { recursive: true });
  await writeFile(confs.web, internetNginxConfig(web, cert));
  // Sparse: a gigabyte to download that takes no disk space.
  await writeFile(downloadFile(web), '');
  await truncate(downloadFile(web), DOWNLOAD_FILE_BYTES);
  await writeFile(confs.portal, portalNginxConfig(portal));
  return { ca, confs };
}

/** What to build. */
export interface CreateLabOptions {
  /** Add the company network: VPN gateway, OpenVPN tunnel, company DNS, intranet, StoreFront, ICA/CGP. */
  readonly company?: boolean;
}

/**
 * Creates a lab instance: four namespaces, their links, addresses and routes, the lab CA and the
 * running resolvers and web server; with `company`, also the company network and a tunnel that
 * passes traffic. On any failure it removes what it made and rethrows.
 */
export async function createLab(opts: CreateLabOptions = {}): Promise<Lab> {
  const id = newLabId();
  const ns = namespacesFor(id);
  const stateDir = stateDirFor(id);
  // The owner goes on disk before any namespace exists, so a concurrent cleanupStale() spares us.
  await mkdir(stateDir, { recursive: true, mode: 0o755 });
  await writeOwner(stateDir);
  let lab: Lab | undefined;
  try {
    const { ca, confs } = await prepareFiles(stateDir);
    const company = opts.company === true ? await prepareCompany(stateDir, ca, { ...ns, ...corpNamespacesFor(id) }) : undefined;
    lab = { id, ns, stateDir, ca, services: serviceSpecs(ns, stateDir, confs), ...(company === undefined ? {} : { company }) };
    for (const role of LAB_ROLES) await tool(IP, ['netns', 'add', ns[role]]);
    for (const role of LAB_ROLES) {
      await ipIn(ns[role], ['link', 'set', 'lo', 'up']);
      const forward = role === 'router' || role === 'isp' ? ['net.ipv4.ip_forward=1'] : [];
      await inNs(ns[role], 'sysctl', ['-q', '-w', ...NS_SYSCTLS, ...forward]);
    }
    await wire(ns);
    await address(lab);
    await writeClientResolvConf(lab);
    for (const name of ['isp-dns', 'public-dns', 'router-dns', 'web'] as const) await startService(lab, name);
    if (lab.company !== undefined) await buildCompany(lab);
    return lab;
  } catch (e) {
    await removeInstance(id);
    throw e;
  }
}

async function nsList(): Promise<string[]> {
  const { stdout } = await tool(IP, ['netns', 'list']);
  // Lines look like "name" or "name (id: 3)".
  return stdout.split('\n').map((l) => l.trim().split(' ')[0] ?? '').filter((n) => n !== '');
}

/** Kills every process inside a namespace (the lab's daemons), then deletes the namespace. */
async function removeNamespace(ns: string): Promise<void> {
  const pids = await tool(IP, ['netns', 'pids', ns], { allowFail: true });
  for (const p of pids.stdout.split(/\s+/).filter((s) => /^\d+$/.test(s))) {
    try {
      process.kill(Number(p), 'SIGKILL');
    } catch {
      // Already gone between listing and killing.
    }
  }
  await tool(IP, ['netns', 'del', ns], { allowFail: true });
  await rm(netnsEtcDir(ns), { recursive: true, force: true });
}

/** Removes everything of lab `id` that exists: namespaces (and their links), /etc/netns folders, state folder. */
async function removeInstance(id: string): Promise<void> {
  // OpenVPN first, by its pid files, so it exits cleanly before its namespace disappears.
  await stopVpnProcesses(stateDirFor(id));
  const existing = new Set(await nsList());
  for (const ns of [...Object.values(namespacesFor(id)), ...Object.values(corpNamespacesFor(id))]) {
    if (existing.has(ns)) await removeNamespace(ns);
    else await rm(netnsEtcDir(ns), { recursive: true, force: true });
  }
  await rm(stateDirFor(id), { recursive: true, force: true });
}

/** Tears a lab down completely. Safe to call twice and after a failed createLab. */
export async function destroyLab(lab: Lab): Promise<void> {
  await removeInstance(lab.id);
}

/**
 * Removes leftovers of crashed runs: lab namespaces, /etc/netns folders and state folders whose
 * owning process is gone. Labs of runs that are still alive are left alone. Returns the removed ids.
 */
export async function cleanupStale(): Promise<string[]> {
  const ids = new Set<string>();
  for (const ns of await nsList()) {
    const m = LAB_NS_PATTERN.exec(ns);
    if (m?.[1] !== undefined) ids.add(m[1]);
  }
  for (const entry of await readdir('/etc/netns').catch(() => [] as string[])) {
    const m = LAB_NS_PATTERN.exec(entry);
    if (m?.[1] !== undefined) ids.add(m[1]);
  }
  for (const entry of await readdir(LAB_STATE_ROOT).catch(() => [] as string[])) {
    if (/^[0-9a-f]{6}$/.test(entry)) ids.add(entry);
  }
  const removed: string[] = [];
  for (const id of ids) {
    if (await ownerAlive(stateDirFor(id))) continue;
    await removeInstance(id);
    removed.push(id);
  }
  return removed;
}
