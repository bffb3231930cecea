import { describe, expect, it } from 'vitest';
import { findPathMtu } from '../../../../diagnostics/net/mtu/find-path-mtu.js';
import type { CommandOutput, CommandRunner } from '../../../../diagnostics/platform/command.js';
import type { OsKind } from '../../../../diagnostics/platform/os-kind.js';
import { type Oversize, simulatedPath } from './simulated-path.js';

describe('path-MTU search', () => {
  const cases: readonly (readonly [OsKind, Oversize, number])[] = [
    ['linux', 'local', 1400],
    ['linux', 'icmp', 1420],
    ['linux', 'silent', 1400],
    ['darwin', 'icmp', 1492],
    ['darwin', 'local', 1400],
    ['win32', 'icmp', 1400],
    ['win32', 'silent', 1380],
  ];
  it.each(cases)('%s with oversize packets %s finds MTU %i', async (os, oversize, mtu) => {
    const run = simulatedPath(os, mtu, oversize);
    const r = await findPathMtu('192.0.2.1', { run, os });
    expect(r.mtu).toBe(mtu);
    expect(r.probes).toBe(run.sizes.length);
    expect(r.target).toBe('192.0.2.1');
  });

  it('settles in two pings when the refusal names the MTU', async () => {
    const run = simulatedPath('linux', 1400, 'local');
    const r = await findPathMtu('192.0.2.1', { run, os: 'linux' });
    expect(run.sizes).toEqual([1472, 1372]);
    expect(r.probes).toBe(2);
  });

  it('binary-searches when nothing names the MTU, and calls silent drops a black hole', async () => {
    const run = simulatedPath('win32', 1380, 'silent');
    const r = await findPathMtu('192.0.2.1', { run, os: 'win32' });
    expect(r.mtu).toBe(1380);
    expect(run.sizes.slice(0, 2)).toEqual([1472, 548]);
    expect(r.probes).toBeLessThanOrEqual(2 + Math.ceil(Math.log2(1472 - 548)));
    expect(r.notes.join(' ')).toMatch(/black hole/);
  });

  it('reports the largest size tried when everything fits', async () => {
    const r = await findPathMtu('192.0.2.1', { run: simulatedPath('linux', 9000, 'icmp'), os: 'linux' });
    expect(r).toMatchObject({ mtu: 1500, probes: 1 });
  });

  it('honours low and high as payload sizes', async () => {
    const run = simulatedPath('linux', 1200, 'silent');
    const r = await findPathMtu('192.0.2.1', { run, os: 'linux' }, { low: 1000, high: 1300 });
    expect(r.mtu).toBe(1200);
    expect(run.sizes.slice(0, 2)).toEqual([1300, 1000]);
  });

  it('gives no MTU when even small pings get no answer', async () => {
    const r = await findPathMtu('192.0.2.1', { run: simulatedPath('linux', 100, 'silent'), os: 'linux' });
    expect(r.mtu).toBeNull();
    expect(r.probes).toBe(2);
    expect(r.notes[0]).toMatch(/no reply even to 576-byte/);
  });

  it('gives no MTU when even the smallest size is refused', async () => {
    const r = await findPathMtu('192.0.2.1', { run: simulatedPath('win32', 500, 'icmp'), os: 'win32' });
    expect(r.mtu).toBeNull();
    expect(r.notes[0]).toMatch(/below 576/);
  });

  it('says so when ping cannot be started', async () => {
    const run: CommandRunner = (spec) =>
      Promise.resolve({ cmd: spec.cmd, args: spec.args, stdout: '', stderr: '', exitCode: null, signal: null, timedOut: false, truncated: false, durationMs: 0, spawnError: 'spawn ping ENOENT' } satisfies CommandOutput);
    const r = await findPathMtu('192.0.2.1', { run, os: 'linux' });
    expect(r).toEqual({ target: '192.0.2.1', mtu: null, probes: 1, notes: ['ping could not be started (spawn ping ENOENT)'] });
  });

  it('refuses a target that is not IPv4 or a name, without running anything', async () => {
    const run = simulatedPath('linux', 1500, 'icmp');
    const r = await findPathMtu('2001:db8::1', { run, os: 'linux' });
    expect(r.mtu).toBeNull();
    expect(r.probes).toBe(0);
    expect(run.sizes).toEqual([]);
  });

  it('stops at once when the signal is aborted, keeping the bounds it found', async () => {
    const ac = new AbortController();
    const inner = simulatedPath('win32', 1380, 'silent');
    const run: CommandRunner = async (spec, signal) => {
      const out = await inner(spec, signal);
      if (inner.sizes.length === 3) ac.abort();
      return out;
    };
    const r = await findPathMtu('192.0.2.1', { run, os: 'win32', signal: ac.signal });
    expect(r.mtu).toBeNull();
    expect(r.probes).toBe(3);
    expect(r.notes[0]).toMatch(/aborted; the path MTU is between \d+ and \d+/);
  });
});
