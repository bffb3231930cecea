import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeParserFuzz, HOSTILE_LINES } from '../../../support/fuzz/parser-fuzz.js';
import { parseIfconfig } from '../../../../diagnostics/platform/vpn/parse-ifconfig.js';
import { parseIpAddrJson } from '../../../../diagnostics/platform/vpn/parse-ip-addr.js';
import { parseIpconfigAll } from '../../../../diagnostics/platform/vpn/parse-ipconfig.js';
import { parseNetAdapterJson } from '../../../../diagnostics/platform/vpn/parse-net-adapter.js';
import { parseNetIpAddressJson } from '../../../../diagnostics/platform/vpn/parse-net-ip-address.js';
import { parseNmcliActive } from '../../../../diagnostics/platform/vpn/parse-nmcli-active.js';
import { parseScutilNcList } from '../../../../diagnostics/platform/vpn/parse-scutil-nc.js';
import { parseVpnConnectionJson } from '../../../../diagnostics/platform/vpn/parse-vpn-connection.js';
import { tunnelsFromIpconfig, tunnelsFromNetAdapters } from '../../../../diagnostics/platform/vpn/read-vpn-windows.js';
import { VPN_PRODUCTS } from '../../../../diagnostics/platform/vpn/types.js';
import { fixture } from './fake-runner.js';

// Every parser with the fixtures that feed it. Each must return a value on any text.
const PARSERS: readonly (readonly [string, (s: string) => unknown, readonly string[]])[] = [
  ['Get-NetAdapter', (s) => tunnelsFromNetAdapters(parseNetAdapterJson(s) ?? [], []), ['win-netadapter-anyconnect-up.json', 'win-netadapter-forticlient.json']],
  ['Get-VpnConnection', parseVpnConnectionJson, ['win-vpnconnection-two.json']],
  ['Get-NetIPAddress', parseNetIpAddressJson, ['win-netipaddress.json']],
  [
    'ipconfig',
    (s) => tunnelsFromIpconfig(parseIpconfigAll(s)),
    ['win-en-ipconfig-anyconnect-connected.txt', 'win-de-ipconfig-globalprotect-connected.txt', 'win-sv-ipconfig-forticlient-disconnected.txt'],
  ],
  ['scutil --nc list', parseScutilNcList, ['mac-scutil-nc-third-party.txt']],
  ['ifconfig', parseIfconfig, ['mac-ifconfig-utun.txt']],
  ['ip -j addr', parseIpAddrJson, ['linux-ip-addr-openvpn.json', 'linux-ip-addr-wireguard.json']],
  ['nmcli', parseNmcliActive, ['linux-nmcli-active-vpn.txt']],
];

// Long lines in the shapes these tools print; a parser that backtracks quadratically would take
// minutes on them (the runner caps output at 2 MiB).
const n = 200_000;
const VPN_HOSTILE = [
  `${' '.repeat(n)}x`,
  `   ${'. '.repeat(n)}x: 1`,
  `Ethernet adapter ${'adapter '.repeat(n / 8)}x:`,
  `* (Connected) id ${'"'.repeat(n)} [x`,
  `   IPv4 Address. : ${'('.repeat(n)}`,
  `${'\n'.repeat(n)}interface x`,
  `[${'{"IPAddress":"1%'.repeat(n / 16)}`,
];

describeParserFuzz(
  'VPN parsers never throw',
  PARSERS.map(([name, parse, files]) => ({ name, samples: files.map((f) => fixture(f, 'latin1')), parse: (s) => void expect(parse(s)).toBeDefined() })),
  { hostile: [...HOSTILE_LINES, ...VPN_HOSTILE] },
);

describe('VPN tunnels from any ipconfig text', () => {
  it('names only known products, whatever the ipconfig text', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (header, description) => {
        const text = `\r\n${header}:\r\n\r\n   Description . . . : ${description}\r\n   IPv4 Address. . . : 198.18.0.1\r\n`;
        for (const t of tunnelsFromIpconfig(parseIpconfigAll(text))) expect(VPN_PRODUCTS).toContain(t.product);
      }),
      { numRuns: 300 },
    );
  });
});
