import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkHttps, type HttpsCheck } from '../../../../diagnostics/net/http/https-check.js';
import { createCa, issueCert, selfSigned } from '../../../support/certs.js';
import { closedPort, fakeLookup, startHttp, startHttps, startRaw, startSilent, type Loopback } from './loopback.js';

// Every server here listens on 127.0.0.1; example.com names reach it through fakeLookup only.
const lookup = fakeLookup({ 'www.example.com': '127.0.0.1', 'portal.example.com': '127.0.0.1' }, { delayMs: 5 });
const OK_BODY = 'hello from loopback';

interface Pem { cert: string; key: string }
let dir: string;
let caPem: string;
const pems: Record<string, Pem> = {};
const servers: Loopback[] = [];

async function serve(name: string, opts: { withChain?: boolean } = {}): Promise<Loopback> {
  const p = pems[name];
  if (!p) throw new Error(`no certificate ${name}`);
  const server = await startHttps(opts.withChain ? p.cert + caPem : p.cert, p.key, (_req, res) => res.end(OK_BODY));
  servers.push(server);
  return server;
}
async function keep(server: Promise<Loopback>): Promise<Loopback> {
  const s = await server;
  servers.push(s);
  return s;
}
const load = async (c: { certPath: string; keyPath: string }): Promise<Pem> => ({
  cert: await readFile(c.certPath, 'utf8'),
  key: await readFile(c.keyPath, 'utf8'),
});
const opts = (extra: object = {}) => ({ timeoutMs: 3000, lookup, ca: [caPem], ...extra });

