import dgram from 'node:dgram';
import { afterAll, describe, expect, it } from 'vitest';
import { queryAll, queryName } from '../../../../diagnostics/net/dns/query.js';
import { startFakeDns, type Behaviour } from './fake-dns-server.js';

const servers: { close: () => Promise<void> }[] = [];
afterAll(async () => Promise.all(servers.map((s) => s.close())));
async function server(b: Behaviour): Promise<number> {
  const s = await startFakeDns(b);
  servers.push(s);
  return s.port;
}

/** A UDP port on loopback that nothing listens on: the kernel answers port unreachable. */
async function closedPort(): Promise<number> {
  const s = dgram.createSocket('udp4');
  await new Promise<void>((r) => s.bind(0, '127.0.0.1', r));
  const port = s.address().port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

describe('queryName tells DNS outcomes apart (loopback responders)', () => {
  it.each([
    ['answer', 'ok'],
    ['nxdomain', 'nxdomain'],
    ['servfail', 'servfail'],
    ['refused', 'refused'],
  ] as const)('%s → %s', async (behaviour, kind) => {
    const port = await server(behaviour);
    const o = await queryName('127.0.0.1', 'www.example.com', { timeoutMs: 1500, port });
    expect(o.kind).toBe(kind);
    if (o.kind === 'ok') expect(o.addresses).toEqual(['192.0.2.80']);
  });

  it('times out on a server that never answers, within its timeout', async () => {
    const port = await server('silent');
    const started = performance.now();
    const o = await queryName('127.0.0.1', 'www.example.com', { timeoutMs: 400, port });
    expect(o.kind).toBe('timeout');
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it('says unreachable when no DNS service listens at all', async () => {
    const o = await queryName('127.0.0.1', 'www.example.com', { timeoutMs: 1000, port: await closedPort() });
    expect(o.kind).toBe('unreachable');
  });

  it('stops at once when aborted', async () => {
    const port = await server('silent');
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const o = await queryName('127.0.0.1', 'www.example.com', { timeoutMs: 5000, port, signal: controller.signal });
    expect(o.kind).toBe('timeout');
    expect(o.ms).toBeLessThan(1000);
  });

  it('asks every server for every name in parallel', async () => {
    const [ok, silent] = [await server('answer'), await server('silent')];
    const started = performance.now();
    const all = await Promise.all([
      queryAll(['127.0.0.1'], ['a.example', 'b.example'], { timeoutMs: 500, port: ok }),
      queryAll(['127.0.0.1'], ['a.example', 'b.example', 'c.example'], { timeoutMs: 500, port: silent }),
    ]);
    expect(all.flat().map((o) => o.kind)).toEqual(['ok', 'ok', 'timeout', 'timeout', 'timeout']);
    expect(performance.now() - started).toBeLessThan(1400); // not 3 × 500 ms one after another
  });
});
