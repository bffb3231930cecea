import { spawn, type ChildProcess } from 'node:child_process';
import dgram from 'node:dgram';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryName } from '../../../../diagnostics/net/dns/query.js';

// One test against a real DNS server: dnsmasq on 127.0.0.1 at a random port, answering only from
// its own configuration. Its one "upstream" is a closed loopback port, so nothing leaves the host.

const dnsmasq = ['/usr/sbin', '/usr/bin', '/sbin', ...(process.env.PATH ?? '').split(':')].map((d) => join(d, 'dnsmasq')).find((p) => existsSync(p));
if (dnsmasq === undefined) console.warn('\n!! dnsmasq test NOT RUN: dnsmasq is not installed\n');

async function freeUdpPort(): Promise<number> {
  const s = dgram.createSocket('udp4');
  await new Promise<void>((r) => s.bind(0, '127.0.0.1', r));
  const port = s.address().port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

let child: ChildProcess | null = null;
let port = 0;

/** Starts dnsmasq and waits until it answers; a port taken in the meantime means another try. */
async function start(binary: string): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    port = await freeUdpPort();
    const proc = spawn(
      binary,
      [
        '--conf-file=/dev/null',
        '--no-resolv',
        '--no-hosts',
        '--address=/www.example.com/192.0.2.80',
        '--host-record=v4.example.com,192.0.2.81',
        '--local=/example.com/', // other example.com names: NXDOMAIN; names outside it: REFUSED
        '--server=/dead.example.org/127.0.0.1#9', // an upstream that never answers
        '--listen-address=127.0.0.1',
        '--bind-interfaces',
        `--port=${port}`,
        '--pid-file=',
        '--keep-in-foreground',
      ],
      { shell: false, stdio: 'ignore' },
    );
    child = proc;
    for (let i = 0; i < 40 && proc.exitCode === null; i++) {
      if ((await queryName('127.0.0.1', 'www.example.com', { timeoutMs: 200, port })).kind === 'ok') return;
    }
    proc.kill('SIGKILL');
  }
  throw new Error('dnsmasq did not start');
}

describe.skipIf(dnsmasq === undefined && process.env.CI !== 'true')('queryName against a real dnsmasq on loopback', () => {
  beforeAll(async () => {
    if (dnsmasq === undefined) throw new Error('dnsmasq is not installed');
    await start(dnsmasq);
  });
  afterAll(() => {
    child?.kill('SIGTERM');
  });

  it('tells answer, NXDOMAIN, REFUSED and a silent forwarder apart', async () => {
    const ask = (name: string, timeoutMs = 1500) => queryName('127.0.0.1', name, { timeoutMs, port });
    const [ok, host, nx, refused, silent] = await Promise.all([
      ask('www.example.com'),
      ask('V4.Example.COM'), // dnsmasq echoes the question's case; names match case-insensitively
      ask('nope.example.com'),
      ask('www.example.net'),
      ask('x.dead.example.org', 600),
    ]);
    expect(ok).toMatchObject({ kind: 'ok', addresses: ['192.0.2.80'] });
    expect(host).toMatchObject({ kind: 'ok', addresses: ['192.0.2.81'] });
    expect(nx).toMatchObject({ kind: 'nxdomain', detail: 'NXDOMAIN (rcode 3)' });
    expect(refused).toMatchObject({ kind: 'refused', detail: 'REFUSED (rcode 5)' });
    expect(silent).toMatchObject({ kind: 'timeout', detail: 'no answer within 600 ms' });
  });
});
