import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIpv6 } from '../../../../diagnostics/net/dns/format-ipv6.js';
import { addressesFor, interpret } from '../../../../diagnostics/net/dns/interpret.js';
import { decodeMessage } from '../../../../diagnostics/net/dns/wire-decode.js';
import { encodeName, encodeQuery, QTYPE } from '../../../../diagnostics/net/dns/wire-encode.js';
import { reply, type Behaviour } from './fake-dns-server.js';

const hex = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s.replace(/\s+/g, ''), 'hex'));

describe('DNS wire format', () => {
  it('encodes a query: id, RD, one IN question', () => {
    expect(Buffer.from(encodeQuery(0xbeef, 'www.example.com.', QTYPE.AAAA)!).toString('hex')).toBe(
      'beef01000001000000000000' + '03777777076578616d706c6503636f6d00' + '001c0001',
    );
  });

  it('rejects names that cannot be DNS names', () => {
    expect(encodeName('')).toBeNull();
    expect(encodeName('.')).toBeNull();
    expect(encodeName('a..example.com')).toBeNull();
    expect(encodeName(`${'a'.repeat(64)}.example.com`)).toBeNull();
    expect(encodeName(Array.from({ length: 9 }, () => 'a'.repeat(30)).join('.'))).toBeNull(); // 280 bytes
    expect(encodeName('bücher.example')).toBeNull();
    expect(encodeName(`${'a'.repeat(63)}.example.com`)).not.toBeNull();
  });

  it('decodes a response with name compression and a CNAME chain', () => {
    const query = Buffer.from(encodeQuery(0x1234, 'www.example.com', QTYPE.A)!);
    const m = decodeMessage(reply(query, 'cname'))!;
    expect(m).toMatchObject({ id: 0x1234, isResponse: true, opcode: 0, truncated: false, rcode: 0, questionCount: 1, complete: true });
    expect(m.questions).toEqual([{ name: 'www.example.com', type: 1, class: 1 }]);
    expect(m.answers).toEqual([
      { name: 'www.example.com', type: 5, class: 1, ttl: 60, data: 'cdn.example.com' },
      { name: 'cdn.example.com', type: 1, class: 1, ttl: 60, data: '192.0.2.81' },
    ]);
    expect(addressesFor(m, 'WWW.example.com', QTYPE.A)).toEqual({ addresses: ['192.0.2.81'], canonical: 'cdn.example.com' });
  });

  it('decodes AAAA data in RFC 5952 form and reads the rcode of every error reply', () => {
    const query = Buffer.from(encodeQuery(7, 'www.example.com', QTYPE.AAAA)!);
    expect(decodeMessage(reply(query, 'answer'))!.answers[0]!.data).toBe('2001:db8::80');
    const rcodes = (['nxdomain', 'servfail', 'refused', 'formerr'] as Behaviour[]).map((b) => decodeMessage(reply(query, b))!.rcode);
    expect(rcodes).toEqual([3, 2, 5, 1]);
    expect(decodeMessage(reply(query, 'answer', { truncated: true }))!.truncated).toBe(true);
  });

  it('keeps what it read from a packet that breaks off, and escapes odd label bytes', () => {
    const query = Buffer.from(encodeQuery(7, 'www.example.com', QTYPE.A)!);
    const full = reply(query, 'answer');
    const cut = decodeMessage(full.subarray(0, full.length - 3))!;
    expect(cut).toMatchObject({ rcode: 0, complete: false, answers: [] });
    expect(cut.questions).toHaveLength(1);
    expect(interpret({ kind: 'response', message: cut }, 'www.example.com', QTYPE.A, 1000)).toEqual({
      kind: 'error',
      detail: 'malformed response (NOERROR, answer section unreadable)',
    });
    expect(decodeMessage(full.subarray(0, 11))).toBeNull();
    // A label holding a dot, a space and a byte 0xff: presentation form escapes them.
    const odd = decodeMessage(hex('0000 8180 0001 0000 0000 0000 04 612e20ff 00 0001 0001'))!;
    expect(odd.questions[0]!.name).toBe('a\\.\\032\\255');
  });

  it('survives compression loops and pointers out of the packet', () => {
    // Question name is a pointer to itself.
    const loop = decodeMessage(hex('0000 8180 0001 0000 0000 0000 c00c 0001 0001'))!;
    expect(loop).toMatchObject({ complete: false, questions: [] });
    const outside = decodeMessage(hex('0000 8180 0001 0000 0000 0000 c0ff 0001 0001'))!;
    expect(outside.complete).toBe(false);
  });

  it('formats IPv6 as the WHATWG URL parser does (RFC 5952)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), fc.array(fc.integer({ min: 0, max: 7 })), (bytes, zeroGroups) => {
        for (const g of zeroGroups) bytes[2 * g] = bytes[2 * g + 1] = 0; // make zero runs common
        // The uncompressed spelling of the same bytes, normalised by the URL parser, must be
        // exactly our text: same address, and the canonical compression.
        const full = Array.from({ length: 8 }, (_, i) => ((bytes[2 * i]! << 8) | bytes[2 * i + 1]!).toString(16)).join(':');
        expect(`[${formatIpv6(bytes)}]`).toBe(new URL(`http://[${full}]/`).hostname);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary bytes or on mangled real responses', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => void decodeMessage(bytes)), { numRuns: 3000 });
    const query = Buffer.from(encodeQuery(9, 'www.example.com', QTYPE.A)!);
    const good = reply(query, 'cname');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }), fc.nat(good.length), (edits, cut) => {
        const packet = Buffer.from(good);
        for (const [at, value] of edits) packet[at] = value;
        const m = decodeMessage(packet.subarray(0, cut));
        if (m !== null) void interpret({ kind: 'response', message: m }, 'www.example.com', QTYPE.A, 100);
      }),
      { numRuns: 3000 },
    );
  });
});
