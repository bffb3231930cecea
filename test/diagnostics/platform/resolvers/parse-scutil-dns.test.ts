import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScutilBlocks, parseScutilDns, scutilSearchDomains } from '../../../../diagnostics/platform/resolvers/parse-scutil-dns.js';
import { fixture } from './fixture.js';

describe('parseScutilDns (macOS scutil --dns)', () => {
  it('reads a home Wi-Fi: one default resolver, its scoped twin, mDNS blocks without servers', () => {
    const text = fixture('scutil-dns-home.txt');
    expect(parseScutilDns(text)).toEqual([
      { address: '192.0.2.1', scope: 'default', interface: 'en0' },
      { address: '2001:db8::1', scope: 'default', interface: 'en0' },
      { address: '192.0.2.1', scope: 'scoped', interface: 'en0' },
      { address: '2001:db8::1', scope: 'scoped', interface: 'en0' },
    ]);
    expect(scutilSearchDomains(text)).toEqual(['home.example']);
  });

  it('keeps the VPN\u2019s supplemental resolvers with their domains and tunnel interface', () => {
    const text = fixture('scutil-dns-vpn.txt');
    const vpn = { scope: 'supplemental', interface: 'utun4' } as const;
    expect(parseScutilDns(text)).toEqual([
      { address: '192.0.2.1', scope: 'default', interface: 'en0' },
      { address: '198.51.100.53', ...vpn, domains: ['corp.example.com'] },
      { address: '198.51.100.54', ...vpn, domains: ['corp.example.com'] },
      { address: '198.51.100.53', ...vpn, domains: ['100.51.198.in-addr.arpa'] },
      { address: '198.51.100.54', ...vpn, domains: ['100.51.198.in-addr.arpa'] },
      { address: '192.0.2.1', scope: 'scoped', interface: 'en0' },
      { address: '198.51.100.53', scope: 'scoped', interface: 'utun4' },
      { address: '198.51.100.54', scope: 'scoped', interface: 'utun4' },
    ]);
    expect(scutilSearchDomains(text)).toEqual(['home.example']);
  });

  it('exposes each block as printed: number, flags, options, search domains', () => {
    const blocks = parseScutilBlocks(fixture('scutil-dns-vpn.txt'));
    expect(blocks).toHaveLength(7);
    expect(blocks[1]).toEqual({
      number: 2,
      scopedSection: false,
      nameservers: ['198.51.100.53', '198.51.100.54'],
      searchDomains: [],
      domain: 'corp.example.com',
      interface: 'utun4',
      flags: ['Supplemental', 'Request A records'],
    });
    expect(blocks[3]).toMatchObject({ number: 4, domain: 'local', options: 'mdns', nameservers: [] });
    expect(blocks[6]).toMatchObject({ number: 2, scopedSection: true, searchDomains: ['corp.example.com'], flags: ['Scoped', 'Request A records'] });
  });

  it('never throws on any input, including cut-off real output', () => {
    const real = fixture('scutil-dns-vpn.txt');
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => void parseScutilDns(s)), { numRuns: 1000 });
    fc.assert(fc.property(fc.nat(real.length), fc.string(), (cut, tail) => void parseScutilDns(real.slice(0, cut) + tail)), { numRuns: 500 });
  });
});
