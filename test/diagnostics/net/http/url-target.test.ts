import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseUrlTarget } from '../../../../diagnostics/net/http/url-target.js';

describe('parseUrlTarget', () => {
  it('reads an https URL with default port and SNI name', () => {
    expect(parseUrlTarget('https://storefront.example.com/Citrix/StoreWeb/?a=1')).toEqual({
      tls: true,
      host: 'storefront.example.com',
      port: 443,
      path: '/Citrix/StoreWeb/?a=1',
      hostHeader: 'storefront.example.com',
      servername: 'storefront.example.com',
    });
  });
  it('reads an http URL with a port; no SNI without TLS', () => {
    expect(parseUrlTarget('http://198.51.100.80:8080/generate_204')).toEqual({
      tls: false,
      host: '198.51.100.80',
      port: 8080,
      path: '/generate_204',
      hostHeader: '198.51.100.80:8080',
    });
  });
  it('strips IPv6 brackets for connecting but keeps them in the Host header, and sends no SNI for addresses', () => {
    const t = parseUrlTarget('https://[2001:db8::1]:8443/');
    expect(t).toMatchObject({ host: '2001:db8::1', port: 8443, hostHeader: '[2001:db8::1]:8443' });
    expect(t?.servername).toBeUndefined();
  });
  it('refuses other schemes and garbage', () => {
    for (const u of ['ftp://example.com/', 'example.com', '', 'https://', 'file:///etc/passwd']) expect(parseUrlTarget(u)).toBeNull();
  });
  it('never throws', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.webUrl()), (s) => {
      const t = parseUrlTarget(s);
      if (t) expect(t.port).toBeGreaterThan(0);
    }));
  });
});
