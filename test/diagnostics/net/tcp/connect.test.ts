import type { LookupFunction } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeTcp, tcpStateOf } from '../../../../diagnostics/net/tcp/connect.js';
import { closedLoopbackPort, greeter, type Listener, listenLoopback } from './loopback-listeners.js';

// Every listener here is a node:net server on 127.0.0.1 at a random port.
const ICA_DETECT = Uint8Array.of(0x7f, 0x7f, 0x49, 0x43, 0x41, 0x00);
let ica: Listener;
let silent: Listener;
let chatty: Listener;
let hangup: Listener;
let closedPort: number;

beforeAll(async () => {
  ica = await listenLoopback(greeter(ICA_DETECT, 3, 50));
  silent = await listenLoopback(() => undefined);
  chatty = await listenLoopback(greeter(Buffer.from(`SSH-2.0-OpenSSH_9.6 \\ ${'x'.repeat(100)}\r\n`)));
  hangup = await listenLoopback((s) => s.end());
  closedPort = await closedLoopbackPort();
});
afterAll(async () => {
  await Promise.all([ica, silent, chatty, hangup].map((l) => l.close()));
});

describe('probeTcp on loopback', () => {
  it('connects, reads the ICA greeting and escapes it', async () => {
    const r = await probeTcp('127.0.0.1', ica.port, { timeoutMs: 2000, readBannerMs: 1000 });
    expect(r).toMatchObject({ host: '127.0.0.1', port: ica.port, state: 'open', address: '127.0.0.1', code: null, banner: '\\x7f\\x7fICA\\x00' });
    expect(r.connectMs).toBeGreaterThanOrEqual(0);
    expect(r.connectMs).toBeLessThan(2000);
  });

  it('does not wait for a banner unless asked', async () => {
    const r = await probeTcp('127.0.0.1', ica.port, { timeoutMs: 2000 });
    expect(r.state).toBe('open');
    expect(r.banner).toBeNull();
  });

  it('waits readBannerMs and no longer for a silent server', async () => {
    const t0 = performance.now();
    const r = await probeTcp('127.0.0.1', silent.port, { timeoutMs: 2000, readBannerMs: 300 });
    const took = performance.now() - t0;
    expect(r).toMatchObject({ state: 'open', banner: null, code: null });
    expect(took).toBeGreaterThanOrEqual(280);
    expect(took).toBeLessThan(1500);
  });

  it('keeps at most 64 bytes, escaping the backslash so the text can be undone', async () => {
    const r = await probeTcp('127.0.0.1', chatty.port, { timeoutMs: 2000, readBannerMs: 1000 });
    expect(r.banner).toBe(`SSH-2.0-OpenSSH_9.6 \\x5c ${'x'.repeat(64 - 22)}`);
  });

  it('calls a server that hangs up at once open, with no banner', async () => {
    const r = await probeTcp('127.0.0.1', hangup.port, { timeoutMs: 2000, readBannerMs: 1000 });
    expect(r).toMatchObject({ state: 'open', banner: null });
  });

  it('reports a closed port as refused', async () => {
    const r = await probeTcp('127.0.0.1', closedPort, { timeoutMs: 2000 });
    expect(r).toEqual({ host: '127.0.0.1', port: closedPort, state: 'refused', connectMs: null, address: '127.0.0.1', code: 'ECONNREFUSED', banner: null });
  });

  it('reports a name that does not resolve as dns-failed (lookup injected: no DNS traffic)', async () => {
    const lookup = ((_host: string, _opts: unknown, cb: (e: NodeJS.ErrnoException) => void) => {
      cb(Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }));
    }) as unknown as LookupFunction;
    const r = await probeTcp('storefront.example.com', 443, { timeoutMs: 2000, lookup });
    expect(r).toMatchObject({ state: 'dns-failed', code: 'ENOTFOUND', address: null, connectMs: null });
  });

  it('uses the resolved address for a name', async () => {
    const lookup = ((_host: string, opts: { all?: boolean }, cb: (...a: unknown[]) => void) => {
      if (opts.all === true) cb(null, [{ address: '127.0.0.1', family: 4 }]);
      else cb(null, '127.0.0.1', 4);
    }) as unknown as LookupFunction;
    const r = await probeTcp('ica.example.com', ica.port, { timeoutMs: 2000, readBannerMs: 1000, lookup });
    expect(r).toMatchObject({ host: 'ica.example.com', state: 'open', address: '127.0.0.1', banner: '\\x7f\\x7fICA\\x00' });
  });

  it('times out when the connection never completes', async () => {
    const never = (() => undefined) as unknown as LookupFunction;
    const t0 = performance.now();
    const r = await probeTcp('ica.example.com', 1494, { timeoutMs: 200, lookup: never });
    expect(r).toMatchObject({ state: 'timeout', code: 'CONNECT_TIMEOUT', connectMs: null });
    expect(performance.now() - t0).toBeLessThan(1500);
  });

  it('ends at once on an abort: timeout before the handshake, open after it', async () => {
    const never = (() => undefined) as unknown as LookupFunction;
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 50);
    expect(await probeTcp('ica.example.com', 1494, { timeoutMs: 5000, lookup: never, signal: ac.signal })).toMatchObject({ state: 'timeout', code: 'ABORTED' });

    const late = new AbortController();
    setTimeout(() => late.abort(), 150);
    const t0 = performance.now();
    const r = await probeTcp('127.0.0.1', silent.port, { timeoutMs: 5000, readBannerMs: 5000, signal: late.signal });
    expect(r).toMatchObject({ state: 'open', code: null, banner: null });
    expect(performance.now() - t0).toBeLessThan(2000);

    expect(await probeTcp('127.0.0.1', silent.port, { timeoutMs: 5000, signal: AbortSignal.abort() })).toMatchObject({ state: 'timeout', code: 'ABORTED' });
  });

  it('returns an error instead of throwing for impossible ports', async () => {
    for (const port of [0, -1, 70_000, 1.5, Number.NaN]) {
      expect(await probeTcp('127.0.0.1', port, { timeoutMs: 100 })).toMatchObject({ state: 'error', code: 'BAD_PORT' });
    }
  });

  it('maps error codes to states', () => {
    expect(tcpStateOf('EHOSTUNREACH')).toBe('unreachable');
    expect(tcpStateOf('ENETUNREACH')).toBe('unreachable');
    expect(tcpStateOf('EAI_AGAIN')).toBe('dns-failed');
    expect(tcpStateOf('ETIMEDOUT')).toBe('timeout');
    expect(tcpStateOf('EPROTO')).toBe('error');
    expect(tcpStateOf(null)).toBe('error');
  });
});
