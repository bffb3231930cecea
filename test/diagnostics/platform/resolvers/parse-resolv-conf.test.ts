import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { onlyResolvedStub, parseResolvConf } from '../../../../diagnostics/platform/resolvers/parse-resolv-conf.js';
import { fixture } from './fixture.js';

describe('parseResolvConf', () => {
  it('reads a NetworkManager file, dropping the zone of a link-local server', () => {
    expect(parseResolvConf(fixture('resolv-plain.conf'))).toEqual({ nameservers: ['192.0.2.1', 'fe80::1'], search: ['home.example'] });
  });

  it('skips comments, options and broken lines; the last search/domain line wins; CRLF is fine', () => {
    expect(parseResolvConf(fixture('resolv-options-comments.conf'))).toEqual({
      nameservers: ['192.0.2.1', '198.51.100.53', '2001:db8::53'],
      search: ['corp.example.com', 'home.example'],
    });
  });

  it('recognises a file that names only systemd-resolved\u2019s stub', () => {
    const stub = parseResolvConf(fixture('resolv-stub.conf'));
    expect(stub).toEqual({ nameservers: ['127.0.0.53'], search: ['home.example'] });
    expect(onlyResolvedStub(stub)).toBe(true);
    expect(onlyResolvedStub(parseResolvConf('nameserver 127.0.0.54\n'))).toBe(true);
    expect(onlyResolvedStub(parseResolvConf(fixture('resolv-upstream.conf')))).toBe(false);
    expect(onlyResolvedStub(parseResolvConf(''))).toBe(false);
  });

  it('never throws and returns only IP addresses, on any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const r = parseResolvConf(s);
        expect(r.nameservers.every((a) => /^[0-9a-f.:]+$/i.test(a))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
