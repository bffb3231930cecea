import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { LAB_ADDR, LAB_NAMES } from './addresses.js';
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
  const spec = lab.services[name];
  if (await serviceRunning(spec)) return;
  const [cmd, ...args] = spec.argv;
  if (cmd === undefined) throw new Error(`service ${name} has no command`);
  // Both dnsmasq and nginx bind their sockets before the foreground process exits.
  await inNs(spec.ns, cmd, args);
  for (let i = 0; i < 50; i++) {
    if (await serviceRunning(spec)) return;
    await sleep(20);
  }
  throw new Error(`service ${name} did not write a live pid to ${spec.pidFile}`);
}

/** Stops a service (SIGTERM, then SIGKILL after 3 s) and waits until its process is gone. */
export async function stopService(lab: Lab, name: LabServiceName): Promise<void> {
  const spec = lab.services[name];
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
