import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { helpdeskRequest, readJson, type HttpContext } from '../../../diagnostics/tickets/http.js';
import { PermanentSendError, SetupSendError, TransientSendError, UnconfirmedSendError } from '../../../diagnostics/tickets/send-errors.js';

// The one place that tells a help desk's refusal from an answer Homeline could not read: a 2xx to
// a filing request whose body breaks off, times out, is not JSON is "unconfirmed" (the ticket may
// exist), never a refusal; after a look-up it is a plain transient failure.

const servers: Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  }
});

/** A loopback server whose every answer `answer` writes by hand. */
async function serve(answer: (res: import('node:http').ServerResponse) => void): Promise<string> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => answer(res));
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

const ctx = (timeoutMs = 1500): HttpContext => ({ fetch, timeoutMs });
const post: RequestInit = { method: 'POST', body: '{}' };

async function outcome(url: string, init: RequestInit, answerTo: 'lookup' | 'filing', timeoutMs?: number): Promise<unknown> {
  try {
    return await readJson(await helpdeskRequest(ctx(timeoutMs), url, init, 'create the ticket'), 'the ticket creation', answerTo);
  } catch (e) {
    return e;
  }
}

describe('help-desk HTTP: refusals, lost answers and set-up errors', () => {
  it('a 201 whose body is cut off is unconfirmed after a filing request, transient after a look-up', async () => {
    const url = await serve((res) => {
      res.writeHead(201, { 'Content-Type': 'application/json', 'Content-Length': '40' });
      res.write('{"result":{"sys_id":', () => res.socket?.destroy());
    });
    const filed = await outcome(url, post, 'filing');
    expect(filed).toBeInstanceOf(UnconfirmedSendError);
    expect((filed as Error).message).toMatch(/took the request \(HTTP 201\) but its answer to the ticket creation could not be read \(it broke off: .*\); the ticket may exist\./);
    const looked = await outcome(url, {}, 'lookup');
    expect(looked).toBeInstanceOf(TransientSendError);
    expect(looked).not.toBeInstanceOf(UnconfirmedSendError);
  });

  it('a 200 that trickles in slower than the time limit is unconfirmed, and says it stopped arriving', async () => {
    const url = await serve((res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '100' });
      const timer = setInterval(() => (res.destroyed ? clearInterval(timer) : res.write(' ')), 100);
    });
    const e = await outcome(url, post, 'filing', 500);
    expect(e).toBeInstanceOf(UnconfirmedSendError);
    expect((e as Error).message).toContain('it stopped arriving before the time limit');
  });

  it('a 2xx that is not JSON (a proxy page) is unconfirmed, with a snippet of what came', async () => {
    const url = await serve((res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html>Sign in to the hotel Wi-Fi</html>'));
    const e = await outcome(url, post, 'filing');
    expect(e).toBeInstanceOf(UnconfirmedSendError);
    expect((e as Error).message).toContain('not JSON: <html>Sign in to the hotel Wi-Fi</html>');
  });

  it('a filing request that gets no answer at all may have been filed; one that never connected was not', async () => {
    const hung = await serve(() => {});
    const e = await outcome(hung, post, 'filing', 300);
    expect(e).toBeInstanceOf(UnconfirmedSendError);
    expect((e as Error).message).toMatch(/^No answer when asked to create the ticket at 127\.0\.0\.1:\d+ \(no answer within 0\.3 s\); the help desk may have it\.$/);
    const lookupHung = await outcome(hung, {}, 'lookup', 300);
    expect(lookupHung).toBeInstanceOf(TransientSendError);
    expect(lookupHung).not.toBeInstanceOf(UnconfirmedSendError);

    const closed = await serve(() => {});
    const port = new URL(closed).port;
    const s = servers.pop()!;
    await new Promise((r) => s.close(r));
    const refused = await outcome(`http://127.0.0.1:${port}/`, post, 'filing');
    expect(refused).toBeInstanceOf(TransientSendError);
    expect(refused).not.toBeInstanceOf(UnconfirmedSendError);
    expect((refused as Error).message).toContain('ECONNREFUSED');
  });

  it('keeps refusals as refusals: 4xx permanent with the status, 429/5xx transient with Retry-After', async () => {
    const forbidden = await serve((res) => res.writeHead(403).end('{"error":"no"}'));
    const e403 = await outcome(forbidden, post, 'filing');
    expect(e403).toBeInstanceOf(PermanentSendError);
    expect(e403).not.toBeInstanceOf(SetupSendError);
    expect((e403 as PermanentSendError).status).toBe(403);
    const busy = await serve((res) => res.writeHead(429, { 'Retry-After': '7' }).end());
    const e429 = await outcome(busy, post, 'filing');
    expect(e429).toBeInstanceOf(TransientSendError);
    expect(e429).not.toBeInstanceOf(UnconfirmedSendError);
    expect((e429 as TransientSendError).retryAfterMs).toBe(7000);
  });

  it('an address Homeline cannot use is a set-up error naming what to fix, before any request', async () => {
    let asked = 0;
    const counting: HttpContext = { fetch: (() => (asked++, Promise.reject(new Error('must not be called')))) as typeof fetch, timeoutMs: 1000 };
    const cases: Array<[string, RegExp]> = [
      ['not a url', /is not a URL; correct it in the help-desk configuration/],
      ['ftp://hd.example/x', /must start with https:\/\/ \(it starts with ftp:\/\/\)/],
      ['https://admin:pw@hd.example/api', /contains a user name or password; remove it and store the credential/],
    ];
    for (const [url, says] of cases) {
      const e = await helpdeskRequest(counting, url, post, 'create the ticket').catch((x: unknown) => x);
      expect(e, url).toBeInstanceOf(SetupSendError);
      expect((e as Error).message).toMatch(says);
      expect((e as Error).message).not.toContain('pw');
    }
    expect(asked).toBe(0);
  });

  it('does not follow a redirect with the bundle: it is a set-up error naming where it pointed', async () => {
    let followed = 0;
    const target = await serve((res) => (followed++, res.writeHead(200).end('{}')));
    const sso = await serve((res) => res.writeHead(302, { Location: `${target}/login` }).end());
    const e = await outcome(sso, post, 'filing');
    expect(e).toBeInstanceOf(SetupSendError);
    expect((e as Error).message).toMatch(/redirected the request to create the ticket \(HTTP 302 to http:\/\/127\.0\.0\.1:\d+\/login\): check the address/);
    expect(followed).toBe(0);
  });
});
