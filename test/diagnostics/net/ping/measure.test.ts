import { describe, expect, it } from 'vitest';
import { isPingTarget, pingCommand } from '../../../../diagnostics/net/ping/command.js';
import { discoverHops } from '../../../../diagnostics/net/ping/hops.js';
import { measurePing } from '../../../../diagnostics/net/ping/measure.js';
import { jitter, percentile, wilsonInterval } from '../../../../diagnostics/net/ping/stats.js';
import { runCommand, type CommandOutput, type CommandRunner, type CommandSpec } from '../../../../diagnostics/platform/command.js';

/** Fake iputils: answers `count` echoes, losing every k-th one. */
function fakeLinuxPing(loseEvery: number | null, opts: { refuseBelowMs?: number } = {}): CommandRunner & { calls: CommandSpec[] } {
  const calls: CommandSpec[] = [];
  const run = async (spec: CommandSpec): Promise<CommandOutput> => {
    calls.push(spec);
    const count = Number(spec.args[spec.args.indexOf('-c') + 1]);
    const interval = Number(spec.args[spec.args.indexOf('-i') + 1]) * 1000;
    const target = spec.args[spec.args.length - 1]!;
    const base = { cmd: spec.cmd, args: spec.args, signal: null, timedOut: false, truncated: false, durationMs: 1 };
    if (opts.refuseBelowMs !== undefined && interval < opts.refuseBelowMs) {
      return { ...base, stdout: '', stderr: 'ping: cannot flood; minimal interval allowed for user is 200ms\n', exitCode: 2 };
    }
    const lines: string[] = [`PING ${target} (${target}) 56(84) bytes of data.`];
    let received = 0;
    for (let seq = 1; seq <= count; seq++) {
      if (loseEvery === 0 || (loseEvery !== null && seq % loseEvery === 0)) continue;
      received++;
      lines.push(`64 bytes from ${target}: icmp_seq=${seq} ttl=62 time=${(10 + (seq % 3)).toFixed(1)} ms`);
    }
    lines.push('', `--- ${target} ping statistics ---`, `${count} packets transmitted, ${received} received, ${Math.round((100 * (count - received)) / count)}% packet loss, time 1ms`);
    return { ...base, stdout: lines.join('\n'), stderr: '', exitCode: received === 0 ? 1 : 0 };
  };
  return Object.assign(run, { calls });
}

describe('measurePing', () => {
  it('stops after 100 echoes on a clean line', async () => {
    const run = fakeLinuxPing(null);
    const s = await measurePing('203.0.113.10', { run, os: 'linux' });
    expect(run.calls).toHaveLength(1);
    expect(s).toMatchObject({ sent: 100, received: 100, lossPct: 0 });
    expect(s.lossCi95[1]).toBeLessThan(4); // 100 clean echoes rule out 5 % loss
    expect(s.rttMs).toMatchObject({ min: 10, max: 12 });
    expect(s.jitterMs).toBeGreaterThan(0);
  });

  it('stops after 100 echoes on a dead line', async () => {
    const run = fakeLinuxPing(0);
    const s = await measurePing('203.0.113.10', { run, os: 'linux' });
    expect(run.calls).toHaveLength(1);
    expect(s).toMatchObject({ sent: 100, received: 0, lossPct: 100, rttMs: null });
  });

  it('extends to 1500 echoes when it sees some loss, and pools both stages', async () => {
    const run = fakeLinuxPing(10);
    const s = await measurePing('203.0.113.10', { run, os: 'linux' });
    expect(run.calls).toHaveLength(2);
    expect(s.sent).toBe(1500);
    expect(s.lossPct).toBe(10);
    expect(s.lossCi95[0]).toBeGreaterThan(8.4);
    expect(s.lossCi95[1]).toBeLessThan(11.7);
  });

  it('falls back to a slower interval when ping refuses a short one, and says so', async () => {
    const run = fakeLinuxPing(null, { refuseBelowMs: 200 });
    const s = await measurePing('203.0.113.10', { run, os: 'linux' });
    expect(s.sent).toBe(100); // 4 processes × 25 echoes at 200 ms
    expect(s.errors.join()).toMatch(/refused a 10 ms interval/);
  });

  it('reports a missing ping binary instead of throwing', async () => {
    const run: CommandRunner = async (spec) => ({
      cmd: spec.cmd, args: spec.args, stdout: '', stderr: '', exitCode: null, signal: null, timedOut: false, truncated: false, durationMs: 0, spawnError: 'spawn ping ENOENT',
    });
    const s = await measurePing('203.0.113.10', { run, os: 'linux' });
    expect(s).toMatchObject({ sent: 0, received: 0 });
    expect(s.errors[0]).toMatch(/ENOENT/);
  });

  it('uses parallel processes where the OS cannot send faster (Windows)', async () => {
    const calls: CommandSpec[] = [];
    const run: CommandRunner = async (spec) => {
      calls.push(spec);
      return { cmd: spec.cmd, args: spec.args, stdout: '', stderr: '', exitCode: 1, signal: null, timedOut: false, truncated: false, durationMs: 1 };
    };
    await measurePing('203.0.113.10', { run, os: 'win32' });
    expect(calls.length).toBe(20);
    expect(calls[0]!.args).toEqual(['-4', '-n', '5', '-w', '1000', '203.0.113.10']);
  });

  it('measures loopback for real', async () => {
    const s = await measurePing('127.0.0.1', { run: runCommand, os: 'linux' }, { stage1: { processes: 1, count: 20, intervalMs: 5 } });
    expect(s).toMatchObject({ sent: 20, received: 20, lossPct: 0 });
    expect(s.rttMs!.avg).toBeLessThan(5);
  });
});

