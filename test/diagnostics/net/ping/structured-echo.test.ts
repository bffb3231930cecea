import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { echoCommand, echoScript, isEchoCommand } from '../../../../diagnostics/net/ping/echo-script.js';
import { measurePing } from '../../../../diagnostics/net/ping/measure.js';
import { parseEchoJson } from '../../../../diagnostics/net/ping/parse-echo-json.js';
import { runBurst } from '../../../../diagnostics/net/ping/run-burst.js';
import type { CommandSpec } from '../../../../diagnostics/platform/command.js';
import { readDefaultRoute } from '../../../../diagnostics/platform/routes/read-default-route.js';
import { keepSessionHost, withSessionHost, type SessionHost } from '../../../../diagnostics/platform/session-host.js';
import { powershellSessionRunner, sessionScript } from '../../../../diagnostics/platform/windows-cim/powershell-session.js';
import { slowStartingPowershell } from '../../platform/windows-cim/slow-powershell.js';
import { optionValue, output, recording, windowsOutput } from './fake-ping.js';

// Windows echoes from .NET's Ping through the check's PowerShell session (status numbers, not
// ping.exe's translated words), ping.exe while PowerShell starts or when it fails.

/** Echo JSON as echo-script.ts prints it: `count` rows, `lost(i)` timed out. */
function echoRows(target: string, count: number, lost: (i: number) => boolean = () => false): string {
  const rows = Array.from({ length: count }, (_, i) =>
    lost(i) ? { Status: 11010, RoundtripTime: 0, Address: '0.0.0.0' } : { Status: 0, RoundtripTime: 10 + (i % 4), Address: target },
  );
  return JSON.stringify(rows);
}

/** The echo count an echo script asks for. */
const echoCount = (spec: CommandSpec): number => Number(/\$i -lt (\d+)/.exec(spec.args.join(' '))![1]);

function host(o: Partial<{ ready: boolean; started: boolean }> = {}): SessionHost & { refused: number } {
  const h = {
    refused: 0,
    started: () => o.started ?? true,
    echoReady: () => (o.ready ?? true) && h.refused === 0,
    refuseEcho: () => {
      h.refused += 1;
    },
  };
  return h;
}

describe('the echo query', () => {
  it('is one line the session takes, fixed text around a checked target and numbers', () => {
    const spec = echoCommand({ target: '192.168.1.1', count: 100, intervalMs: 40, replyTimeoutMs: 1000, ttl: 3, dontFragment: true, payloadBytes: 1472 });
    expect(isEchoCommand(spec.cmd, spec.args)).toBe(true);
    expect(sessionScript(spec)).toBe(spec.args[3]);
    expect(spec.args[3]).toContain("SendPingAsync('192.168.1.1', 1000, $b, $o)");
    expect(spec.args[3]).toContain('PingOptions(3, $true)');
    expect(spec.args[3]).toContain('New-Object byte[] 1472');
    // Its own timeout covers the schedule: 99 gaps of 40 ms, the last reply's wait, a margin.
    expect(spec.timeoutMs).toBe(99 * 40 + 1000 + 3000);
    expect(isEchoCommand('ping', ['-n', '4', '192.168.1.1'])).toBe(false);
  });

  it('refuses a target that could carry anything but an address or a name', () => {
    expect(() => echoScript({ target: "x'); Remove-Item C:\\ -Recurse; ('", count: 1, intervalMs: 10, replyTimeoutMs: 1000 })).toThrow(TypeError);
    expect(() => echoScript({ target: '192.168.1.1', count: 1.5, intervalMs: 10, replyTimeoutMs: 1000 })).toThrow(TypeError);
  });
});

describe('reading echo JSON', () => {
  it('reads status numbers and identifiers alike, and output that is no echo JSON as unread, never as silence', () => {
    const byName = parseEchoJson('[{"Status":"Success","RoundtripTime":7,"Address":"10.0.0.1"},{"Status":"TimedOut","RoundtripTime":0,"Address":"0.0.0.0"}]');
    expect(byName).toMatchObject({ transmitted: 2, received: 1, replies: [{ rttMs: 7, from: '10.0.0.1' }] });
    for (const text of ['', 'Ping : Die Ausnahme wurde ausgelöst', '{"Name":"Wi-Fi"}', '[]']) {
      const p = parseEchoJson(text);
      expect(p.transmitted, text).toBeNull();
      expect(p.replies, text).toEqual([]);
      expect(p.notes.length, text).toBe(1);
    }
  });

  it('names a status it has no meaning for instead of dropping it', () => {
    expect(parseEchoJson('[{"Status":11050,"RoundtripTime":0,"Address":"0.0.0.0"}]')).toMatchObject({ transmitted: 1, received: 0, notes: ['echo status 11050'] });
  });
});

