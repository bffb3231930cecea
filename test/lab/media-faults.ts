import { MEDIA_ADDR } from './media-services.js';
import { inNs, ipIn, nftLoad } from './lab-exec.js';
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
  | { readonly kind: 'router-short-udp-mapping'; readonly timeoutS: number };

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
