import { mkdtemp, writeFile, mkdir } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startUiServer, type UiServer } from '../../../electron/browser/ui-server.js';
import { createEventHub } from '../../../electron/engine/event-hub.js';
import type { Handlers } from '../../../electron/ipc/dispatch.js';
import { CONTENT_SECURITY_POLICY } from '../../../electron/window/csp.js';

// The browser transport on a loopback port of its own, with a stand-in UI folder and handlers.

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function call(url: string, o: { method?: string; headers?: Record<string, string>; body?: string; path?: string } = {}): Promise<Answer> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: u.hostname, port: u.port, path: o.path ?? u.pathname, method: o.method ?? 'GET', headers: o.headers },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(o.body);
  });
}

const hub = createEventHub();
const handlers = {
  'app.info': () =>
    Promise.resolve({ version: '9.9.9', systemLang: 'sv', transport: 'browser', features: { history: false, tickets: false, bundles: false } }),
  // Echoes the upload's size, so the test sees a large body arrive whole.
  'bundle.open': (r: { upload?: { fileName: string; base64: string } }) =>
    Promise.reject(new Error(`got ${r.upload?.base64.length ?? 0} characters of ${r.upload?.fileName ?? 'nothing'}`)),
} as unknown as Handlers;

let server: UiServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(): Promise<UiServer> {
  const base = await mkdtemp(join(tmpdir(), 'homeline-ui-'));
  const root = join(base, 'ui');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>ui</title>');
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(base, 'outside-secret.txt'), 'secret');
  server = await startUiServer({ handlers, subscribe: hub.subscribe, staticDir: root, host: '127.0.0.1', port: 0 });
  return server;
}

const json = { 'Content-Type': 'application/json' };

describe('the browser transport', () => {
  it('serves the UI with the CSP and no caching', async () => {
    const s = await start();
    const index = await call(s.url);
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    const js = await call(`${s.url}assets/app.js`);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('never serves a file outside the UI folder', async () => {
    const s = await start();
    for (const path of ['/../outside-secret.txt', '/%2e%2e/outside-secret.txt', '/assets/..%2f..%2foutside-secret.txt', '/%00']) {
      const r = await call(s.url, { path });
      expect(r.status, path).toBe(404);
      expect(r.body, path).not.toContain('secret');
    }
  });

  it('answers contract calls, and refuses bad ones with the reason', async () => {
    const s = await start();
    const ok = await call(`${s.url}api/invoke/app.info`, { method: 'POST', headers: json, body: '{}' });
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true, value: { version: '9.9.9', systemLang: 'sv' } });
    const notJson = await call(`${s.url}api/invoke/app.info`, { method: 'POST', headers: json, body: '{oops' });
    expect(JSON.parse(notJson.body)).toEqual({ ok: false, error: { code: 'bad-request', message: 'the request is not JSON' } });
    const unknown = await call(`${s.url}api/invoke/shell.run`, { method: 'POST', headers: json, body: '{}' });
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it('refuses requests another web page could forge', async () => {
    const s = await start();
    const form = await call(`${s.url}api/invoke/app.info`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{}' });
    expect(form.status).toBe(415);
    const foreign = await call(`${s.url}api/invoke/app.info`, { method: 'POST', headers: { ...json, Origin: 'https://evil.example' }, body: '{}' });
    expect(foreign.status).toBe(403);
    // DNS rebinding: a name that resolves to 127.0.0.1 still carries its own Host header.
    const rebound = await call(s.url, { headers: { Host: 'evil.example:80' } });
    expect(rebound.status).toBe(421);
    const big = await call(`${s.url}api/invoke/app.info`, { method: 'POST', headers: json, body: `{"x":"${'a'.repeat(70_000)}"}` });
    expect(big.status).toBe(413);
  });

  it('takes a bundle upload far above the usual limit on bundle.open only, and refuses one above 24 MiB', async () => {
    const s = await start();
    const base64 = 'A'.repeat(400_000);
    const ok = await call(`${s.url}api/invoke/bundle.open`, { method: 'POST', headers: json, body: JSON.stringify({ upload: { fileName: 'b.homeline', base64 } }) });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toMatchObject({ ok: false, error: { code: 'failed', message: 'got 400000 characters of b.homeline' } });
    const huge = await call(`${s.url}api/invoke/bundle.open`, { method: 'POST', headers: json, body: `{"upload":{"fileName":"b","base64":"${'A'.repeat(34_000_000)}"}}` });
    expect(huge.status).toBe(413);
  });

  it('streams events to the browser as Server-Sent Events', async () => {
    const s = await start();
    const u = new URL(`${s.url}api/events`);
    const received = await new Promise<string>((resolve, reject) => {
      const req = request({ host: u.hostname, port: u.port, path: u.pathname }, (res) => {
        expect(res.headers['content-type']).toBe('text/event-stream');
        let text = '';
        res.on('data', (c: Buffer) => {
          text += c.toString('utf8');
          if (text.includes('connected')) hub.emit({ type: 'probe-started', id: 'wifi' });
          if (text.includes('data: ')) {
            req.destroy();
            resolve(text);
          }
        });
      });
      req.on('error', reject);
      req.end();
    });
    expect(received).toContain('data: {"type":"probe-started","id":"wifi"}\n\n');
  });
});

describe('the browser transport’s routes', () => {
  it('reach every channel of the contract, whatever its spelling', async () => {
    const s = await start();
    const { CHANNELS } = await import('../../../electron/ipc/contract.js');
    for (const channel of Object.keys(CHANNELS)) {
      const r = await call(`${s.url}api/invoke/${channel}`, { method: 'POST', headers: json, body: '{}' });
      // The stand-in handlers only implement app.info: every other channel must reach dispatch
      // (and fail there on its request or its missing handler), never be refused by the router.
      expect(r.status, channel).toBe(200);
      expect(JSON.parse(r.body), channel).toHaveProperty('ok');
    }
  });
});
