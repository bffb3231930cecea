import { LAB_ADDR } from './addresses.js';
import { inNs, nftLoad, tool } from './lab-exec.js';
import type { Lab } from './lab-types.js';
import { startService, stopService } from './services.js';
import { configureClient, writeClientResolvConf } from './client-config.js';
import { healthyResolvConf } from './vpn-tunnel.js';
import { shapeLine, type LineShape } from './shaping.js';
import { applyFilterFault, describeFilterFault, isFilterFault, type FilterFaultSpec } from './filter-faults.js';
import { applyCompanyFault, describeCompanyFault, isCompanyFault, type CompanyFaultSpec } from './company-faults.js';
import { applyVariantFault, describeVariantFault, isVariantFault, type VariantFaultSpec } from './variant-faults.js';

// Faults applied to a running lab. Each is data (FaultSpec) so scenarios can list them, and each
// application returns its own undo. Loss and outages drop packets ENTERING one device, in one
// direction only, so the loss a client measures with echoes is the loss injected: a dropped
// request is one lost echo, and replies are never dropped a second time.

/**
 * Which link a loss or outage fault sits on: the home LAN (router `lan` ingress), the ISP access
 * line (isp `cpe` ingress), or the provider's uplink beyond its first router (internet `uplink`
 * ingress: the first hop 198.51.100.1 stays clean, everything beyond it suffers).
 */
export type FaultPlace = 'home' | 'isp' | 'upstream';

/** A fault as data: one of the home lab's, a filter of an unusual network (filter-faults.ts), or one of the company network's (company-faults.ts). */
export type FaultSpec = HomeFaultSpec | FilterFaultSpec | CompanyFaultSpec | VariantFaultSpec;

/** A fault of the home lab as data. */
export type HomeFaultSpec =
  | { readonly kind: 'loss'; readonly where: FaultPlace; readonly pct: number }
  | { readonly kind: 'outage'; readonly where: FaultPlace }
  | { readonly kind: 'client-link-down' }
  | { readonly kind: 'client-no-default-route' }
  | { readonly kind: 'client-no-address' }
  | { readonly kind: 'stop-service'; readonly service: 'router-dns' | 'isp-dns' | 'public-dns' }
  | { readonly kind: 'client-resolver'; readonly nameserver: string }
  | { readonly kind: 'captive-portal' }
  | ({ readonly kind: 'shape' } & LineShape);

/** Puts the lab back the way it was before one fault. */
export type Undo = () => Promise<void>;

function placeOf(lab: Lab, where: FaultPlace): { ns: string; dev: string } {
  if (where === 'upstream') return { ns: lab.ns.internet, dev: 'uplink' };
  return where === 'home' ? { ns: lab.ns.router, dev: 'lan' } : { ns: lab.ns.isp, dev: 'cpe' };
}

async function deleteTable(ns: string, family: string, table: string): Promise<void> {
  await inNs(ns, 'nft', ['delete', 'table', family, table], { allowFail: true });
}

/** Drops `pct` % of IPv4 packets entering the device, at random (ARP passes, so the link stays resolvable). */
async function loss(lab: Lab, where: FaultPlace, pct: number): Promise<Undo> {
  if (!Number.isInteger(pct) || pct < 0 || pct > 100) throw new Error(`loss must be an integer percentage, got ${pct}`);
  const { ns, dev } = placeOf(lab, where);
  const table = `hl_loss_${dev}`;
  await nftLoad(ns, [
    `table netdev ${table} {`,
    '  chain ingress {',
    `    type filter hook ingress device "${dev}" priority 0; policy accept;`,
    `    meta protocol ip numgen random mod 100 < ${pct} drop`,
    '  }',
    '}',
    '',
  ].join('\n'));
  return () => deleteTable(ns, 'netdev', table);
}

/** Drops everything entering the device, ARP included: the box behind it looks switched off. */
async function outage(lab: Lab, where: FaultPlace): Promise<Undo> {
  const { ns, dev } = placeOf(lab, where);
  const table = `hl_outage_${dev}`;
  await nftLoad(ns, [
    `table netdev ${table} {`,
    '  chain ingress {',
    `    type filter hook ingress device "${dev}" priority 0; policy drop;`,
    '  }',
    '}',
    '',
  ].join('\n'));
  return () => deleteTable(ns, 'netdev', table);
}

