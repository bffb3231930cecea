import { describe, expect, it } from 'vitest';
import { discoverHops } from '../../../../diagnostics/net/ping/hops.js';
import { runCommand, type CommandSpec } from '../../../../diagnostics/platform/command.js';
import { optionValue, output, recording } from './fake-ping.js';
import { fixture } from './ping-fixtures.js';

const target = '203.0.113.10';
const ttlExceeded = (from: string): string =>
  `PING ${target} (${target}) 56(84) bytes of data.\nFrom ${from} icmp_seq=1 Time to live exceeded\nFrom ${from} icmp_seq=2 Time to live exceeded\n\n--- ${target} ping statistics ---\n3 packets transmitted, 0 received, +2 errors, 100% packet loss, time 405ms\n`;
const reached = `PING ${target} (${target}) 56(84) bytes of data.\n64 bytes from ${target}: icmp_seq=1 ttl=62 time=1.05 ms\n\n--- ${target} ping statistics ---\n3 packets transmitted, 1 received, 66% packet loss, time 405ms\n`;

/** A path of routers; beyond them the target answers. null: a router that stays silent. */
const linuxPath = (routers: readonly (string | null)[]) =>
  recording((spec: CommandSpec) => {
    const ttl = optionValue(spec, '-t');
    if (ttl > routers.length) return output(spec, reached);
    const r = routers[ttl - 1];
    return output(spec, r === null || r === undefined ? fixture('linux-no-answer.txt') : ttlExceeded(r));
  });

describe('discoverHops', () => {
  it('probes TTL 1..maxTtl at once, 3 echoes 50 ms apart each with a 1 s reply timeout, and stops at the target', async () => {
    const run = linuxPath(['192.0.2.1', null]);
    const hops = await discoverHops(target, { run, os: 'linux' }, 5);
    expect(run.calls).toHaveLength(5);
    expect(run.calls[0]!.args).toEqual(['-n', '-c', '3', '-i', '0.05', '-W', '1', '-t', '1', target]);
    expect(hops).toEqual([
      { ttl: 1, address: '192.0.2.1', reachedTarget: false },
      { ttl: 2, address: null, reachedTarget: false },
      { ttl: 3, address: target, reachedTarget: true },
    ]);
  });

  it('asks again at 200 ms where an old iputils refuses 50 ms to users', async () => {
    const path = linuxPath(['192.0.2.1']);
    const run = recording((spec) =>
      optionValue(spec, '-i') < 0.2
        ? output(spec, fixture('linux-refused-interval.txt'), { stderr: fixture('linux-refused-interval.stderr.txt'), exitCode: 2 })
        : path(spec),
    );
    const hops = await discoverHops(target, { run, os: 'linux' }, 2);
    expect(run.calls.map((c) => [optionValue(c, '-t'), optionValue(c, '-i')]).sort()).toEqual([[1, 0.05], [1, 0.2], [2, 0.05], [2, 0.2]]);
    expect(hops).toEqual([
      { ttl: 1, address: '192.0.2.1', reachedTarget: false },
      { ttl: 2, address: target, reachedTarget: true },
    ]);
  });

  it('lists every TTL when the target is further away', async () => {
    const hops = await discoverHops(target, { run: linuxPath(['192.0.2.1', '198.51.100.1', '198.51.100.9', '198.51.100.17', '198.51.100.25']), os: 'linux' });
    expect(hops.map((h) => h.address)).toEqual(['192.0.2.1', '198.51.100.1', '198.51.100.9', '198.51.100.17']);
    expect(hops.every((h) => !h.reachedTarget)).toBe(true);
  });

  it('reads Windows "TTL expired" answers in German (-i sets the TTL there)', async () => {
    const run = recording((spec) => output(spec, optionValue(spec, '-i') === 1 ? fixture('windows-de-ttl-expired.txt') : fixture('windows-en-hostname.txt')));
    const hops = await discoverHops(target, { run, os: 'win32' }, 3);
    expect(run.calls[0]!.args).toEqual(['-4', '-n', '3', '-w', '1000', '-i', '1', target]);
    expect(hops).toEqual([
      { ttl: 1, address: '198.51.100.1', reachedTarget: false },
      { ttl: 2, address: target, reachedTarget: true },
    ]);
  });

  it('gives null addresses, not an exception, when ping cannot run', async () => {
    const run = recording((spec) => output(spec, '', { spawnError: 'spawn ping ENOENT', exitCode: null }));
    expect(await discoverHops(target, { run, os: 'darwin' }, 2)).toEqual([
      { ttl: 1, address: null, reachedTarget: false },
      { ttl: 2, address: null, reachedTarget: false },
    ]);
    const rejecting = recording(() => Promise.reject(new Error('bug in a runner')));
    expect(await discoverHops(target, { run: rejecting, os: 'linux' }, 1)).toEqual([{ ttl: 1, address: null, reachedTarget: false }]);
  });

  it('returns no hops for a target that is no address or name, and throws on a bad maxTtl', async () => {
    const run = linuxPath([]);
    expect(await discoverHops('-f', { run, os: 'linux' })).toEqual([]);
    expect(run.calls).toHaveLength(0);
    await expect(discoverHops(target, { run, os: 'linux' }, 0)).rejects.toThrow(TypeError);
  });

  it('finds loopback at TTL 1 for real', async () => {
    expect(await discoverHops('127.0.0.1', { run: runCommand, os: 'linux' }, 3)).toEqual([{ ttl: 1, address: '127.0.0.1', reachedTarget: true }]);
  });
});
