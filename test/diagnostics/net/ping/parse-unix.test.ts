import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseUnixPing } from '../../../../diagnostics/net/ping/parse-unix.js';
import type { PingParse } from '../../../../diagnostics/net/ping/types.js';
import { fixture, fixtureNames } from './ping-fixtures.js';

const parse = (name: string): PingParse => parseUnixPing(fixture(`${name}.txt`), fixture(`${name}.stderr.txt`));
const none = { ttlExceededFrom: [], unreachableFrom: [], fragNeeded: [], unknownHost: false, notes: [] };
const replies = (from: string, seqs: readonly number[], rtts: readonly number[]): PingParse['replies'] =>
  seqs.map((seq, i) => ({ from, seq, rttMs: rtts[i]! }));

describe('Linux iputils output (captured)', () => {
  it('reads every reply of a clean run', () => {
    expect(parse('linux-ok')).toEqual({
      ...none,
      transmitted: 5,
      received: 5,
      replies: replies('203.0.113.10', [1, 2, 3, 4, 5], [0.157, 0.088, 0.093, 0.094, 0.103]),
    });
    expect(parse('linux-loopback')).toEqual({
      ...none,
      transmitted: 5,
      received: 5,
      replies: replies('127.0.0.1', [1, 2, 3, 4, 5], [0.03, 0.085, 0.077, 0.049, 0.086]),
    });
    expect(parse('linux-loopback6')).toEqual({ ...none, transmitted: 3, received: 3, replies: replies('::1', [1, 2, 3], [0.05, 0.048, 0.08]) });
  });

  it('reads a lossy run: the gaps in the sequence and the statistics agree', () => {
    const p = parse('linux-loss');
    expect([p.transmitted, p.received]).toEqual([30, 26]);
    expect(p.replies.map((r) => r.seq)).toEqual([1, 2, 3, 4, 6, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 22, 23, 24, 25, 27, 28, 29, 30]);
    expect(p.replies.slice(0, 5).map((r) => r.rttMs)).toEqual([0.058, 0.086, 0.113, 0.117, 0.095]);
    expect(p.replies.every((r) => r.from === '203.0.113.10')).toBe(true);
    expect(p).toMatchObject(none);
  });

  it('reads a run nobody answered', () => {
    expect(parse('linux-no-answer')).toEqual({ ...none, transmitted: 5, received: 0, replies: [] });
  });

  it('names who said "destination host unreachable" (this computer, after ARP failed)', () => {
    expect(parse('linux-host-unreachable')).toEqual({
      ...none,
      transmitted: 6,
      received: 0,
      replies: [],
      unreachableFrom: ['192.0.2.10', '192.0.2.10', '192.0.2.10'],
    });
  });

  it('names the router that answered "time to live exceeded"', () => {
    expect(parse('linux-ttl-exceeded')).toEqual({ ...none, transmitted: 3, received: 0, replies: [], ttlExceededFrom: ['192.0.2.1', '192.0.2.1', '192.0.2.1'] });
  });

  it('reads fragmentation-needed from the router and then from the local stack, with the MTU', () => {
    expect(parse('linux-frag-needed')).toEqual({
      ...none,
      transmitted: 3,
      received: 0,
      replies: [],
      fragNeeded: [
        { from: '192.0.2.1', mtu: 1400 },
        { from: 'local', mtu: 1400 },
        { from: 'local', mtu: 1400 },
      ],
      notes: ['ping: local error: message too long, mtu=1400'],
    });
  });

  it('tells an unknown host, and keeps ping\u2019s complaints as notes', () => {
    expect(parse('linux-unknown-host')).toEqual({
      ...none,
      transmitted: null,
      received: null,
      replies: [],
      unknownHost: true,
      notes: ['ping: nothing.invalid: Temporary failure in name resolution'],
    });
    expect(parseUnixPing('', 'ping: nothing.invalid: Name or service not known\n').unknownHost).toBe(true);
    expect(parse('linux-refused-interval')).toMatchObject({ transmitted: null, replies: [], notes: ['ping: cannot flood; minimal interval allowed for user is 2ms'] });
  });

  it('reads the replies of a run killed before its statistics', () => {
    const p = parse('linux-killed');
    expect([p.transmitted, p.received]).toEqual([null, null]);
    expect(p.replies.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('skips duplicates and reads the forms without -n and of IPv6 errors', () => {
    const p = parseUnixPing(
      [
        '64 bytes from 203.0.113.10: icmp_seq=1 ttl=62 time=10.1 ms',
        '64 bytes from 203.0.113.10: icmp_seq=1 ttl=62 time=10.4 ms (DUP!)',
        '64 bytes from www.example.com (203.0.113.10): icmp_seq=2 ttl=62 time=105 ms',
        'From gw.example.com (192.0.2.1) icmp_seq=3 Destination Net Unreachable',
        'From 2001:db8::1 icmp_seq=4 Time exceeded: Hop limit',
        'From 2001:db8::2 icmp_seq=5 Packet too big: mtu=1280',
        '2 packets transmitted, 2 received, +1 duplicates, +3 errors, 0% packet loss, time 4ms',
      ].join('\n'),
    );
    expect(p).toEqual({
      ...none,
      transmitted: 2,
      received: 2,
      replies: [
        { from: '203.0.113.10', seq: 1, rttMs: 10.1 },
        { from: '203.0.113.10', seq: 2, rttMs: 105 },
      ],
      unreachableFrom: ['192.0.2.1'],
      ttlExceededFrom: ['2001:db8::1'],
      fragNeeded: [{ from: '2001:db8::2', mtu: 1280 }],
    });
  });
});

describe('macOS ping output', () => {
  it('reads a clean run (sequence numbers from 0)', () => {
    expect(parse('macos-ok')).toEqual({ ...none, transmitted: 3, received: 3, replies: replies('192.0.2.1', [0, 1, 2], [3.212, 2.981, 4.107]) });
  });
  it('reads loss with "Request timeout" lines', () => {
    expect(parse('macos-loss')).toEqual({ ...none, transmitted: 5, received: 3, replies: replies('203.0.113.10', [0, 2, 4], [23.418, 25.002, 24.551]) });
    expect(parse('macos-timeout')).toEqual({ ...none, transmitted: 4, received: 0, replies: [] });
  });
  it('reads TTL exceeded and fragmentation needed, ignoring the quoted IP header', () => {
    expect(parse('macos-ttl-exceeded')).toEqual({ ...none, transmitted: 2, received: 0, replies: [], ttlExceededFrom: ['192.0.2.1', '192.0.2.1'] });
    expect(parse('macos-frag-needed')).toEqual({ ...none, transmitted: 1, received: 0, replies: [], fragNeeded: [{ from: '192.0.2.1', mtu: 1400 }] });
  });
  it('tells an unknown host', () => {
    expect(parse('macos-unknown-host')).toEqual({ ...none, transmitted: null, received: null, replies: [], unknownHost: true, notes: ['ping: cannot resolve nothing.invalid: Unknown host'] });
  });
  it('reads ping6 replies and a local too-big refusal', () => {
    const p = parseUnixPing('16 bytes from 2001:db8::1, icmp_seq=0 hlim=57 time=12.345 ms\n', 'ping: sendto: Message too long\n');
    expect(p.replies).toEqual([{ from: '2001:db8::1', seq: 0, rttMs: 12.345 }]);
    expect(p.fragNeeded).toEqual([{ from: 'local', mtu: null }]);
  });
});

describe('parseUnixPing never throws', () => {
  const texts = [...fixtureNames('linux-'), ...fixtureNames('macos-')].map((n) => fixture(`${n}.txt`) + fixture(`${n}.stderr.txt`));
  const sane = (p: PingParse): void => {
    expect(p.replies.every((r) => Number.isFinite(r.rttMs) && r.rttMs >= 0)).toBe(true);
    if (p.transmitted !== null) expect(Number.isInteger(p.transmitted)).toBe(true);
  };
  it('on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ maxLength: 100 }), (a, b) => sane(parseUnixPing(a, b))), { numRuns: 1000 });
  });
  it('on ping-like strings built from the fixtures\u2019 own words', () => {
    const words = fc.constantFrom('64', 'bytes', 'from', 'From', '203.0.113.10:', '::1', 'icmp_seq=', 'time=', 'ms', '(DUP!)', 'packets transmitted,', 'received,', 'ping:', 'mtu=', '\n', ' ');
    fc.assert(fc.property(fc.array(words, { maxLength: 60 }), (ws) => sane(parseUnixPing(ws.join('')))), { numRuns: 1000 });
  });
  it('on random truncations of the fixtures, never reading more replies than the whole', () => {
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.nat(), (text, n) => {
        const cut = text.slice(0, n % (text.length + 1));
        const p = parseUnixPing(cut);
        sane(p);
        expect(p.replies.length).toBeLessThanOrEqual(parseUnixPing(text).replies.length);
      }),
      { numRuns: 500 },
    );
  });
  it('on random line shuffles of the fixtures, reading the same replies in another order', () => {
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.infiniteStream(fc.double()), (text, keys) => {
        const lines = text.split('\n');
        const shuffled = lines.map((l) => ({ l, k: keys.next().value as number })).sort((a, b) => a.k - b.k).map((x) => x.l).join('\n');
        const p = parseUnixPing(shuffled);
        const whole = parseUnixPing(text);
        expect([...p.replies].map((r) => r.seq).sort()).toEqual([...whole.replies].map((r) => r.seq).sort());
        expect([p.transmitted, p.received]).toEqual([whole.transmitted, whole.received]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('garbage lines longer than any ping line (written)', () => {
  it('skips them unread and still reads the real lines around them', () => {
    // 200,000 digits: the unanchored statistics pattern would backtrack over them quadratically.
    const out = ['1'.repeat(200_000), '64 bytes from 192.0.2.1: icmp_seq=1 ttl=64 time=0.9 ms', `${'x'.repeat(2000)} 5 packets transmitted, 5 received`, '1 packets transmitted, 1 received, 0% packet loss'].join('\n');
    const p = parseUnixPing(out);
    expect(p.replies).toEqual([{ from: '192.0.2.1', seq: 1, rttMs: 0.9 }]);
    expect([p.transmitted, p.received]).toEqual([1, 1]);
  });
});
