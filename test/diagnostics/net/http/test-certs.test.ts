import { X509Certificate } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCa, issueCert, selfSigned, type TestCa } from '../../../support/certs.js';

// The certificate helper is shared with the network lab, so its output is checked here directly.
describe('test/support/certs', () => {
  let dir: string;
  let ca: TestCa;
  const DAY = 24 * 60 * 60 * 1000;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'homeline-certs-'));
    ca = await createCa(join(dir, 'ca'), 'Certs Test CA');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const load = async (path: string): Promise<X509Certificate> => new X509Certificate(await readFile(path));

  it('makes a CA certificate that is a CA', async () => {
    const cert = await load(ca.certPath);
    expect(cert.ca).toBe(true);
    expect(cert.subject).toBe('CN=Certs Test CA');
    expect(cert.publicKey.asymmetricKeyDetails?.namedCurve).toBe('prime256v1');
  });

  it('issues a valid leaf with DNS and IP names, signed by the CA', async () => {
    const leaf = await issueCert(ca, { basename: 'ok', dnsNames: ['localhost', 'www.example.com'], ips: ['127.0.0.1', '::1'] });
    const cert = await load(leaf.certPath);
    const caCert = await load(ca.certPath);
    expect(cert.ca).toBe(false);
    expect(cert.subject).toBe('CN=localhost');
    expect(cert.checkIssued(caCert)).toBe(true);
    expect(cert.verify(caCert.publicKey)).toBe(true);
    expect(cert.subjectAltName).toBe('DNS:localhost, DNS:www.example.com, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1');
    expect(cert.checkHost('www.example.com')).toBe('www.example.com');
    expect(cert.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(Date.parse(cert.validFrom)).toBeLessThan(Date.now());
    expect(Date.parse(cert.validTo)).toBeGreaterThan(Date.now() + 300 * DAY);
    expect(await readFile(leaf.keyPath, 'utf8')).toMatch(/-----BEGIN PRIVATE KEY-----/);
  });

  it('issues an expired leaf whose notAfter lies 12 days back', async () => {
    const cert = await load((await issueCert(ca, { basename: 'old', dnsNames: ['localhost'], validity: 'expired' })).certPath);
    const daysAgo = (Date.now() - Date.parse(cert.validTo)) / DAY;
    expect(daysAgo).toBeGreaterThan(11.9);
    expect(daysAgo).toBeLessThan(12.1);
  });

  it('issues a leaf that only becomes valid in 30 days', async () => {
    const cert = await load((await issueCert(ca, { basename: 'early', dnsNames: ['localhost'], validity: 'not-yet-valid' })).certPath);
    expect((Date.parse(cert.validFrom) - Date.now()) / DAY).toBeGreaterThan(29.9);
  });

  it('issues several leaves from one CA in parallel', async () => {
    const leaves = await Promise.all(
      ['p1', 'p2', 'p3'].map((b) => issueCert(ca, { basename: b, dnsNames: [`${b}.example.com`] })),
    );
    const serials = await Promise.all(leaves.map(async (l) => (await load(l.certPath)).serialNumber));
    expect(new Set(serials).size).toBe(3);
  });

  it('makes a self-signed leaf that is its own issuer', async () => {
    const ss = await selfSigned(join(dir, 'ss'), 'self', ['localhost']);
    const cert = await load(ss.certPath);
    expect(cert.issuer).toBe(cert.subject);
    expect(cert.subjectAltName).toBe('DNS:localhost');
    expect(cert.verify(cert.publicKey)).toBe(true);
  });
});
