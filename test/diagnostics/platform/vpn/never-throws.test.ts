import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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

describe('VPN parsers never throw', () => {
  for (const [name, parse, files] of PARSERS) {
    const samples = files.map((f) => fixture(f, 'latin1'));
    it(`${name}: arbitrary text`, () => {
      fc.assert(
        fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json()), (s) => {
          expect(parse(s)).toBeDefined();
        }),
        { numRuns: 300 },
      );
    });
    it(`${name}: its own output cut anywhere`, () => {
      fc.assert(
        fc.property(fc.constantFrom(...samples), fc.nat(), fc.nat(), (text, a, b) => {
          const [from, to] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y) as [number, number];
          expect(parse(text.slice(0, to))).toBeDefined();
          expect(parse(text.slice(from, to))).toBeDefined();
        }),
        { numRuns: 300 },
      );
    });
    it(`${name}: its own lines shuffled, dropped and doubled`, () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...samples).chain((text) => fc.shuffledSubarray(text.split('\n'), { minLength: 0 })),
          fc.boolean(),
          (lines, twice) => {
            const body = (twice ? [...lines, ...lines] : lines).join('\n');
            expect(parse(body)).toBeDefined();
          },
        ),
        { numRuns: 300 },
      );
    });
  }
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

describe('VPN parsers stay fast on long hostile lines', () => {
  // A parser that backtracks quadratically would take minutes on these; the runner caps output at 2 MiB.
  const n = 200_000;
  const hostile = [
    `${' '.repeat(n)}x`,
    `   ${'. '.repeat(n)}x: 1`,
    `Ethernet adapter ${'adapter '.repeat(n / 8)}x:`,
    `* (Connected) id ${'"'.repeat(n)} [x`,
    `   IPv4 Address. : ${'('.repeat(n)}`,
    `${'\n'.repeat(n)}interface x`,
    `[${'{"IPAddress":"1%'.repeat(n / 16)}`,
  ];
  it('parses each in well under a second', () => {
    for (const [name, parse] of PARSERS) {
      for (const text of hostile) {
        const started = performance.now();
        parse(text);
        expect(performance.now() - started, `${name} on a ${text.length}-char line`).toBeLessThan(1000);
      }
    }
  });
});