describe('a burst on Windows', () => {
  it('goes to PowerShell as one echo query at the rate the ping processes would send', async () => {
    const h = host();
    const run = withSessionHost(
      recording((spec) => output(spec, echoRows('192.168.1.1', echoCount(spec), (i) => i % 10 === 0))),
      h,
    );
    const outs = await runBurst('192.168.1.1', { processes: 25, count: 4, intervalMs: 1000 }, 1000, { run, os: 'win32' });
    expect(run.calls).toHaveLength(1);
    expect(isEchoCommand(run.calls[0]!.cmd, run.calls[0]!.args)).toBe(true);
    expect(echoCount(run.calls[0]!)).toBe(100);
    expect(run.calls[0]!.args[3]).toContain('Start-Sleep -Milliseconds 40');
    expect(outs).toHaveLength(1);
    const stats = await measurePing('192.168.1.1', { run, os: 'win32' }, { stage2: { processes: 4, count: 25, intervalMs: 1000 } });
    // Stage 1 lost 10 of 100, so stage 2 ran as a second echo query: 200 echoes, 20 lost.
    expect(stats).toMatchObject({ sent: 200, received: 180, lossPct: 10 });
    expect(run.calls.every((c) => c.cmd === 'powershell.exe')).toBe(true);
  });

  it('uses ping.exe when PowerShell is starting or busy, and when its echo query printed no echo results', async () => {
    const ping = (spec: CommandSpec) => output(spec, windowsOutput('192.168.1.1', optionValue(spec, '-n'), () => false));
    const busy = withSessionHost(recording(ping), host({ ready: false }));
    await runBurst('192.168.1.1', { processes: 5, count: 4, intervalMs: 100 }, 1000, { run: busy, os: 'win32' });
    expect(busy.calls.map((c) => c.cmd)).toEqual(Array(5).fill('ping'));

    // A policy that blocks .NET's Ping: PowerShell prints an error, not JSON.
    const h = host();
    const failing = withSessionHost(
      recording((spec) => (spec.cmd === 'powershell.exe' ? output(spec, '', { stderr: 'Exception calling "SendPingAsync"', exitCode: 1 }) : ping(spec))),
      h,
    );
    const stats = await measurePing('192.168.1.1', { run: failing, os: 'win32' }, { stage1: { processes: 5, count: 4, intervalMs: 100 } });
    expect(stats).toMatchObject({ sent: 20, received: 20, lossPct: 0 });
    expect(stats.couldNotMeasure).toBeUndefined();
    expect(failing.calls.map((c) => c.cmd)).toEqual(['powershell.exe', ...Array(5).fill('ping')]);
    expect(h.refused).toBe(1);
    // The next measurement does not try PowerShell again.
    await measurePing('192.168.1.1', { run: failing, os: 'win32' }, { stage1: { processes: 5, count: 4, intervalMs: 100 } });
    expect(failing.calls.filter((c) => c.cmd === 'powershell.exe')).toHaveLength(1);
  });

  it('stays with ping.exe on a runner without a session, and off Windows', async () => {
    const run = recording((spec) => output(spec, windowsOutput('192.168.1.1', optionValue(spec, '-n'), () => false)));
    await runBurst('192.168.1.1', { processes: 3, count: 4, intervalMs: 100 }, 1000, { run, os: 'win32' });
    expect(run.calls.map((c) => c.cmd)).toEqual(['ping', 'ping', 'ping']);
    const linux = withSessionHost(recording((spec) => output(spec, '')), host());
    await runBurst('192.168.1.1', { processes: 2, count: 4, intervalMs: 100 }, 1000, { run: linux, os: 'linux' });
    expect(linux.calls.map((c) => c.cmd)).toEqual(['ping', 'ping']);
  });
});

describe("PowerShell's start-up runs alongside the first measurements", () => {
  const routePrint = readFileSync('test/fixtures/real/route-print/route-print-en-wsl.txt', 'utf8');

  it('finds the router with route print and pings with ping.exe before PowerShell has answered, then uses PowerShell', async () => {
    const ps = slowStartingPowershell((script) => {
      const count = /\$i -lt (\d+)/.exec(script)?.[1];
      return count ? echoRows('192.168.1.1', Number(count)) : '';
    });
    const fallback = recording((spec) =>
      spec.cmd === 'route' ? output(spec, routePrint) : output(spec, windowsOutput('192.168.1.1', optionValue(spec, '-n'), () => false)),
    );
    // As in runCheck: the session opens when the check starts; the engine wraps the runner per probe.
    const session = powershellSessionRunner(fallback, ps.opener);
    const run = keepSessionHost(session, (spec, signal) => session(spec, signal));
    const addresses = () => [{ name: 'WLAN', internal: false, ipv4: ['192.168.1.119'], ipv6: [], mac: null }];

    const { route } = await readDefaultRoute('win32', run, undefined, addresses);
    expect(route).toEqual({ gateway: '192.168.1.1', interface: 'WLAN' });
    const first = await measurePing(route!.gateway!, { run, os: 'win32' }, { stage1: { processes: 5, count: 4, intervalMs: 100 } });
    expect(first).toMatchObject({ sent: 20, received: 20 });

    // Every measurement so far started after the session opened and before PowerShell answered anything.
    expect(ps.answeredPreludeAt).toEqual([]);
    expect(fallback.calls.map((c) => c.cmd)).toEqual(['route', ...Array(5).fill('ping')]);
    expect(Math.min(...fallback.startedAt)).toBeGreaterThanOrEqual(ps.openedAt[0]!);
    expect(ps.scripts).toEqual([]);

    ps.finishStartup();
    await new Promise((r) => setTimeout(r, 0));
    expect(ps.answeredPreludeAt).toHaveLength(1);
    const later = await measurePing('192.168.1.1', { run, os: 'win32' }, { stage1: { processes: 5, count: 4, intervalMs: 100 } });
    expect(later).toMatchObject({ sent: 20, received: 20, lossPct: 0 });
    expect(ps.scripts).toHaveLength(1);
    expect(fallback.calls.filter((c) => c.cmd === 'ping')).toHaveLength(5);
    // With PowerShell up, the route comes from Get-NetRoute (structured) again.
    await readDefaultRoute('win32', run, undefined, addresses);
    expect(ps.scripts[1]).toContain('Get-NetRoute');
    session.close();
  });
});