describe('ping command', () => {
  it('refuses anything that is not an address or host name', () => {
    for (const bad of ['-f', '192.0.2.1; rm -rf /', '', 'a b', '--help']) expect(() => pingCommand('linux', { target: bad, count: 1, intervalMs: 10, replyTimeoutMs: 1000 })).toThrow(TypeError);
    expect(isPingTarget('www.example.com')).toBe(true);
    expect(isPingTarget('2001:db8::1')).toBe(true);
  });
  it('speaks each OS\u2019s dialect for TTL and don\u2019t-fragment', () => {
    const o = { target: '203.0.113.10', count: 2, intervalMs: 200, replyTimeoutMs: 1000, ttl: 3, payloadBytes: 1472, dontFragment: true };
    expect(pingCommand('linux', o).args).toEqual(['-n', '-c', '2', '-i', '0.2', '-W', '1', '-t', '3', '-s', '1472', '-M', 'do', '203.0.113.10']);
    expect(pingCommand('darwin', o).args).toEqual(['-n', '-c', '2', '-i', '0.2', '-W', '1000', '-m', '3', '-s', '1472', '-D', '203.0.113.10']);
    expect(pingCommand('win32', o).args).toEqual(['-4', '-n', '2', '-w', '1000', '-i', '3', '-l', '1472', '-f', '203.0.113.10']);
  });
});

describe('hop discovery', () => {
  it('lists who answered at each TTL and stops at the target', async () => {
    const run: CommandRunner = async (spec) => {
      const ttl = Number(spec.args[spec.args.indexOf('-t') + 1]);
      const who = ['192.0.2.1', '198.51.100.1'][ttl - 1];
      const stdout = who
        ? `From ${who} icmp_seq=1 Time to live exceeded\n\n--- x ping statistics ---\n3 packets transmitted, 0 received, +3 errors, 100% packet loss`
        : '64 bytes from 203.0.113.10: icmp_seq=1 ttl=62 time=1.0 ms\n3 packets transmitted, 3 received, 0% packet loss';
      return { cmd: spec.cmd, args: spec.args, stdout, stderr: '', exitCode: 0, signal: null, timedOut: false, truncated: false, durationMs: 1 };
    };
    expect(await discoverHops('203.0.113.10', { run, os: 'linux' }, 5)).toEqual([
      { ttl: 1, address: '192.0.2.1', reachedTarget: false },
      { ttl: 2, address: '198.51.100.1', reachedTarget: false },
      { ttl: 3, address: '203.0.113.10', reachedTarget: true },
    ]);
  });
});

describe('statistics', () => {
  it('gives Wilson intervals that separate 5 % from 0 % at 100 echoes', () => {
    expect(wilsonInterval(0, 100)).toEqual([0, 3.7]);
    expect(wilsonInterval(5, 100)[0]).toBeGreaterThan(2);
    expect(wilsonInterval(0, 0)).toEqual([0, 100]);
  });
  it('computes jitter and percentiles', () => {
    expect(jitter([10, 12, 11, 15])).toBe(2.33);
    expect(jitter([10])).toBeNull();
    expect(percentile([5, 1, 3, 2, 4], 0.5)).toBe(3);
    expect(percentile([], 0.9)).toBeNull();
  });
});
