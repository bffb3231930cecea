import { afterEach, describe, expect, it } from 'vitest';
import { detectCaptivePortal } from '../../../../diagnostics/net/http/captive-portal.js';
import { closedPort, fakeLookup, startHttp, startSilent, type Loopback } from './loopback.js';

// The connectivity-check "server" is on 127.0.0.1; the example.com name reaches it via fakeLookup.
const lookup = fakeLookup({ 'connectivity.example.com': '127.0.0.1' });
const servers: Loopback[] = [];
async function serve(handler: Parameters<typeof startHttp>[0]): Promise<string> {
  const s = await startHttp(handler);
  servers.push(s);
  return `http://connectivity.example.com:${s.port}/generate_204`;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

describe('detectCaptivePortal', () => {
  it('calls 204 open', async () => {
    const url = await serve((req, res) => {
      res.writeHead(req.url === '/generate_204' ? 204 : 404);
      res.end();
    });
    expect(await detectCaptivePortal(url, { timeoutMs: 2000, lookup })).toEqual({
      url, state: 'open', status: 204, location: null, evidence: 'answered 204 No Content as expected',
    });
  });

  it('calls 200 with an empty body open', async () => {
    const url = await serve((_q, res) => res.end());
    expect(await detectCaptivePortal(url, { timeoutMs: 2000, lookup })).toMatchObject({ state: 'open', status: 200 });
  });

  it('calls a 302 a portal and reports where it leads, without going there', async () => {
    let hits = 0;
    const url = await serve((_q, res) => {
      hits++;
      res.writeHead(302, { location: 'http://login.example.com/portal?orig=generate_204' });
      res.end();
    });
    const c = await detectCaptivePortal(url, { timeoutMs: 2000, lookup });
    expect(c).toMatchObject({ state: 'portal', status: 302, location: 'http://login.example.com/portal?orig=generate_204' });
    expect(c.evidence).toMatch(/^redirected \(302\) to http:\/\/login\.example\.com/);
    expect(hits).toBe(1);
  });

  it('calls a 200 with an HTML page a portal', async () => {
    const url = await serve((_q, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html><head><title>Guest WiFi</title></head><body><form>Accept terms</form></body></html>');
    });
    const c = await detectCaptivePortal(url, { timeoutMs: 2000, lookup });
    expect(c).toMatchObject({ state: 'portal', status: 200, location: null });
    expect(c.evidence).toMatch(/Guest WiFi/);
  });

  it('calls a refused connection unreachable, not a portal', async () => {
    const port = await closedPort();
    const c = await detectCaptivePortal(`http://connectivity.example.com:${port}/generate_204`, { timeoutMs: 2000, lookup });
    expect(c).toMatchObject({ state: 'unreachable', status: null, location: null, evidence: 'no answer (connect: ECONNREFUSED)' });
  });

  it('calls a name that does not resolve unreachable', async () => {
    const c = await detectCaptivePortal('http://connectivity.invalid/generate_204', { timeoutMs: 2000, lookup });
    expect(c).toMatchObject({ state: 'unreachable', evidence: 'no answer (dns: ENOTFOUND)' });
  });

  it('calls a silent server unreachable once the time is up', async () => {
    const s = await startSilent();
    servers.push(s);
    const c = await detectCaptivePortal(`http://connectivity.example.com:${s.port}/generate_204`, { timeoutMs: 200, lookup });
    expect(c).toMatchObject({ state: 'unreachable', evidence: 'no answer (timeout: FIRST_BYTE_TIMEOUT)' });
  });
});
