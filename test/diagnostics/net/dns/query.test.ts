import dgram from 'node:dgram';
import { afterAll, describe, expect, it } from 'vitest';
import { queryAll, queryName, type DnsOutcome } from '../../../../diagnostics/net/dns/query.js';
import { startFakeDns, type Behaviour, type FakeDns } from './fake-dns-server.js';

const servers: FakeDns[] = [];
afterAll(async () => Promise.all(servers.map((s) => s.close())));
async function server(b: Behaviour): Promise<FakeDns> {
  const s = await startFakeDns(b);
  servers.push(s);
  return s;
}

/** A UDP port on loopback that nothing listens on: the kernel answers port unreachable. */
async function closedPort(): Promise<number> {
  const s = dgram.createSocket('udp4');
  await new Promise<void>((r) => s.bind(0, '127.0.0.1', r));
  const port = s.address().port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

const NAME = 'www.example.com';
const fields = (o: DnsOutcome) => ({ kind: o.kind, ...('addresses' in o ? { addresses: o.addresses } : { detail: o.detail }) });

describe('queryName tells DNS outcomes apart (loopback responders)', () => {
  it.each([
    ['answer', { kind: 'ok', addresses: ['192.0.2.80'] }, 1],
    ['cname', { kind: 'ok', addresses: ['192.0.2.81'] }, 1],
    ['aaaa-only', { kind: 'ok', addresses: ['2001:db8::80'] }, 2],
    ['nodata', { kind: 'nodata', detail: 'the name exists but has no A or AAAA record' }, 2],
    ['nxdomain', { kind: 'nxdomain', detail: 'NXDOMAIN (rcode 3)' }, 1],
    ['servfail', { kind: 'servfail', detail: 'SERVFAIL (rcode 2)' }, 1],
    ['refused', { kind: 'refused', detail: 'REFUSED (rcode 5)' }, 1],
    ['refused-no-question', { kind: 'refused', detail: 'REFUSED (rcode 5)' }, 1],
    ['formerr', { kind: 'error', detail: 'FORMERR (rcode 1)' }, 1],
    ['spoof-then-answer', { kind: 'ok', addresses: ['192.0.2.80'] }, 1],
    ['truncated', { kind: 'ok', addresses: ['192.0.2.80'] }, 1],
  ] as const)('%s → %o after %i UDP query(ies), never retried', async (behaviour, expected, queries) => {
    const s = await server(behaviour);
    const o = await queryName('127.0.0.1', NAME, { timeoutMs: 1500, port: s.port });
    expect(fields(o)).toEqual(expected);
    expect(o).toMatchObject({ server: '127.0.0.1', name: NAME });
    expect(s.queries()).toBe(queries);
  });

  it('times out on a server that never answers, once and within its timeout', async () => {
    const s = await server('silent');
    const started = performance.now();
    const o = await queryName('127.0.0.1', NAME, { timeoutMs: 400, port: s.port });
    const elapsed = performance.now() - started;
    expect(fields(o)).toEqual({ kind: 'timeout', detail: 'no answer within 400 ms' });
    expect(elapsed).toBeGreaterThanOrEqual(390);
    expect(elapsed).toBeLessThan(700);
    expect(s.queries()).toBe(1);
  });

  it('resends an unanswered query, so one lost datagram is not a dead server', async () => {
    const s = await server('drop-first');
    const o = await queryName('127.0.0.1', NAME, { timeoutMs: 1500, port: s.port, retransmitMs: 100 });
    expect(o.kind).toBe('ok');
    expect(s.queries()).toBe(2);
    const silent = await server('silent');
    const t = await queryName('127.0.0.1', NAME, { timeoutMs: 450, port: silent.port, retransmitMs: 100 });
    expect(t.kind).toBe('timeout');
    expect(silent.queries()).toBeGreaterThanOrEqual(4); // 0, 100, 200, 300, (400) ms
    expect(silent.queries()).toBeLessThanOrEqual(5);
  });

  it('says unreachable when no DNS service listens at all (ICMP port unreachable)', async () => {
    const started = performance.now();
    const o = await queryName('127.0.0.1', NAME, { timeoutMs: 1000, port: await closedPort() });
    expect(o.kind).toBe('unreachable');
    if (o.kind !== 'ok') expect(o.detail).toMatch(/^ECONNREFUSED/);
    expect(performance.now() - started).toBeLessThan(500); // told at once, not after the timeout
  });

  it('speaks IPv6 too: ::1 with nothing listening is unreachable; a zoneless link-local server is an error', async () => {
    const port = await closedPort();
    expect((await queryName('::1', NAME, { timeoutMs: 1000, port })).kind).toBe('unreachable');
    expect(fields(await queryName('fe80::1', NAME, { timeoutMs: 1000, port }))).toEqual({ kind: 'error', detail: 'EINVAL' });
  });

  it('stops at once when aborted, and does not even send when already aborted', async () => {
    const s = await server('silent');
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const o = await queryName('127.0.0.1', NAME, { timeoutMs: 5000, port: s.port, signal: controller.signal });
    expect(o.kind).toBe('timeout');
    expect(o.ms).toBeLessThan(1000);
    const before = s.queries();
    const early = await queryName('127.0.0.1', NAME, { timeoutMs: 5000, port: s.port, signal: AbortSignal.abort() });
    expect(early.kind).toBe('timeout');
    expect(s.queries()).toBe(before);
  });

  it('refuses to ask a host name or an invalid name instead of resolving it some other way', async () => {
    expect(fields(await queryName('dns.example.com', NAME, { timeoutMs: 100 }))).toEqual({ kind: 'error', detail: 'not an IP address: "dns.example.com"' });
    const long = `${'a'.repeat(64)}.example.com`;
    expect(fields(await queryName('127.0.0.1', long, { timeoutMs: 100, port: 9 }))).toEqual({ kind: 'error', detail: `not a valid DNS name: "${long}"` });
    expect((await queryName('127.0.0.1', 'a..example.com', { timeoutMs: 100, port: 9 })).kind).toBe('error');
  });

  it('asks every server for every name in parallel, all timing out together', async () => {
    const [ok, silent] = [await server('answer'), await server('silent')];
    const started = performance.now();
    const all = await queryAll(['127.0.0.1', '127.0.0.2'], ['a.example', 'b.example', 'c.example'], { timeoutMs: 500, port: silent.port });
    const mixed = await queryAll(['127.0.0.1'], ['a.example', 'b.example'], { timeoutMs: 500, port: ok.port });
    expect(all.map((o) => [o.server, o.name, o.kind])).toEqual([
      ['127.0.0.1', 'a.example', 'timeout'],
      ['127.0.0.1', 'b.example', 'timeout'],
      ['127.0.0.1', 'c.example', 'timeout'],
      // nothing listens on 127.0.0.2 at that port: the loopback kernel says so at once
      ['127.0.0.2', 'a.example', 'unreachable'],
      ['127.0.0.2', 'b.example', 'unreachable'],
      ['127.0.0.2', 'c.example', 'unreachable'],
    ]);
    expect(mixed.map((o) => o.kind)).toEqual(['ok', 'ok']);
    expect(silent.queries()).toBe(3);
    expect(performance.now() - started).toBeLessThan(1000); // not 3 × 500 ms one after another
  });
});
