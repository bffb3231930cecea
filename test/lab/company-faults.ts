import { CORP_ADDR, CORP_NET } from './addresses.js';
import { inNs, nftLoad, tool } from './lab-exec.js';
import type { Lab, StorefrontMode } from './lab-types.js';
import { CORP_LAN_MTU, setCorpLanMtu, writeStorefrontConf } from './corp-topology.js';
import { startSpec, stopSpec } from './services.js';
import { companyOf, connectVpn, disconnectVpn } from './vpn-tunnel.js';

// Faults of the company network. Like the home faults each is data and returns its own undo;
// they need a company lab (createLab({ company: true })).

/** The company daemons a fault may stop. */
export type StoppableCorpService = 'corp-dns' | 'ica' | 'cgp';

/** A company fault as data. */
export type CompanyFaultSpec =
  /** Every TCP packet to the VPN gateway is dropped in the internet namespace (firewall, gateway down). */
  | { readonly kind: 'vpn-gateway-blocked' }
  /** The OpenVPN client is stopped: no tun0, the company resolver leaves resolv.conf. */
  | { readonly kind: 'vpn-client-down' }
  /** A company daemon is stopped. */
  | { readonly kind: 'stop-corp-service'; readonly service: StoppableCorpService }
  /** The gateway drops DNS to the company resolver: it dies silently (hung, firewalled), no refusal. */
  | { readonly kind: 'corp-dns-silent' }
  /** The gateway drops everything forwarded to one internal host (it is down or firewalled). */
  | { readonly kind: 'corp-host-blocked'; readonly host: string }
  /** The StoreFront restarts with an expired certificate or answering 503 in the store. */
  | { readonly kind: 'storefront'; readonly mode: Exclude<StorefrontMode, 'healthy'> }
  /** The company LAN link behind the tunnel gets a smaller MTU; the gateway answers "fragmentation needed". */
  | { readonly kind: 'corp-mtu'; readonly mtu: number };

/** Puts the lab back the way it was before one fault. */
type Undo = () => Promise<void>;

/** Every company fault kind, so faults.ts can tell them from the home ones. */
export const COMPANY_FAULT_KINDS: ReadonlySet<string> = new Set([
  'vpn-gateway-blocked',
  'vpn-client-down',
  'stop-corp-service',
  'corp-host-blocked',
  'corp-dns-silent',
  'storefront',
  'corp-mtu',
]);

/** Whether a fault is one of the company's. */
export function isCompanyFault(spec: { readonly kind: string }): spec is CompanyFaultSpec {
  return COMPANY_FAULT_KINDS.has(spec.kind);
}

async function deleteTable(ns: string, table: string): Promise<void> {
  await inNs(ns, 'nft', ['delete', 'table', 'ip', table], { allowFail: true });
}

/** Drops forwarded packets matching `match` in namespace `ns`, in a table of its own. */
export async function dropForwarded(ns: string, table: string, match: string): Promise<Undo> {
  await nftLoad(ns, [
    `table ip ${table} {`,
    '  chain forward {',
    '    type filter hook forward priority filter; policy accept;',
    `    ${match} drop`,
    '  }',
    '}',
    '',
  ].join('\n'));
  return () => deleteTable(ns, table);
}

/** Forgets learned path MTUs, so a healthy run after the MTU fault does not inherit its 1200. */
export async function flushPathMtu(lab: Lab): Promise<void> {
  const company = companyOf(lab);
  for (const ns of [lab.ns.client, company.ns.corp, company.ns.dc]) {
    await tool('ip', ['-n', ns, 'route', 'flush', 'cache'], { allowFail: true });
  }
}

async function restartStorefront(lab: Lab, mode: StorefrontMode): Promise<void> {
  const company = companyOf(lab);
  const spec = company.services.storefront;
  await stopSpec(spec);
  await writeStorefrontConf(company, mode);
  await startSpec(spec, 'storefront');
}

/** Applies one company fault to a company lab and returns its undo. */
export async function applyCompanyFault(lab: Lab, spec: CompanyFaultSpec): Promise<Undo> {
  const company = companyOf(lab);
  switch (spec.kind) {
    case 'vpn-gateway-blocked':
      return dropForwarded(lab.ns.internet, 'hl_vpn_gateway', `ip daddr ${CORP_ADDR.vpnGateway} meta l4proto tcp`);
    case 'vpn-client-down':
      await disconnectVpn(lab);
      return () => connectVpn(lab);
    case 'stop-corp-service':
      await stopSpec(company.services[spec.service]);
      return () => startSpec(company.services[spec.service], spec.service);
    case 'corp-host-blocked':
      return dropForwarded(company.ns.corp, 'hl_corp_host', `ip daddr ${spec.host}`);
    case 'corp-dns-silent':
      return dropForwarded(company.ns.corp, 'hl_corp_dns', `ip daddr ${CORP_ADDR.resolver} meta l4proto { tcp, udp } th dport 53`);
    case 'storefront':
      await restartStorefront(lab, spec.mode);
      return () => restartStorefront(lab, 'healthy');
    case 'corp-mtu':
      if (!Number.isInteger(spec.mtu) || spec.mtu < 576 || spec.mtu > CORP_LAN_MTU) throw new Error(`corp MTU must be 576..${CORP_LAN_MTU}, got ${spec.mtu}`);
      await setCorpLanMtu(lab, spec.mtu);
      return async () => {
        await setCorpLanMtu(lab);
        await flushPathMtu(lab);
      };
  }
}

/** A short human description of a company fault, for logs and the benchmark table. */
export function describeCompanyFault(spec: CompanyFaultSpec): string {
  switch (spec.kind) {
    case 'vpn-gateway-blocked':
      return `TCP to ${CORP_ADDR.vpnGateway} dropped in internet`;
    case 'vpn-client-down':
      return 'OpenVPN client stopped (no tun0)';
    case 'stop-corp-service':
      return `${spec.service} stopped`;
    case 'corp-host-blocked':
      return `gateway drops traffic to ${spec.host}`;
    case 'corp-dns-silent':
      return `gateway drops DNS to ${CORP_ADDR.resolver}`;
    case 'storefront':
      return spec.mode === 'cert-expired' ? 'StoreFront certificate expired' : 'StoreFront answers 503';
    case 'corp-mtu':
      return `MTU ${spec.mtu} on the company LAN (${CORP_NET.lan})`;
  }
}
