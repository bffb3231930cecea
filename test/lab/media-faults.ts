import { join } from 'node:path';
import { labHelperPath, MEDIA_ADDR } from './media-services.js';
import { inNs, ipIn, nftLoad } from './lab-exec.js';
import { startSpec, stopSpec } from './services.js';
import type { ServiceSpec } from './lab-types.js';
import { LAB_ADDR, LAB_NET } from './addresses.js';
import type { Lab } from './lab-types.js';
import type { Undo } from './faults.js';

// Faults of the real-time lab, as data with their own undo. Kept apart from faults.ts because
// only the media lab starts the servers they act on; like there, loss drops requests ENTERING a
// device in one direction only, so the loss measured is the loss injected.

export type MediaFault =
  /** The home router drops forwarded UDP except DNS: calls and EDT cannot use UDP, the rest works. */
  | { readonly kind: 'router-blocks-udp' }
  /** Only UDP 443 is dropped at the router: calls work, Citrix EDT falls back to TCP. */
  | { readonly kind: 'router-blocks-udp-443' }
  /** `pct` % of UDP packets to the STUN port are dropped entering the ISP's access side; ping is untouched. */
  | { readonly kind: 'isp-udp-loss'; readonly pct: number }
  /** The router masquerades the home network; `random` gives each destination its own port (symmetric). */
  | { readonly kind: 'router-nat'; readonly random: boolean }
  /** The provider translates the home's STUN traffic to a shared address (100.64.0.0/10): carrier-grade NAT. */
  | { readonly kind: 'isp-cgnat' }
  /**
   * The router masquerades with a random port per new mapping and forgets idle UDP mappings after
   * `timeoutS` (conntrack's UDP timeouts in the router namespace): the mapping-lifetime test's case.
   */
  | { readonly kind: 'router-short-udp-mapping'; readonly timeoutS: number }
  /**
   * The provider translates the home's STUN traffic once more, to another public address
   * (NAT_BEYOND_ADDRESS): a NAT beyond the router, which the router's own WAN address (NAT-PMP) reveals.
   */
  | { readonly kind: 'isp-nat' }
  /**
   * Jitter without netem: on the provider's link towards the home, STUN answers share a slow htb
   * class (JITTER.rateMbit, a byte FIFO) with bursts of competing UDP sent from the internet side;
   * answers queued behind a burst wait up to its drain time, answers between bursts do not.
   */
  | { readonly kind: 'isp-udp-jitter' };

/** The public address the provider's second NAT (`isp-nat`) gives the home's STUN traffic. */
export const NAT_BEYOND_ADDRESS = '198.51.100.200';

/**
 * The jitter scenario's queue and bursts, and what the lab therefore knows: each burst needs
 * `drainMs` to leave the slow class (wire bytes: payload + UDP/IP 28 + Ethernet 14), so an
 * answer waits between 0 and drainMs behind it (up to twice that if two bursts bunch up under
 * load); the FIFO holds two bursts, so nothing is dropped.
 */
export const JITTER = (() => {
  const rateMbit = 2;
  const packets = 20;
  const size = 1000;
  const periodMs = 200;
  const drainMs = (packets * (size + 28 + 14) * 8) / (rateMbit * 1000);
  return { rateMbit, packets, size, periodMs, drainMs, fifoBytes: 3 * packets * (size + 42), discardPort: 9 } as const;
})();

function burstSpec(lab: Lab): ServiceSpec {
  const pid = join(lab.stateDir, 'udp-bursts.pid');
  return {
    ns: lab.ns.internet,
    argv: [process.execPath, labHelperPath('udp-bursts'), LAB_ADDR.client, String(JITTER.discardPort), String(JITTER.packets), String(JITTER.size), String(JITTER.periodMs), pid],
    pidFile: pid,
    runsWhenHealthy: false,
    detachedLog: join(lab.stateDir, 'udp-bursts.log'),
  };
}

async function slowUdpClass(lab: Lab): Promise<void> {
  const tc = (args: string[]) => inNs(lab.ns.isp, 'tc', args);
  await tc(['qdisc', 'replace', 'dev', 'cpe', 'root', 'handle', '1:', 'htb', 'default', '10']);
  await tc(['class', 'add', 'dev', 'cpe', 'parent', '1:', 'classid', '1:10', 'htb', 'rate', '10gbit']);
  await tc(['class', 'add', 'dev', 'cpe', 'parent', '1:', 'classid', '1:20', 'htb', 'rate', `${JITTER.rateMbit}mbit`, 'ceil', `${JITTER.rateMbit}mbit`, 'burst', '1600', 'cburst', '1600']);
  await tc(['qdisc', 'add', 'dev', 'cpe', 'parent', '1:20', 'handle', '20:', 'bfifo', 'limit', String(JITTER.fifoBytes)]);
  // STUN answers (source port 3478) and the bursts (to the discard port) share the slow class; all else passes unshaped.
  for (const [field, port] of [['sport', MEDIA_ADDR.stunPort], ['dport', JITTER.discardPort]] as const) {
    await tc(['filter', 'add', 'dev', 'cpe', 'parent', '1:', 'protocol', 'ip', 'prio', '1', 'u32', 'match', 'ip', 'protocol', '17', '0xff', 'match', 'ip', field, String(port), '0xffff', 'flowid', '1:20']);
  }
}

const UDP_TIMEOUT_SYSCTLS = ['net.netfilter.nf_conntrack_udp_timeout', 'net.netfilter.nf_conntrack_udp_timeout_stream'] as const;

