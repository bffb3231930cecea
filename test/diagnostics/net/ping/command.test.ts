import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPingTarget, pingCommand, type PingOptions } from '../../../../diagnostics/net/ping/command.js';

const base: PingOptions = { target: '203.0.113.10', count: 5, intervalMs: 200, replyTimeoutMs: 1000 };
const full: PingOptions = { ...base, count: 2, ttl: 3, payloadBytes: 1472, dontFragment: true };

describe('pingCommand', () => {
  it('speaks iputils on Linux (-W in seconds, -t TTL, -M do)', () => {
    expect(pingCommand('linux', base)).toEqual({ cmd: 'ping', args: ['-n', '-c', '5', '-i', '0.2', '-W', '1', '203.0.113.10'], timeoutMs: 4800 });
    expect(pingCommand('linux', full).args).toEqual(['-n', '-c', '2', '-i', '0.2', '-W', '1', '-t', '3', '-s', '1472', '-M', 'do', '203.0.113.10']);
    expect(pingCommand('linux', { ...base, target: '2001:db8::1', intervalMs: 4, count: 1400 }).args).toEqual(['-6', '-n', '-c', '1400', '-i', '0.004', '-W', '1', '2001:db8::1']);
  });
  it('speaks BSD ping on macOS (-W in ms, -m TTL, -D), and ping6 for IPv6', () => {
    expect(pingCommand('darwin', base)).toEqual({ cmd: 'ping', args: ['-n', '-c', '5', '-i', '0.2', '-W', '1000', '203.0.113.10'], timeoutMs: 4800 });
    expect(pingCommand('darwin', full).args).toEqual(['-n', '-c', '2', '-i', '0.2', '-W', '1000', '-m', '3', '-s', '1472', '-D', '203.0.113.10']);
    expect(pingCommand('darwin', { ...full, target: '2001:db8::1' })).toMatchObject({ cmd: 'ping6', args: ['-n', '-c', '2', '-i', '0.2', '-h', '3', '-s', '1472', '-D', '2001:db8::1'] });
  });
  it('speaks ping.exe on Windows (-n, -w ms, -i TTL, -l, -f; no interval)', () => {
    expect(pingCommand('win32', base)).toEqual({ cmd: 'ping', args: ['-4', '-n', '5', '-w', '1000', '203.0.113.10'], timeoutMs: 9000 });
    expect(pingCommand('win32', full).args).toEqual(['-4', '-n', '2', '-w', '1000', '-i', '3', '-l', '1472', '-f', '203.0.113.10']);
    expect(pingCommand('win32', { ...base, target: 'www.example.com', count: 1 }).args).toEqual(['-4', '-n', '1', '-w', '1000', 'www.example.com']);
  });
  it('gives every command a timeout covering its echoes, the last reply timeout and a margin', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('linux', 'darwin', 'win32' as const),
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: 1, max: 5000 }),
        (os, count, intervalMs, replyTimeoutMs) => {
          const spec = pingCommand(os, { ...base, count, intervalMs, replyTimeoutMs });
          const perEcho = os === 'win32' ? Math.max(1000, replyTimeoutMs) : intervalMs;
          expect(spec.timeoutMs).toBeGreaterThanOrEqual((count - 1) * perEcho + replyTimeoutMs + 2000);
        },
      ),
    );
  });
  it('throws a TypeError on anything that is not an address or host name', () => {
    for (const target of ['-f', '--help', '', 'a b', '192.0.2.1; rm -rf /', '$(reboot)', 'host\n-f', 'a..b', '-1.example.com', 'x'.repeat(300)]) {
      expect(() => pingCommand('linux', { ...base, target }), target).toThrow(TypeError);
    }
  });
  it('throws a TypeError on counts, intervals and sizes that are no whole numbers in range', () => {
    for (const bad of [{ count: 0 }, { count: 1.5 }, { intervalMs: NaN }, { replyTimeoutMs: -1 }, { ttl: 0 }, { ttl: 256 }, { payloadBytes: 70_000 }]) {
      expect(() => pingCommand('win32', { ...base, ...bad }), JSON.stringify(bad)).toThrow(TypeError);
    }
  });
});

describe('isPingTarget', () => {
  it('accepts addresses and host names', () => {
    for (const t of ['192.0.2.1', '2001:db8::1', '::1', 'www.example.com', 'example.com.', 'router', 'xn--bcher-kva.example']) expect(isPingTarget(t), t).toBe(true);
  });
  it('never accepts anything that starts with "-" or holds a space', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        if (isPingTarget(s)) {
          expect(s.startsWith('-')).toBe(false);
          expect(/\s/.test(s)).toBe(false);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
