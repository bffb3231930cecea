import { readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { open, readFile, rm } from 'node:fs/promises';
import { CORP_ADDR, CORP_NAMES, LAB_ADDR, LAB_NAMES } from './addresses.js';
import { inNs, sleep } from './lab-exec.js';
import type { Lab, LabServiceName, ServiceSpec } from './lab-types.js';

// Starting and stopping the lab's daemons. Each daemonizes and writes its own pid file in the lab
// folder; stopping reads that file, so one instance never signals another instance's processes.

const DNSMASQ_COMMON = [
  // No /etc/dnsmasq.conf, no /etc/resolv.conf, no /etc/hosts: the lab's answers are only its own.
  '--conf-file=/dev/null',
  '--no-resolv',
  '--no-hosts',
  '--bind-interfaces',
  '--log-queries',
];

/** dnsmasq arguments for the home router: a forwarder on the LAN address to the ISP's resolver. */
export function routerDnsmasqArgs(pidFile: string, logFile: string): string[] {
  return [
    ...DNSMASQ_COMMON,
    `--listen-address=${LAB_ADDR.routerLan}`,
    `--server=${LAB_ADDR.ispResolver}`,
    // No cache: a name cached in one scenario must not hide the next scenario's dead upstream.
    '--cache-size=0',
    `--pid-file=${pidFile}`,
    `--log-facility=${logFile}`,
  ];
}

/** dnsmasq arguments for a DNS stub on the computer (as NetworkManager runs one): listens on a loopback address, forwards to `upstream`. */
export function stubDnsmasqArgs(listen: string, upstream: string, pidFile: string, logFile: string): string[] {
  return [...DNSMASQ_COMMON, `--listen-address=${listen}`, `--server=${upstream}`, '--cache-size=0', `--pid-file=${pidFile}`, `--log-facility=${logFile}`];
}

/** dnsmasq arguments for a resolver that answers the lab names itself (the ISP's, the public one). */
export function authoritativeDnsmasqArgs(listen: string, pidFile: string, logFile: string): string[] {
  return [
    ...DNSMASQ_COMMON,
    `--listen-address=${listen}`,
    `--host-record=${LAB_NAMES.https},${LAB_ADDR.web}`,
    `--host-record=${LAB_NAMES.portalCheck},${LAB_ADDR.web}`,
    // Known names only: NODATA for their AAAA, NXDOMAIN for any other name (no REFUSED, no upstream).
    '--local=/#/',
    `--pid-file=${pidFile}`,
    `--log-facility=${logFile}`,
  ];
}

/** dnsmasq arguments for the company resolver: answers the company's names, forwards the rest to the public resolver. */
export function companyDnsmasqArgs(pidFile: string, logFile: string): string[] {
  return [
    ...DNSMASQ_COMMON,
    `--listen-address=${CORP_ADDR.resolver}`,
    `--host-record=${CORP_NAMES.intranet},${CORP_ADDR.intranet}`,
    `--host-record=${CORP_NAMES.storefront},${CORP_ADDR.storefront}`,
    `--host-record=${CORP_NAMES.vpnGateway},${CORP_ADDR.vpnGateway}`,
    // The company zone is answered here only (NXDOMAIN for unknown corp names); the rest goes out.
    `--local=/${CORP_NAMES.domain}/`,
    `--server=${LAB_ADDR.publicResolver}`,
    '--cache-size=0',
    `--pid-file=${pidFile}`,
    `--log-facility=${logFile}`,
  ];
}

/** The pid in a daemon's pid file, or null when there is no file (or no number in it). */
export async function readPid(pidFile: string): Promise<number | null> {
  try {
    const pid = Number.parseInt((await readFile(pidFile, 'utf8')).trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Whether process `pid` exists and is not a zombie (a container's init may never reap it). */
export function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The state letter follows the parenthesised command name, which may itself hold spaces.
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    return false;
  }
}

/** Whether the service's daemon is running, according to its pid file. */
export async function serviceRunning(spec: ServiceSpec): Promise<boolean> {
  const pid = await readPid(spec.pidFile);
  return pid !== null && isAlive(pid);
}

/** Starts a service unless it already runs; resolves once its pid file names a live process. */
export async function startService(lab: Lab, name: LabServiceName): Promise<void> {
  await startSpec(lab.services[name], name);
}

/** Stops a service (SIGTERM, then SIGKILL after 3 s) and waits until its process is gone. */
export async function stopService(lab: Lab, name: LabServiceName): Promise<void> {
  await stopSpec(lab.services[name]);
}

/** Starts a program that stays in the foreground, detached from us, its output going to `log`. */
async function startDetached(spec: ServiceSpec, log: string): Promise<void> {
  const out = await open(log, 'a');
  try {
    // `ip netns exec` execs the program itself, so the pid the program writes is the one we signal.
    // allow-spawn: lab daemons run detached by design, output to a log file; stopped through their pid file
    const child = spawn('ip', ['netns', 'exec', spec.ns, ...spec.argv], {
      shell: false,
      detached: true,
      stdio: ['ignore', out.fd, out.fd],
    });
    child.on('error', () => undefined);
    child.unref();
  } finally {
    await out.close();
  }
}

/** Starts a daemon by its spec unless it already runs; resolves once its pid file names a live process. */
export async function startSpec(spec: ServiceSpec, label: string, waitMs = 5000): Promise<void> {
  if (await serviceRunning(spec)) return;
  // A stale pid file of a dead process would pass the wait below at once.
  await rm(spec.pidFile, { force: true });
  const [cmd, ...args] = spec.argv;
  if (cmd === undefined) throw new Error(`service ${label} has no command`);
  if (spec.detachedLog !== undefined) await startDetached(spec, spec.detachedLog);
  // Both dnsmasq and nginx bind their sockets before the foreground process exits.
  else await inNs(spec.ns, cmd, args);
  for (let waited = 0; waited < waitMs; waited += 20) {
    if (await serviceRunning(spec)) return;
    await sleep(20);
  }
  throw new Error(`service ${label} did not write a live pid to ${spec.pidFile}`);
}

/** Stops a daemon by its spec (SIGTERM, then SIGKILL after 3 s) and waits until its process is gone. */
export async function stopSpec(spec: ServiceSpec): Promise<void> {
  const pid = await readPid(spec.pidFile);
  if (pid === null || !isAlive(pid)) return;
  process.kill(pid, 'SIGTERM');
  for (let i = 0; i < 150; i++) {
    if (!isAlive(pid)) return;
    await sleep(20);
  }
  process.kill(pid, 'SIGKILL');
  await sleep(50);
}