/** Timings up to and including the stage reached are numbers; later ones are null. */
function expectTimings(c: HttpsCheck, reached: { dns: boolean; connect: boolean; tls: boolean; firstByte: boolean }): void {
  const t = c.timings;
  const check = (v: number | null, on: boolean): void => {
    if (on) {
      expect(v).toBeTypeOf('number');
      expect(v as number).toBeGreaterThanOrEqual(0);
    } else expect(v).toBeNull();
  };
  check(t.dnsMs, reached.dns);
  check(t.connectMs, reached.connect);
  check(t.tlsMs, reached.tls);
  check(t.firstByteMs, reached.firstByte);
  expect(t.totalMs).toBeGreaterThanOrEqual((t.dnsMs ?? 0) + (t.connectMs ?? 0) + (t.tlsMs ?? 0) + (t.firstByteMs ?? 0) - 0.5);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'homeline-https-'));
  const ca = await createCa(join(dir, 'ca'));
  caPem = await readFile(ca.certPath, 'utf8');
  const names = ['www.example.com'];
  const [valid, expired, early, wrong, ip, self] = await Promise.all([
    issueCert(ca, { basename: 'valid', dnsNames: names }),
    issueCert(ca, { basename: 'expired', dnsNames: names, validity: 'expired' }),
    issueCert(ca, { basename: 'early', dnsNames: names, validity: 'not-yet-valid' }),
    issueCert(ca, { basename: 'wrong', dnsNames: ['other.example.com', 'mail.example.com'] }),
    issueCert(ca, { basename: 'ip', dnsNames: [], ips: ['127.0.0.1'] }),
    selfSigned(join(dir, 'self'), 'self', names),
  ]);
  Object.assign(pems, {
    valid: await load(valid), expired: await load(expired), early: await load(early),
    wrong: await load(wrong), ip: await load(ip), self: await load(self),
  });
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('checkHttps over TLS', () => {
  it('reads a trusted certificate, the status, the body and every timing', async () => {
    const s = await serve('valid');
    const c = await checkHttps(`https://www.example.com:${s.port}/status?x=1`, opts());
    expect(c.failure).toBeNull();
    expect(c.ok).toBe(true);
    expect(c.status).toBe(200);
    expect(c.address).toBe('127.0.0.1');
    expect(c.bodySample).toBe(OK_BODY);
    expect(c.location).toBeNull();
    expectTimings(c, { dns: true, connect: true, tls: true, firstByte: true });
    expect(c.timings.dnsMs as number).toBeGreaterThanOrEqual(4); // the fake resolver waits 5 ms
    expect(c.certificate).toMatchObject({
      subject: 'CN=www.example.com',
      issuer: 'CN=Homeline Test CA',
      dnsNames: ['www.example.com'],
      authorized: true,
      authorizationError: null,
    });
    expect(c.certificate?.daysLeft).toBeGreaterThanOrEqual(364);
    expect(Date.parse(c.certificate?.validFrom ?? '')).toBeLessThan(Date.now());
  });

  it('names an expired certificate, keeps its dates, and sends no request over it', async () => {
    const s = await serve('expired');
    const c = await checkHttps(`https://www.example.com:${s.port}/`, opts());
    expect(c.ok).toBe(false);
    expect(c.failure).toMatchObject({ stage: 'tls', code: 'CERT_HAS_EXPIRED' });
    expect(c.failure?.message).toMatch(/expired/);
    expect(c.certificate?.daysLeft).toBe(-12);
    expect(c.certificate?.authorized).toBe(false);
    expect(c.certificate?.authorizationError).toBe('CERT_HAS_EXPIRED');
    expect(Date.parse(c.certificate?.validTo ?? '')).toBeLessThan(Date.now());
    expect(c.status).toBeNull();
    expect(s.requests()).toBe(0);
    expectTimings(c, { dns: true, connect: true, tls: true, firstByte: false });
  });

  it('names a certificate that is not valid yet, with a positive daysLeft', async () => {
    const s = await serve('early');
    const c = await checkHttps(`https://www.example.com:${s.port}/`, opts());
    expect(c.failure).toMatchObject({ stage: 'tls', code: 'CERT_NOT_YET_VALID' });
    expect(c.certificate?.daysLeft).toBeGreaterThan(0);
    expect(Date.parse(c.certificate?.validFrom ?? '')).toBeGreaterThan(Date.now());
  });

  it('names a certificate for another host and lists the names it does cover', async () => {
    const s = await serve('wrong');
    const c = await checkHttps(`https://www.example.com:${s.port}/`, opts());
    expect(c.failure).toMatchObject({ stage: 'tls', code: 'ERR_TLS_CERT_ALTNAME_INVALID' });
    expect(c.certificate?.dnsNames).toEqual(['other.example.com', 'mail.example.com']);
    expect(c.certificate?.daysLeft).toBeGreaterThan(0);
    expect(s.requests()).toBe(0);
  });

  it('names a self-signed certificate', async () => {
    const s = await serve('self');
    const c = await checkHttps(`https://www.example.com:${s.port}/`, opts());
    expect(c.failure).toMatchObject({ stage: 'tls', code: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
    expect(c.certificate?.issuer).toBe(c.certificate?.subject);
  });

  it('rejects a leaf from an unknown CA: UNABLE_TO_VERIFY_LEAF_SIGNATURE, or SELF_SIGNED_CERT_IN_CHAIN when the root is sent', async () => {
    const leafOnly = await serve('valid');
    const a = await checkHttps(`https://www.example.com:${leafOnly.port}/`, opts({ ca: undefined }));
    expect(a.failure).toMatchObject({ stage: 'tls', code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' });
    expect(a.certificate?.issuer).toBe('CN=Homeline Test CA');
    const withRoot = await serve('valid', { withChain: true });
    const b = await checkHttps(`https://www.example.com:${withRoot.port}/`, opts({ ca: undefined }));
    expect(b.failure).toMatchObject({ stage: 'tls', code: 'SELF_SIGNED_CERT_IN_CHAIN' });
  });

  it('checks an address literal against the certificate IP names, with no DNS step', async () => {
    const s = await serve('ip');
    const c = await checkHttps(`https://127.0.0.1:${s.port}/`, opts());
    expect(c.failure).toBeNull();
    expect(c.status).toBe(200);
    expect(c.certificate?.dnsNames).toEqual([]);
    expectTimings(c, { dns: false, connect: true, tls: true, firstByte: true });
  });

  it('calls a server that speaks plain HTTP on a TLS port a TLS failure', async () => {
    const s = await keep(startHttp((_q, r) => r.end('plain')));
    const c = await checkHttps(`https://www.example.com:${s.port}/`, opts());
    expect(c.failure?.stage).toBe('tls');
    expect(c.failure?.code).toMatch(/^ERR_SSL_/);
    expect(c.certificate).toBeNull();
  });

  it('times out in the TLS step against a server that accepts TCP and never answers', async () => {
    const s = await keep(startSilent());
    const c = await checkHttps(`https://www.example.com:${s.port}/`, opts({ timeoutMs: 300 }));
    expect(c.failure).toMatchObject({ stage: 'timeout', code: 'TLS_TIMEOUT' });
    expect(c.failure?.message).toMatch(/TLS handshake/);
    expectTimings(c, { dns: true, connect: true, tls: false, firstByte: false });
    expect(c.timings.totalMs).toBeGreaterThanOrEqual(295);
    expect(c.timings.totalMs).toBeLessThan(2000);
  });

  it('reports a connection dropped after the handshake as an http failure', async () => {
    const s = await keep(startHttps(pems.valid?.cert ?? '', pems.valid?.key ?? '', (req) => req.socket.destroy()));
    const c = await checkHttps(`https://www.example.com:${s.port}/`, opts());
    expect(c.failure).toMatchObject({ stage: 'http', code: 'ECONNRESET' });
    expect(c.certificate?.authorized).toBe(true);
    expectTimings(c, { dns: true, connect: true, tls: true, firstByte: false });
  });
});

describe('checkHttps before TLS', () => {
  it('reports a name that does not resolve at the dns stage', async () => {
    const c = await checkHttps('https://storefront.invalid/', opts());
    expect(c.failure).toMatchObject({ stage: 'dns', code: 'ENOTFOUND' });
    expect(c.address).toBeNull();
    expectTimings(c, { dns: true, connect: false, tls: false, firstByte: false });
  });

  it('times out in the dns step when the resolver never answers', async () => {
    const hanging = fakeLookup({}, { hang: ['slow.example.com'] });
    const c = await checkHttps('https://slow.example.com/', { timeoutMs: 200, lookup: hanging });
    expect(c.failure).toMatchObject({ stage: 'timeout', code: 'DNS_TIMEOUT' });
    expectTimings(c, { dns: false, connect: false, tls: false, firstByte: false });
  });

  it('reports a closed port as connection refused', async () => {
    const port = await closedPort();
    const c = await checkHttps(`https://www.example.com:${port}/`, opts());
    expect(c.failure).toMatchObject({ stage: 'connect', code: 'ECONNREFUSED' });
    expectTimings(c, { dns: true, connect: false, tls: false, firstByte: false });
  });

  it('returns a failure rather than throwing for a URL it cannot use', async () => {
    for (const url of ['not a url', 'ftp://www.example.com/', '']) {
      const c = await checkHttps(url, opts());
      expect(c.failure).toMatchObject({ stage: 'http', code: 'ERR_INVALID_URL' });
      expect(c.ok).toBe(false);
    }
  });
});

describe('checkHttps cancellation', () => {
  it('ends on abort with a timeout failure and the timings so far', async () => {
    const s = await keep(startSilent());
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 150);
    const c = await checkHttps(`https://www.example.com:${s.port}/`, opts({ timeoutMs: 10_000, signal: ac.signal }));
    expect(c.failure).toMatchObject({ stage: 'timeout', code: 'TLS_TIMEOUT' });
    expect(c.failure?.message).toMatch(/stopped/);
    expect(c.timings.connectMs).not.toBeNull();
    expect(c.timings.totalMs).toBeLessThan(1000);
  });

  it('does nothing when the signal is already aborted', async () => {
    const s = await keep(startHttp((_q, r) => r.end('x')));
    const c = await checkHttps(`http://www.example.com:${s.port}/`, opts({ signal: AbortSignal.abort() }));
    expect(c.failure).toMatchObject({ stage: 'timeout', code: 'DNS_TIMEOUT' });
    expect(s.requests()).toBe(0);
  });
});

describe('checkHttps over plain HTTP', () => {
  it('has no TLS step and no certificate', async () => {
    const s = await keep(startHttp((_q, r) => r.end('plain body')));
    const c = await checkHttps(`http://www.example.com:${s.port}/`, opts());
    expect(c.ok).toBe(true);
    expect(c.bodySample).toBe('plain body');
    expect(c.certificate).toBeNull();
    expectTimings(c, { dns: true, connect: true, tls: false, firstByte: true });
  });

  it('reports a redirect without following it', async () => {
    const s = await keep(startHttp((_q, r) => {
      r.writeHead(302, { location: 'http://portal.example.com/login' });
      r.end();
    }));
    const c = await checkHttps(`http://www.example.com:${s.port}/`, opts());
    expect(c).toMatchObject({ ok: true, status: 302, location: 'http://portal.example.com/login', failure: null });
    expect(s.requests()).toBe(1);
  });

  it('calls a 5xx answer an http failure', async () => {
    const s = await keep(startHttp((_q, r) => {
      r.writeHead(503);
      r.end('down');
    }));
    const c = await checkHttps(`http://www.example.com:${s.port}/`, opts());
    expect(c.ok).toBe(false);
    expect(c.status).toBe(503);
    expect(c.failure).toMatchObject({ stage: 'http', code: 'HTTP_503' });
  });

  it('reads at most maxBodyBytes of a large body and stops', async () => {
    const s = await keep(startHttp((_q, r) => {
      r.writeHead(200, { 'content-type': 'application/octet-stream' });
      // Keep writing: the check must stop on its own rather than wait for the end.
      const chunk = Buffer.alloc(16 * 1024, 'a');
      const pump = (): void => {
        while (!r.destroyed && r.write(chunk));
        if (!r.destroyed) r.once('drain', pump);
      };
      pump();
    }));
    const c = await checkHttps(`http://www.example.com:${s.port}/`, opts({ maxBodyBytes: 1000 }));
    expect(c.ok).toBe(true);
    expect(c.bodySample).toBe('a'.repeat(1000));
    expect(c.timings.totalMs).toBeLessThan(1500);
  });

  it('times out waiting for the first byte when the server takes the request and stays silent', async () => {
    const s = await keep(startSilent());
    const c = await checkHttps(`http://www.example.com:${s.port}/`, opts({ timeoutMs: 250 }));
    expect(c.failure).toMatchObject({ stage: 'timeout', code: 'FIRST_BYTE_TIMEOUT' });
    expectTimings(c, { dns: true, connect: true, tls: false, firstByte: false });
  });

  it('keeps a response whose body stalls after the headers', async () => {
    const s = await keep(startRaw((sock) => {
      sock.once('data', () => sock.write('HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\npartial'));
    }));
    const c = await checkHttps(`http://www.example.com:${s.port}/`, opts({ timeoutMs: 300 }));
    expect(c).toMatchObject({ ok: true, status: 200, failure: null, bodySample: 'partial' });
  });
});

describe('clock offset from Date headers', async () => {
  const { clockOffsetSeconds } = await import('../../../../diagnostics/probes/https.js');
  const check = (serverDate: string | null, totalMs: number) =>
    ({ serverDate, timings: { dnsMs: 1, connectMs: 1, tlsMs: 1, firstByteMs: 5, totalMs } }) as Parameters<typeof clockOffsetSeconds>[0][number];
  it('takes the median of the servers\u2019 opinions, positive when this computer is ahead', () => {
    const start = Date.parse('2026-11-23T10:00:00Z');
    const checks = [check('Mon, 23 Nov 2026 09:50:00 GMT', 0), check('Mon, 23 Nov 2026 09:49:58 GMT', 0), check(null, 0), check('garbage', 0)];
    expect(clockOffsetSeconds(checks, start)).toBe(601);
    expect(clockOffsetSeconds([], start)).toBeNull();
  });
});
