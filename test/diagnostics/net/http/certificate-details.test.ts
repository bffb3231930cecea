import fc from 'fast-check';
import type { PeerCertificate } from 'node:tls';
import { describe, expect, it } from 'vitest';
import {
  daysLeft,
  describeCertificate,
  formatDistinguishedName,
  parseDnsNames,
} from '../../../../diagnostics/net/http/certificate-details.js';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.parse('2026-11-23T08:00:00Z');

describe('daysLeft', () => {
  it('counts whole days left, and whole days past once expired', () => {
    expect(daysLeft(NOW + 30.5 * DAY, NOW)).toBe(30);
    expect(daysLeft(NOW + 3600_000, NOW)).toBe(0);
    expect(daysLeft(NOW - 3600_000, NOW)).toBe(-1);
    expect(daysLeft(NOW - 12.2 * DAY, NOW)).toBe(-12);
    expect(daysLeft(Number.NaN, NOW)).toBe(0);
  });

  it('is negative exactly when the certificate has expired', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (offset) => {
        const d = daysLeft(NOW + offset, NOW);
        expect(d < 0).toBe(offset < 0);
        expect(Number.isInteger(d)).toBe(true);
      }),
    );
  });
});

describe('parseDnsNames', () => {
  it('keeps DNS entries and drops addresses', () => {
    expect(parseDnsNames('DNS:www.example.com, DNS:*.example.com, IP Address:192.0.2.1')).toEqual([
      'www.example.com',
      '*.example.com',
    ]);
  });
  it('unquotes the JSON-quoted entries Node writes for names with separators', () => {
    expect(parseDnsNames('DNS:"a, b.example.com", DNS:c.example.com')).toEqual(['a, b.example.com', 'c.example.com']);
  });
  it('reads nothing from nothing', () => {
    expect(parseDnsNames(undefined)).toEqual([]);
    expect(parseDnsNames('')).toEqual([]);
    expect(parseDnsNames('URI:http://example.com/')).toEqual([]);
  });
  it('never throws and returns only strings, on any input', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const names = parseDnsNames(s);
        expect(names.every((n) => typeof n === 'string' && n !== '')).toBe(true);
      }),
    );
  });
});

describe('formatDistinguishedName', () => {
  it('joins fields and repeats multi-valued ones', () => {
    expect(formatDistinguishedName({ CN: 'www.example.com', O: 'Example', OU: ['A', 'B'] })).toBe(
      'CN=www.example.com, O=Example, OU=A, OU=B',
    );
  });
  it('gives an empty string for anything that is not a name', () => {
    for (const v of [null, undefined, 'CN=x', 42]) expect(formatDistinguishedName(v)).toBe('');
  });
});

describe('describeCertificate', () => {
  const peer = {
    subject: { CN: 'storefront.example.com' },
    issuer: { CN: 'Example CA', O: 'Example' },
    valid_from: 'Nov  1 00:00:00 2025 GMT',
    valid_to: 'Nov 11 08:00:00 2026 GMT',
    subjectaltname: 'DNS:storefront.example.com',
  } as unknown as PeerCertificate;

  it('turns a peer certificate into report details', () => {
    expect(describeCertificate(peer, false, 'CERT_HAS_EXPIRED', NOW)).toEqual({
      subject: 'CN=storefront.example.com',
      issuer: 'CN=Example CA, O=Example',
      validFrom: '2025-11-01T00:00:00.000Z',
      validTo: '2026-11-11T08:00:00.000Z',
      daysLeft: -12,
      dnsNames: ['storefront.example.com'],
      authorized: false,
      authorizationError: 'CERT_HAS_EXPIRED',
    });
  });
  it('is null when the server sent no certificate', () => {
    expect(describeCertificate({}, false, null, NOW)).toBeNull();
    expect(describeCertificate(undefined, false, null, NOW)).toBeNull();
  });
  it('keeps what it can read when the dates are garbage', () => {
    const odd = { ...peer, valid_to: 'sometime', valid_from: undefined } as unknown as PeerCertificate;
    expect(describeCertificate(odd, true, null, NOW)).toMatchObject({ validTo: '', validFrom: '', daysLeft: 0 });
  });
});
