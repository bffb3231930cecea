import { CORP_ADDR, LAB_ADDR } from './addresses.js';
import { inNs, nftLoad } from './lab-exec.js';
import type { Lab } from './lab-types.js';

// More conditions of issue #14's classes, different in mechanism from filter-faults.ts: ICMP
// rejected instead of dropped, rate-limited (bursty, ICMP only), filtered towards one host only;
// loss on the way back only; one TCP port dropped; the company resolver rejected or deaf to UDP
// only. nftables only (no netem), each with its own undo.

/** Where a rejecting or rate-limiting ICMP echo filter sits. */
export type EchoVariantPlace =
  /** the home router, for echoes to itself */
  | 'router'
  /** the home router's firewall, for echoes it forwards out */
  | 'router-forward'
  /** the provider, for echoes it forwards */
  | 'isp'
  /** the provider's first router, for echoes to itself */
  | 'isp-hop';

/** A variant condition as data. */
export type VariantFaultSpec =
  /** Echo requests answered with ICMP "administratively prohibited" instead of an echo reply. */
  | { readonly kind: 'echo-rejected'; readonly where: EchoVariantPlace }
  /** Echo requests above `perSecond` (burst `burst`) dropped: a token bucket, so loss comes in runs. */
  | { readonly kind: 'echo-rate-limited'; readonly where: EchoVariantPlace; readonly perSecond: number; readonly burst: number }
  /** Echo requests to one address dropped by the provider; TCP to it still works. */
  | { readonly kind: 'echo-filtered-to'; readonly address: string }
  /** Everything to one TCP port dropped by the provider (e.g. 80 while 443 works). */
  | { readonly kind: 'tcp-port-dropped'; readonly port: number }
  /** `pct` % of packets coming back from the internet dropped entering the provider's `core` (the way out is clean). */
  | { readonly kind: 'return-loss'; readonly pct: number }
  /** The VPN gateway rejects DNS to the company resolver with ICMP admin-prohibited. */
  | { readonly kind: 'corp-dns-rejected' }
  /** The VPN gateway drops UDP DNS to the company resolver; TCP 53 still works. */
  | { readonly kind: 'corp-dns-udp-dropped' }
  /** DNS (UDP and TCP 53) silently dropped before a resolver: the router's own (its input) or the provider's (from the router). */
  | { readonly kind: 'dns-dropped-at'; readonly resolver: 'router' | 'isp' };

/** Every variant kind, so faults.ts can tell them from its own. */
export const VARIANT_FAULT_KINDS: ReadonlySet<string> = new Set([
  'echo-rejected',
  'echo-rate-limited',
  'echo-filtered-to',
  'tcp-port-dropped',
  'return-loss',
  'corp-dns-rejected',
  'corp-dns-udp-dropped',
  'dns-dropped-at',
]);

/** Whether a fault is one of this file's. */
export function isVariantFault(spec: { readonly kind: string }): spec is VariantFaultSpec {
  return VARIANT_FAULT_KINDS.has(spec.kind);
}

type Undo = () => Promise<void>;

/** One table of one family in one namespace, holding one chain; the undo deletes the table. */
async function table(ns: string, family: 'ip' | 'netdev', name: string, chainHead: string, rules: readonly string[]): Promise<Undo> {
  await nftLoad(ns, [`table ${family} ${name} {`, '  chain c {', `    ${chainHead}`, ...rules.map((r) => `    ${r}`), '  }', '}', ''].join('\n'));
  return async () => {
    await inNs(ns, 'nft', ['delete', 'table', family, name], { allowFail: true });
  };
}

function echoPlace(lab: Lab, where: EchoVariantPlace): { ns: string; hook: 'input' | 'forward' } {
  if (where === 'router') return { ns: lab.ns.router, hook: 'input' };
  if (where === 'router-forward') return { ns: lab.ns.router, hook: 'forward' };
  if (where === 'isp-hop') return { ns: lab.ns.isp, hook: 'input' };
  return { ns: lab.ns.isp, hook: 'forward' };
}

const hookHead = (hook: string): string => `type filter hook ${hook} priority filter; policy accept;`;

function corpGatewayNs(lab: Lab): string {
  if (lab.company === undefined) throw new Error('this fault needs a company lab');
  return lab.company.ns.corp;
}