/** The shared (RFC 6598) address the lab's carrier-grade NAT gives the home. */
export const CGNAT_ADDRESS = '100.64.0.2';

async function deleteTable(ns: string, family: string, table: string): Promise<void> {
  await inNs(ns, 'nft', ['delete', 'table', family, table], { allowFail: true });
}

async function forwardFilter(lab: Lab, rule: string): Promise<Undo> {
  await nftLoad(lab.ns.router, [
    'table inet hl_media_block {',
    '  chain forward {',
    '    type filter hook forward priority filter; policy accept;',
    `    ${rule}`,
    '  }',
    '}',
    '',
  ].join('\n'));
  return () => deleteTable(lab.ns.router, 'inet', 'hl_media_block');
}

/** Applies one media fault and returns its undo. */
export async function applyMediaFault(lab: Lab, f: MediaFault): Promise<Undo> {
  switch (f.kind) {
    case 'router-blocks-udp':
      return forwardFilter(lab, 'iifname "lan" meta l4proto udp udp dport != 53 drop');
    case 'router-blocks-udp-443':
      return forwardFilter(lab, 'iifname "lan" udp dport 443 drop');
    case 'isp-udp-loss': {
      if (!Number.isInteger(f.pct) || f.pct < 0 || f.pct > 100) throw new Error(`loss must be an integer percentage, got ${f.pct}`);
      await nftLoad(lab.ns.isp, [
        'table netdev hl_media_loss {',
        '  chain ingress {',
        '    type filter hook ingress device "cpe" priority 0; policy accept;',
        `    meta protocol ip udp dport ${MEDIA_ADDR.stunPort} numgen random mod 100 < ${f.pct} drop`,
        '  }',
        '}',
        '',
      ].join('\n'));
      return () => deleteTable(lab.ns.isp, 'netdev', 'hl_media_loss');
    }
    case 'router-nat':
      await nftLoad(lab.ns.router, [
        'table ip hl_media_nat {',
        '  chain postrouting {',
        '    type nat hook postrouting priority srcnat; policy accept;',
        `    oifname "wan" ${f.random ? 'masquerade random' : 'masquerade'}`,
        '  }',
        '}',
        '',
      ].join('\n'));
      // Mapped flows stay in conntrack until they time out; each check uses a new source port, so none is reused.
      return () => deleteTable(lab.ns.router, 'ip', 'hl_media_nat');
    case 'router-short-udp-mapping': {
      if (!Number.isInteger(f.timeoutS) || f.timeoutS < 1) throw new Error(`the UDP timeout must be whole seconds, got ${f.timeoutS}`);
      const undoNat = await applyMediaFault(lab, { kind: 'router-nat', random: true });
      const before: string[] = [];
      for (const key of UDP_TIMEOUT_SYSCTLS) {
        before.push((await inNs(lab.ns.router, 'sysctl', ['-n', key])).stdout.trim());
        await inNs(lab.ns.router, 'sysctl', ['-q', '-w', `${key}=${f.timeoutS}`]);
      }
      return async () => {
        for (const [i, key] of UDP_TIMEOUT_SYSCTLS.entries()) await inNs(lab.ns.router, 'sysctl', ['-q', '-w', `${key}=${before[i] ?? '30'}`], { allowFail: true });
        await undoNat();
      };
    }
    case 'isp-nat':
      await nftLoad(lab.ns.isp, [
        'table ip hl_media_nat2 {',
        '  chain postrouting {',
        '    type nat hook postrouting priority srcnat; policy accept;',
        `    oifname "core" ip saddr { ${LAB_NET.home}, ${LAB_ADDR.routerWan} } udp dport ${MEDIA_ADDR.stunPort} snat to ${NAT_BEYOND_ADDRESS}`,
        '  }',
        '}',
        '',
      ].join('\n'));
      return () => deleteTable(lab.ns.isp, 'ip', 'hl_media_nat2');
    case 'isp-udp-jitter': {
      await slowUdpClass(lab);
      const spec = burstSpec(lab);
      try {
        await startSpec(spec, 'udp-bursts');
      } catch (e) {
        await inNs(lab.ns.isp, 'tc', ['qdisc', 'del', 'dev', 'cpe', 'root'], { allowFail: true });
        throw e;
      }
      return async () => {
        await stopSpec(spec);
        await inNs(lab.ns.isp, 'tc', ['qdisc', 'del', 'dev', 'cpe', 'root'], { allowFail: true });
      };
    }
    case 'isp-cgnat': {
      // Only STUN traffic is translated, so the rest of the lab's checks run as on a routed line;
      // the internet side routes the shared range back to the provider, as a real CGN's inside would.
      await nftLoad(lab.ns.isp, [
        'table ip hl_media_cgnat {',
        '  chain postrouting {',
        '    type nat hook postrouting priority srcnat; policy accept;',
        `    oifname "core" ip saddr ${LAB_NET.home} udp dport ${MEDIA_ADDR.stunPort} snat to ${CGNAT_ADDRESS}`,
        '  }',
        '}',
        '',
      ].join('\n'));
      await ipIn(lab.ns.internet, ['route', 'replace', '100.64.0.0/10', 'via', LAB_ADDR.ispCore, 'dev', 'uplink']);
      return async () => {
        await deleteTable(lab.ns.isp, 'ip', 'hl_media_cgnat');
        await inNs(lab.ns.internet, 'ip', ['route', 'del', '100.64.0.0/10'], { allowFail: true });
      };
    }
  }
}
