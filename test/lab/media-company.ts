import { CORP_ADDR } from './addresses.js';
import { inNs, ipIn, nftLoad } from './lab-exec.js';
import type { Lab } from './lab-types.js';
import type { Undo } from './faults.js';
import { MEDIA_ADDR, stunSpec, waitBound } from './media-services.js';
import { startSpec, stopSpec } from './services.js';
import { companyOf } from './vpn-tunnel.js';
import { TUN_DEVICE } from './openvpn-config.js';

// The company's share of the real-time lab: two STUN servers inside the company, reached only
// through the VPN tunnel, in two /16 networks (198.18.20.78 on the data-centre LAN, 198.19.20.78
// behind it, both in the benchmarking range 198.18.0.0/15), so that "UDP stops at the company"
// is not one far network's trouble. The second network's route into the tunnel stands for a
// pushed route, set on the client only while this file runs.

export const COMPANY_STUN = { lan: '198.18.20.78', second: '198.19.20.78' } as const;

/** Starts coturn in the data centre and routes the second network through the tunnel; returns the undo. */
export async function startCompanyStun(lab: Lab): Promise<Undo> {
  const company = companyOf(lab);
  const { dc, corp } = company.ns;
  await ipIn(dc, ['addr', 'replace', `${COMPANY_STUN.lan}/24`, 'dev', 'eth0']);
  await ipIn(dc, ['addr', 'replace', `${COMPANY_STUN.second}/32`, 'dev', 'eth0']);
  await ipIn(corp, ['route', 'replace', `${COMPANY_STUN.second}/32`, 'via', CORP_ADDR.sessionHost]);
  await ipIn(lab.ns.client, ['route', 'replace', `${COMPANY_STUN.second}/32`, 'dev', TUN_DEVICE]);
  const spec = stunSpec(lab, dc, 'stun-company', [COMPANY_STUN.lan, COMPANY_STUN.second]);
  await startSpec(spec, 'stun-company');
  await waitBound(dc, COMPANY_STUN.second, MEDIA_ADDR.stunPort, 'coturn in the company');
  return async () => {
    await stopSpec(spec);
    await inNs(lab.ns.client, 'ip', ['route', 'del', `${COMPANY_STUN.second}/32`], { allowFail: true });
    await inNs(corp, 'ip', ['route', 'del', `${COMPANY_STUN.second}/32`], { allowFail: true });
  };
}

/** The company's VPN gateway drops UDP for calls (3478) and EDT (443) coming out of the tunnel; TCP passes. */
export async function companyDropsUdp(lab: Lab): Promise<Undo> {
  const { corp } = companyOf(lab).ns;
  await nftLoad(corp, [
    'table inet hl_media_corp {',
    '  chain forward {',
    '    type filter hook forward priority filter; policy accept;',
    `    iifname "${TUN_DEVICE}" udp dport { ${MEDIA_ADDR.stunPort}, 443 } drop`,
    '  }',
    '}',
    '',
  ].join('\n'));
  return () => inNs(corp, 'nft', ['delete', 'table', 'inet', 'hl_media_corp'], { allowFail: true }).then(() => undefined);
}
