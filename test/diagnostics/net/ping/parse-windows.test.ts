import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWindowsPing } from '../../../../diagnostics/net/ping/parse-windows.js';
import type { PingParse } from '../../../../diagnostics/net/ping/types.js';
import { asCp850Console, asUtf8Console, fixture, fixtureNames } from './ping-fixtures.js';

const none = { ttlExceededFrom: [], unreachableFrom: [], fragNeeded: [], unknownHost: false, notes: [] };
const replies = (from: string, rtts: readonly number[]): PingParse['replies'] => rtts.map((rttMs) => ({ from, seq: null, rttMs }));

/** The parse every language's fixture must give, per situation. */
const golden: Record<string, Record<'en' | 'de' | 'sv', PingParse>> = {
  ok: {
    en: { ...none, transmitted: 4, received: 4, replies: replies('192.0.2.1', [2, 1, 0.5, 3]) },
    de: { ...none, transmitted: 4, received: 4, replies: replies('192.0.2.1', [1, 4, 0.5, 2]) },
    sv: { ...none, transmitted: 4, received: 4, replies: replies('203.0.113.10', [18, 17, 21, 18]) },
  },
  loss: {
    en: { ...none, transmitted: 5, received: 3, replies: replies('203.0.113.10', [24, 27, 25]) },
    de: { ...none, transmitted: 4, received: 3, replies: replies('192.0.2.1', [2, 0.5, 3]) },
    sv: { ...none, transmitted: 4, received: 3, replies: replies('203.0.113.10', [31, 29, 0.5]) },
  },
  // Windows' own statistics say Received = 3 / 2 / 1 here; none of those were echo replies.
  'host-unreachable': {
    en: { ...none, transmitted: 4, received: 0, replies: [], unreachableFrom: ['192.0.2.23', '192.0.2.23', '192.0.2.23'] },
    de: { ...none, transmitted: 2, received: 0, replies: [], unreachableFrom: ['192.0.2.23', '192.0.2.23'] },
    sv: { ...none, transmitted: 2, received: 0, replies: [], unreachableFrom: ['192.0.2.23'] },
  },
  'ttl-expired': {
    en: { ...none, transmitted: 2, received: 0, replies: [], ttlExceededFrom: ['192.0.2.1', '192.0.2.1'] },
    de: { ...none, transmitted: 2, received: 0, replies: [], ttlExceededFrom: ['198.51.100.1', '198.51.100.1'] },
    sv: { ...none, transmitted: 2, received: 0, replies: [], ttlExceededFrom: ['198.51.100.1', '198.51.100.1'] },
  },
  df: {
    en: { ...none, transmitted: 2, received: 0, replies: [], fragNeeded: [{ from: 'local', mtu: null }, { from: '192.0.2.1', mtu: null }] },
    de: { ...none, transmitted: 2, received: 0, replies: [], fragNeeded: [{ from: 'local', mtu: null }, { from: 'local', mtu: null }] },
    sv: { ...none, transmitted: 1, received: 0, replies: [], fragNeeded: [{ from: 'local', mtu: null }] },
  },
  'unknown-host': {
    en: { ...none, transmitted: null, received: null, replies: [], unknownHost: true },
    de: { ...none, transmitted: null, received: null, replies: [], unknownHost: true },
    sv: { ...none, transmitted: null, received: null, replies: [], unknownHost: true },
  },
};

const decodings = [
  ['as written (UTF-8)', (s: string) => s],
  ['from a CP850 console read as latin1', asCp850Console],
  ['from a UTF-8 console read as latin1', asUtf8Console],
] as const;

describe.each(['en', 'de', 'sv'] as const)('Windows ping.exe in %s', (lang) => {
  describe.each(decodings)('%s', (_, decode) => {
    it.each(Object.keys(golden))('reads %s', (situation) => {
      expect(parseWindowsPing(decode(fixture(`windows-${lang}-${situation}.txt`)))).toEqual(golden[situation]![lang]);
    });
  });
});

describe('Windows specifics', () => {
  it('reads a header that names the host and its address', () => {
    expect(parseWindowsPing(fixture('windows-en-hostname.txt'))).toEqual({ ...none, transmitted: 3, received: 3, replies: replies('203.0.113.10', [19, 22, 18]) });
  });
  it('reads IPv6 replies, which carry no TTL', () => {
    expect(parseWindowsPing(fixture('windows-en-ipv6.txt'))).toEqual({ ...none, transmitted: 3, received: 2, replies: replies('2001:db8::1', [12, 11]) });
  });
  it('keeps the first line of output it cannot read as a note', () => {
    expect(parseWindowsPing('Bad value for option -l, valid range is from 0 to 65500.\r\n').notes).toEqual(['Bad value for option -l, valid range is from 0 to 65500.']);
  });
  it('reads replies of a run cut short, without statistics', () => {
    const text = fixture('windows-en-loss.txt').split('\r\n').slice(0, 5).join('\r\n');
    expect(parseWindowsPing(text)).toEqual({ ...none, transmitted: null, received: null, replies: replies('203.0.113.10', [24, 27]) });
  });
});

describe('parseWindowsPing never throws', () => {
  const texts = fixtureNames('windows-').flatMap((n) => [fixture(`${n}.txt`), asCp850Console(fixture(`${n}.txt`))]);
  const sane = (p: PingParse): void => {
    expect(p.replies.every((r) => Number.isFinite(r.rttMs) && r.rttMs >= 0.5)).toBe(true);
    if (p.received !== null) expect(p.received).toBeLessThanOrEqual(p.transmitted ?? Infinity);
  };
  it('on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => sane(parseWindowsPing(s))), { numRuns: 1000 });
  });
  it('on ping-like strings built from the fixtures\u2019 own words', () => {
    const words = fc.constantFrom('Reply from', 'Antwort von', '192.0.2.1:', '2001:db8::1:', ' ', 'time=', 'Zeit<', '1ms', 'TTL=64', 'DF', '= 4,', 'Sent', '\r\n', 'TTL');
    fc.assert(fc.property(fc.array(words, { maxLength: 60 }), (ws) => sane(parseWindowsPing(ws.join('')))), { numRuns: 1000 });
  });
  it('on random truncations of the fixtures, never reading more replies than the whole', () => {
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.nat(), (text, n) => {
        const p = parseWindowsPing(text.slice(0, n % (text.length + 1)));
        sane(p);
        expect(p.replies.length).toBeLessThanOrEqual(parseWindowsPing(text).replies.length);
      }),
      { numRuns: 500 },
    );
  });
  it('on random line shuffles of the fixtures, reading the same counts', () => {
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.infiniteStream(fc.double()), (text, keys) => {
        const shuffled = text
          .split('\r\n')
          .map((l) => ({ l, k: keys.next().value as number }))
          .sort((a, b) => a.k - b.k)
          .map((x) => x.l)
          .join('\r\n');
        const p = parseWindowsPing(shuffled);
        const whole = parseWindowsPing(text);
        sane(p);
        expect([p.transmitted, p.received, p.replies.length, p.ttlExceededFrom.length, p.unreachableFrom.length, p.fragNeeded.length, p.unknownHost]).toEqual([
          whole.transmitted, whole.received, whole.replies.length, whole.ttlExceededFrom.length, whole.unreachableFrom.length, whole.fragNeeded.length, whole.unknownHost,
        ]);
      }),
      { numRuns: 300 },
    );
  });
});
