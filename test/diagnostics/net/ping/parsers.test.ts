import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseUnixPing } from '../../../../diagnostics/net/ping/parse-unix.js';
import { parseWindowsPing } from '../../../../diagnostics/net/ping/parse-windows.js';
import type { PingParse } from '../../../../diagnostics/net/ping/types.js';

const read = (name: string): string => {
  const url = new URL(`./fixtures/${name}`, import.meta.url);
  return existsSync(url) ? readFileSync(url, 'utf8') : '';
};
const unix = (name: string): PingParse => parseUnixPing(read(`${name}.txt`), read(`${name}.stderr.txt`));
/** What Node hands the parser on a German or Swedish console: CP850 bytes decoded as latin1. */
const mangle = (s: string): string => s.replace(/[^\x00-\x7f]/g, (c) => String.fromCharCode(0x80 + (c.charCodeAt(0) % 0x40)));
const rtts = (p: PingParse): number[] => p.replies.map((r) => r.rttMs);

describe('Linux ping (captured in the lab)', () => {
  it('reads replies with sequence numbers and round trips', () => {
    const p = unix('linux-ok');
    expect([p.transmitted, p.received]).toEqual([5, 5]);
    expect(p.replies).toHaveLength(5);
    expect(p.replies[0]).toMatchObject({ from: '203.0.113.10', seq: 1 });
    expect(p.replies.every((r) => r.rttMs > 0 && r.rttMs < 1)).toBe(true);
  });
  it('counts loss from the statistics line', () => {
    const p = unix('linux-loss');
    expect(p.transmitted).toBe(20);
    expect(p.received).toBe(p.replies.length);
    expect(p.received).toBeLessThan(20);
  });
  it('names the router that answered time-to-live exceeded', () => {
    expect(unix('linux-ttl-exceeded').ttlExceededFrom).toEqual(['198.51.100.1', '198.51.100.1', '198.51.100.1']);
  });
  it('reads fragmentation-needed from a router and from the local stack, with the MTU', () => {
    expect(unix('linux-frag-needed').fragNeeded).toEqual([
      { from: '192.0.2.1', mtu: 1400 },
      { from: 'local', mtu: 1400 },
    ]);
  });
  it('tells total loss and an unknown host', () => {
    expect(unix('linux-all-lost')).toMatchObject({ transmitted: 5, received: 0, unknownHost: false });
    expect(unix('linux-host-unreachable')).toMatchObject({ transmitted: 3, received: 0 });
    expect(unix('linux-unknown-host')).toMatchObject({ transmitted: null, unknownHost: true });
  });
});

describe('macOS ping', () => {
  it('reads replies and statistics', () => {
    const p = unix('macos-ok');
    expect([p.transmitted, p.received]).toEqual([3, 3]);
    expect(rtts(p)).toEqual([3.212, 2.981, 4.107]);
    expect(unix('macos-loss')).toMatchObject({ transmitted: 5, received: 3 });
    expect(unix('macos-timeout')).toMatchObject({ transmitted: 4, received: 0 });
  });
  it('reads TTL exceeded, fragmentation needed and unknown host', () => {
    expect(unix('macos-ttl-exceeded').ttlExceededFrom).toEqual(['192.0.2.1', '192.0.2.1']);
    expect(unix('macos-frag-needed').fragNeeded).toEqual([{ from: '192.0.2.1', mtu: 1400 }]);
    expect(unix('macos-unknown-host').unknownHost).toBe(true);
  });
});

describe.each([
  ['en', (s: string) => s],
  ['en', mangle],
  ['de', (s: string) => s],
  ['de', mangle],
  ['sv', (s: string) => s],
  ['sv', mangle],
])('Windows ping in %s', (lang, decode) => {
  const win = (name: string): PingParse => parseWindowsPing(decode(read(`windows-${lang}-${name}.txt`)));
  it('reads replies, <1ms as half a millisecond, and loss', () => {
    const p = win('loss');
    expect(p.transmitted).toBeGreaterThan(p.received!);
    expect(p.received).toBe(p.replies.length);
    if (lang === 'de') expect(rtts(p)).toEqual([2, 0.5, 3]);
    if (lang === 'sv') expect(rtts(p)).toEqual([31, 29, 0.5]);
    if (lang === 'en') expect(rtts(p)).toEqual([24, 27, 25]);
  });
  it('does not count "destination host unreachable" as received, unlike Windows itself', () => {
    const p = win('host-unreachable');
    expect(p.received).toBe(0);
    expect(p.unreachableFrom[0]).toBe('192.0.2.23');
    expect(p.ttlExceededFrom).toEqual([]);
  });
  it('names the router whose TTL expired', () => {
    const p = win('ttl-expired');
    expect(p.ttlExceededFrom.length).toBe(2);
    expect(p.received).toBe(0);
    expect(p.unreachableFrom).toEqual([]);
  });
  it('reads the don\u2019t-fragment refusal', () => {
    const p = win('df');
    expect(p.fragNeeded.length).toBeGreaterThan(0);
    expect(p.received).toBe(0);
  });
  it('tells an unknown host', () => {
    expect(win('unknown-host')).toMatchObject({ unknownHost: true, transmitted: null, received: null });
  });
});

describe('Windows specifics', () => {
  it('reads the all-replies output and IPv6 replies without TTL', () => {
    expect(rtts(parseWindowsPing(read('windows-en-ok.txt')))).toEqual([2, 1, 0.5, 3]);
    const v6 = parseWindowsPing(read('windows-en-ipv6.txt'));
    expect(v6).toMatchObject({ transmitted: 3, received: 2 });
    expect(v6.replies[0]?.from).toBe('2001:db8::1');
  });
});

describe('parsers never throw', () => {
  const fixtures = [
    'linux-ok.txt', 'linux-loss.txt', 'linux-ttl-exceeded.txt', 'macos-loss.txt', 'macos-ttl-exceeded.txt',
    'windows-en-loss.txt', 'windows-de-loss.txt', 'windows-sv-loss.txt', 'windows-de-ttl-expired.txt', 'windows-sv-df.txt',
  ].map(read);
  const both = (s: string): void => {
    parseUnixPing(s, s);
    parseWindowsPing(s);
  };
  it('on arbitrary text', () => fc.assert(fc.property(fc.string({ unit: 'binary' }), both), { numRuns: 1000 }));
  it('on truncated fixtures', () =>
    fc.assert(fc.property(fc.constantFrom(...fixtures), fc.nat(), (f, n) => both(f.slice(0, n % (f.length + 1)))), { numRuns: 500 }));
  it('on shuffled fixture lines, and never counts more replies than lines', () =>
    fc.assert(
      fc.property(fc.constantFrom(...fixtures), fc.func(fc.integer()), (f, order) => {
        const lines = f.split('\n').sort((a, b) => order(a) - order(b)).join('\n');
        both(lines);
        expect(parseWindowsPing(lines).replies.length).toBeLessThanOrEqual(lines.split('\n').length);
      }),
      { numRuns: 300 },
    ));
});
