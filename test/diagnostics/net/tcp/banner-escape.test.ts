import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeBanner, unescapeBanner } from '../../../../diagnostics/net/tcp/banner-escape.js';

describe('banner escaping', () => {
  it('keeps printable ASCII and escapes everything else, the backslash included', () => {
    expect(escapeBanner(Buffer.from('220 mail.example.com\r\n'))).toBe('220 mail.example.com\\x0d\\x0a');
    expect(escapeBanner(Buffer.from('a\\b'))).toBe('a\\x5cb');
    expect(escapeBanner(Uint8Array.of(0x7f, 0x00, 0xff))).toBe('\\x7f\\x00\\xff');
  });

  it('round-trips any bytes (cut at 64)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect([...unescapeBanner(escapeBanner(bytes))]).toEqual([...bytes.subarray(0, 64)]);
      }),
    );
  });

  it('never throws on text it did not write', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(unescapeBanner(s)).toBeInstanceOf(Uint8Array);
      }),
    );
    expect([...unescapeBanner('\\x7'), ...unescapeBanner('\\xzz')]).toEqual([0x5c, 0x78, 0x37, 0x5c, 0x78, 0x7a, 0x7a]);
  });
});