function checkInt(what: string, n: number, min: number, max: number): void {
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${what} must be an integer ${min}..${max}, got ${n}`);
}

/** Applies one variant fault and returns its undo. */
export async function applyVariantFault(lab: Lab, spec: VariantFaultSpec): Promise<Undo> {
  switch (spec.kind) {
    case 'echo-rejected': {
      const { ns, hook } = echoPlace(lab, spec.where);
      return table(ns, 'ip', `hl_echo_rej_${hook}`, hookHead(hook), ['icmp type echo-request reject with icmp type admin-prohibited']);
    }
    case 'echo-rate-limited': {
      checkInt('echo rate', spec.perSecond, 1, 100_000);
      checkInt('echo burst', spec.burst, 1, 100_000);
      const { ns, hook } = echoPlace(lab, spec.where);
      return table(ns, 'ip', `hl_echo_rate_${hook}`, hookHead(hook), [
        `icmp type echo-request limit rate over ${spec.perSecond}/second burst ${spec.burst} packets drop`,
      ]);
    }
    case 'echo-filtered-to':
      return table(lab.ns.isp, 'ip', 'hl_echo_to', hookHead('forward'), [`ip daddr ${spec.address} icmp type echo-request drop`]);
    case 'tcp-port-dropped':
      checkInt('port', spec.port, 1, 65_535);
      return table(lab.ns.isp, 'ip', 'hl_tcp_port', hookHead('forward'), [`tcp dport ${spec.port} drop`]);
    case 'return-loss':
      checkInt('loss', spec.pct, 0, 100);
      return table(lab.ns.isp, 'netdev', 'hl_return_loss', 'type filter hook ingress device "core" priority 0; policy accept;', [
        `meta protocol ip numgen random mod 100 < ${spec.pct} drop`,
      ]);
    case 'corp-dns-rejected':
      return table(corpGatewayNs(lab), 'ip', 'hl_corp_dns_rej', hookHead('forward'), [
        `ip daddr ${CORP_ADDR.resolver} meta l4proto { tcp, udp } th dport 53 reject with icmp type admin-prohibited`,
      ]);
    case 'corp-dns-udp-dropped':
      return table(corpGatewayNs(lab), 'ip', 'hl_corp_dns_udp', hookHead('forward'), [`ip daddr ${CORP_ADDR.resolver} udp dport 53 drop`]);
    case 'dns-dropped-at':
      if (spec.resolver === 'router') {
        return table(lab.ns.router, 'ip', 'hl_dns_drop_router', hookHead('input'), [`ip daddr ${LAB_ADDR.routerLan} meta l4proto { tcp, udp } th dport 53 drop`]);
      }
      return table(lab.ns.isp, 'ip', 'hl_dns_drop_isp', hookHead('input'), [`ip daddr ${LAB_ADDR.ispResolver} meta l4proto { tcp, udp } th dport 53 drop`]);
  }
}

const PLACE_TEXT: Readonly<Record<EchoVariantPlace, string>> = {
  router: 'router, echoes to itself',
  'router-forward': 'router firewall, echoes it forwards',
  isp: 'provider, echoes it forwards',
  'isp-hop': "provider's first router, echoes to itself",
};

/** A short human description, for logs and the benchmark table. */
export function describeVariantFault(spec: VariantFaultSpec): string {
  switch (spec.kind) {
    case 'echo-rejected':
      return `ICMP echo rejected (admin-prohibited) at the ${PLACE_TEXT[spec.where]}`;
    case 'echo-rate-limited':
      return `ICMP echo limited to ${spec.perSecond}/s (burst ${spec.burst}) at the ${PLACE_TEXT[spec.where]}`;
    case 'echo-filtered-to':
      return `provider drops ICMP echo to ${spec.address} only`;
    case 'tcp-port-dropped':
      return `provider drops TCP port ${spec.port}`;
    case 'return-loss':
      return `${spec.pct}% loss on the way back, entering isp core`;
    case 'corp-dns-rejected':
      return `gateway rejects DNS to ${CORP_ADDR.resolver} (admin-prohibited)`;
    case 'corp-dns-udp-dropped':
      return `gateway drops UDP DNS to ${CORP_ADDR.resolver}; TCP 53 passes`;
    case 'dns-dropped-at':
      return spec.resolver === 'router' ? "router drops DNS to itself" : "provider's resolver drops DNS";
  }
}
