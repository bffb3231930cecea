import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LAB_ADDR, LAB_NAMES } from './addresses.js';
import { inNs } from './lab-exec.js';
import { LAB_ROLES, netnsEtcDir } from './lab-names.js';
import type { Lab, LabServiceName } from './lab-types.js';
import { serviceRunning, startService, stopService } from './services.js';
import { configureClient, writeClientResolvConf } from './client-config.js';
import { checkCompanyHealthy, resetCompany } from './company-health.js';
import { healthyResolvConf } from './vpn-tunnel.js';
import { shapingLeft, unshapeLine } from './shaping.js';
import { stopStub, stubRunning } from './filter-faults.js';

// Checking that a lab is back to healthy between scenarios, and forcing it back when an undo
// left something behind. Reusing one lab is only safe when this check passes.

async function pingOk(lab: Lab, target: string): Promise<boolean> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const r = await inNs(lab.ns.client, 'ping', ['-n', '-c', '1', '-W', '1', target], { allowFail: true });
    if (r.code === 0) return true;
  }
  return false;
}

async function digAnswer(lab: Lab, server: string, name: string): Promise<string> {
  const r = await inNs(lab.ns.client, 'dig', ['+short', '+time=1', '+tries=2', `@${server}`, name, 'A'], { allowFail: true });
  return r.stdout.trim();
}

/** Everything that is not as a healthy lab should be; an empty list means healthy. */
export async function checkHealthy(lab: Lab): Promise<string[]> {
  const problems: string[] = [];
  for (const [name, spec] of Object.entries(lab.services) as [LabServiceName, (typeof lab.services)[LabServiceName]][]) {
    const running = await serviceRunning(spec);
    if (running !== spec.runsWhenHealthy) problems.push(`service ${name} is ${running ? 'running' : 'stopped'}`);
  }
  for (const role of LAB_ROLES) {
    const tables = await inNs(lab.ns[role], 'nft', ['list', 'tables'], { allowFail: true });
    if (tables.stdout.trim() !== '') problems.push(`${role} has nftables tables: ${tables.stdout.trim()}`);
  }
  problems.push(...(await shapingLeft(lab)));
  if (await stubRunning(lab)) problems.push('the client still runs a DNS stub');
  const resolv = await readFile(join(netnsEtcDir(lab.ns.client), 'resolv.conf'), 'utf8').catch(() => '');
  if (resolv !== healthyResolvConf(lab)) {
    problems.push(lab.company === undefined ? 'client resolv.conf is not the router' : 'client resolv.conf is not company resolver then router');
  }
  for (const target of [LAB_ADDR.routerLan, ...LAB_ADDR.pingTargets]) {
    if (!(await pingOk(lab, target))) problems.push(`client cannot ping ${target}`);
  }
  for (const server of [LAB_ADDR.routerLan, LAB_ADDR.publicResolver]) {
    const answer = await digAnswer(lab, server, LAB_NAMES.https);
    if (answer !== LAB_ADDR.web) problems.push(`${server} answers ${JSON.stringify(answer)} for ${LAB_NAMES.https}`);
  }
  if (lab.company !== undefined) problems.push(...(await checkCompanyHealthy(lab)));
  return problems;
}

/** Forces a lab back to healthy (no rules, client configured, the right daemons) and returns what is still wrong. */
export async function resetLab(lab: Lab): Promise<string[]> {
  for (const role of LAB_ROLES) await inNs(lab.ns[role], 'nft', ['flush', 'ruleset'], { allowFail: true });
  await unshapeLine(lab);
  await stopStub(lab);
  await configureClient(lab);
  await writeClientResolvConf(lab);
  for (const [name, spec] of Object.entries(lab.services) as [LabServiceName, (typeof lab.services)[LabServiceName]][]) {
    if (spec.runsWhenHealthy) await startService(lab, name);
    else await stopService(lab, name);
  }
  // The company reset rewrites resolv.conf for the tunnel once the tunnel passes traffic again.
  if (lab.company !== undefined) await resetCompany(lab);
  return checkHealthy(lab);
}
