import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIpLinkJson } from '../../../../diagnostics/platform/links/parse-ip-link.js';
import { mergeLinks, pathState } from '../../../../diagnostics/probes/adapters.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('ip -j link parser (captured in a namespace here)', () => {
  it('reads up, loopback and virtual interfaces', () => {
    const links = parseIpLinkJson(fixture('linux-ip-link-veth-tun.json'));
    expect(links.map((l) => [l.name, l.up, l.loopback, l.virtual])).toEqual([
      ['lo', true, true, false],
      ['eth1', true, false, true],
      ['eth0', true, false, true],
      ['tun0', false, false, true],
    ]);
  });

  it('reads a link that is down', () => {
    const links = parseIpLinkJson(fixture('linux-ip-link-down.json'));
    expect(links.find((l) => l.name === 'eth0')?.up).toBe(false);
    expect(links.find((l) => l.name === 'eth1')?.up).toBe(false); // LOWERLAYERDOWN: its peer is down
  });

  it('lets an up adapter without any address count as "no address", not "no adapter"', () => {
    const adapters = mergeLinks([], parseIpLinkJson(fixture('linux-ip-link-veth-tun.json')).filter((l) => l.name !== 'tun0'));
    expect(pathState(adapters, null)).toBe('no-address');
  });

  it('corrects systeminformation calling a veth wired', () => {
    const wired = { name: 'eth0', kind: 'wired' as const, up: true, ipv4: ['192.0.2.10'], ipv6: [], selfAssigned: false, mac: null, speedMbps: 10000, dhcp: false };
    const [merged] = mergeLinks([wired], parseIpLinkJson(fixture('linux-ip-link-veth-tun.json')));
    expect(merged?.kind).toBe('virtual');
  });

  it('never throws on garbage', () => {
    fc.assert(fc.property(fc.string(), (s) => void parseIpLinkJson(s)), { numRuns: 300 });
    fc.assert(fc.property(fc.jsonValue(), (v) => void parseIpLinkJson(JSON.stringify(v))), { numRuns: 300 });
  });
});