/** The router sends the client's web traffic to its own portal (302 to the login page) and resets HTTPS. */
async function captivePortal(lab: Lab): Promise<Undo> {
  const ns = lab.ns.router;
  await startService(lab, 'portal');
  await nftLoad(ns, [
    'table ip hl_portal {',
    '  chain prerouting {',
    '    type nat hook prerouting priority dstnat; policy accept;',
    `    iifname "lan" ip daddr != ${LAB_ADDR.routerLan} tcp dport 80 dnat to ${LAB_ADDR.routerLan}:80`,
    '  }',
    '  chain forward {',
    '    type filter hook forward priority filter; policy accept;',
    '    iifname "lan" tcp dport 443 reject with tcp reset',
    '  }',
    '}',
    '',
  ].join('\n'));
  return async () => {
    await deleteTable(ns, 'ip', 'hl_portal');
    await stopService(lab, 'portal');
  };
}

/** Applies one fault to a running lab and returns its undo. */
export async function applyFault(lab: Lab, spec: FaultSpec): Promise<Undo> {
  if (isCompanyFault(spec)) return applyCompanyFault(lab, spec);
  if (isFilterFault(spec)) return applyFilterFault(lab, spec);
  if (isVariantFault(spec)) return applyVariantFault(lab, spec);
  const client = lab.ns.client;
  switch (spec.kind) {
    case 'loss':
      return loss(lab, spec.where, spec.pct);
    case 'outage':
      return outage(lab, spec.where);
    case 'client-link-down':
      await tool('ip', ['-n', client, 'link', 'set', 'eth0', 'down']);
      return () => configureClient(lab);
    case 'client-no-default-route':
      await tool('ip', ['-n', client, 'route', 'del', 'default']);
      return () => configureClient(lab);
    case 'client-no-address':
      await tool('ip', ['-n', client, 'addr', 'flush', 'dev', 'eth0']);
      return () => configureClient(lab);
    case 'stop-service':
      await stopService(lab, spec.service);
      return () => startService(lab, spec.service);
    case 'client-resolver':
      await writeClientResolvConf(lab, `nameserver ${spec.nameserver}\n`);
      // Back to this lab's healthy list: the router, or in a company lab the company resolver first.
      return () => writeClientResolvConf(lab, healthyResolvConf(lab));
    case 'captive-portal':
      return captivePortal(lab);
    case 'shape':
      return shapeLine(lab, spec);
  }
}

/** Applies faults in order; the returned undo reverts them in reverse order, even if one undo fails. */
export async function applyFaults(lab: Lab, specs: readonly FaultSpec[]): Promise<Undo> {
  const undos: Undo[] = [];
  const undoAll: Undo = async () => {
    const errors: unknown[] = [];
    for (const undo of undos.reverse()) await undo().catch((e: unknown) => errors.push(e));
    if (errors.length > 0) throw new AggregateError(errors, 'undoing lab faults failed');
  };
  try {
    for (const spec of specs) undos.push(await applyFault(lab, spec));
  } catch (e) {
    await undoAll().catch(() => undefined);
    throw e;
  }
  return undoAll;
}

const DEVICE_NAME: Readonly<Record<FaultPlace, string>> = { home: 'router lan', isp: 'isp cpe', upstream: 'internet uplink' };

/** A short human description of a fault, for logs and the benchmark table. */
export function describeFault(spec: FaultSpec): string {
  if (isCompanyFault(spec)) return describeCompanyFault(spec);
  if (isFilterFault(spec)) return describeFilterFault(spec);
  if (isVariantFault(spec)) return describeVariantFault(spec);
  switch (spec.kind) {
    case 'loss':
      return `${spec.pct}% loss entering ${DEVICE_NAME[spec.where]}`;
    case 'outage':
      return `all dropped entering ${DEVICE_NAME[spec.where]}`;
    case 'client-link-down':
      return 'client eth0 down';
    case 'client-no-default-route':
      return 'client default route removed';
    case 'client-no-address':
      return 'client eth0 addresses flushed';
    case 'stop-service':
      return `${spec.service} stopped`;
    case 'client-resolver':
      return `client resolv.conf -> ${spec.nameserver}`;
    case 'captive-portal':
      return 'router captive portal';
    case 'shape':
      return `line shaped ${spec.downMbit}/${spec.upMbit} Mbit/s, queue ${spec.queueMs} ms`;
  }
}
