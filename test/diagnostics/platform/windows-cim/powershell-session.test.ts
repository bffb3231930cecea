import { describe, expect, it } from 'vitest';
import type { SessionListener, SessionOpener } from '../../../../diagnostics/platform/command.js';
import { powershellCommand } from '../../../../diagnostics/platform/powershell.js';
import { checkRunner } from '../../../../diagnostics/platform/windows-cim/check-runner.js';
import { powershellSessionRunner, sessionScript } from '../../../../diagnostics/platform/windows-cim/powershell-session.js';
import { NET_ADAPTER, NET_CONNECTION_PROFILE } from '../../../../diagnostics/platform/windows-cim/queries.js';
import { runCommand } from '../../../../diagnostics/platform/command.js';
import { fakeRunner, keyOf } from '../../../support/fake-runner.js';

// The one-PowerShell-per-check runner against a PowerShell stand-in: an in-memory one that answers
// each line it is sent (what was written, in which order), and below a real child process (node)
// reading the same protocol from its stdin, to see the pipes, the hang and the kill for real.

const MARKER = /Write-Output \('(HOMELINE-END-[0-9a-f]+):'/;

interface FakePs {
  readonly opener: SessionOpener;
  readonly lines: string[];
  killed: number;
  listener?: SessionListener;
}

/** A PowerShell stand-in: `answer(script)` gives stdout, or 'hang' to never answer. */
function fakePowershell(answer: (script: string) => string | 'hang', o: { spawnError?: string } = {}): FakePs {
  const ps: FakePs = {
    lines: [],
    killed: 0,
    opener: (_spec, listener) => {
      ps.listener = listener;
      if (o.spawnError) queueMicrotask(() => listener.exit(null, null, o.spawnError));
      return {
        write: (text) => {
          if (o.spawnError) return false;
          ps.lines.push(text);
          const marker = MARKER.exec(text)?.[1];
          if (!marker) return true;
          const script = /try \{ (.*) \} catch/.exec(text)![1]!;
          const out = answer(script);
          if (out !== 'hang') queueMicrotask(() => listener.stdout(Buffer.from(`${out}\r\n${marker}:0\r\n`, 'utf8')));
          return true;
        },
        kill: () => {
          ps.killed += 1;
          queueMicrotask(() => listener.exit(null, 'SIGKILL'));
        },
      };
    },
  };
  return ps;
}

const adapters = powershellCommand(NET_ADAPTER.script);
const profiles = powershellCommand(NET_CONNECTION_PROFILE.script);

describe('which commands go to the session', () => {
  it('takes the scripts powershellCommand() makes and leaves everything else alone', () => {
    expect(sessionScript(adapters)).toBe(NET_ADAPTER.script);
    expect(sessionScript({ cmd: 'ipconfig', args: ['/all'] })).toBeNull();
    expect(sessionScript({ cmd: 'powershell.exe', args: ['-File', 'x.ps1'] })).toBeNull();
    expect(sessionScript(powershellCommand('Get-Date\nRemove-Item x'))).toBeNull();
  });

  it('is used only on a real Windows run with the real runner, never for fakes or replays', () => {
    const fake = fakeRunner({});
    expect(checkRunner('win32', fake, 'win32').run).toBe(fake);
    expect(checkRunner('win32', runCommand, 'linux').run).toBe(runCommand);
    expect(checkRunner('linux', runCommand, 'win32').run).toBe(runCommand);
  });
});

describe('one PowerShell for a whole check', () => {
  it('starts at once, answers queries in order under their own command line, and other commands run as before', async () => {
    const ps = fakePowershell((s) => (s === NET_ADAPTER.script ? '[{"Name":"Wi-Fi","ifOperStatus":1}]' : '{"Name":"Połączenie","NetworkCategory":1}'));
    const fallback = fakeRunner({ 'ipconfig /all': 'Windows IP Configuration' });
    const run = powershellSessionRunner(fallback, ps.opener);
    expect(ps.lines).toHaveLength(1); // the prelude, before any query
    expect(ps.lines[0]).toContain('[Console]::OutputEncoding = [System.Text.Encoding]::UTF8');
    const [a, b, c] = await Promise.all([run(adapters), run(profiles), run({ cmd: 'ipconfig', args: ['/all'] })]);
    expect(a).toMatchObject({ cmd: 'powershell.exe', args: adapters.args, stdout: '[{"Name":"Wi-Fi","ifOperStatus":1}]', exitCode: 0, timedOut: false });
    expect(b!.stdout).toBe('{"Name":"Połączenie","NetworkCategory":1}');
    expect(c!.stdout).toBe('Windows IP Configuration');
    expect(fallback.asked).toEqual(['ipconfig /all']);
    expect(ps.lines.slice(1).map((l) => MARKER.test(l))).toEqual([true, true]);
    run.close();
    expect(ps.lines.at(-1)).toBe('exit\n');
  });

  it('a PowerShell that never answers its prelude costs the start-up timeout once, then queries run alone', async () => {
    const ps = fakePowershell(() => 'hang');
    const fallback = fakeRunner({ [keyOf(adapters)]: '[{"Name":"alone"}]' });
    const run = powershellSessionRunner(fallback, ps.opener, undefined, 40);
    const started = performance.now();
    const out = await run(adapters);
    expect(out).toMatchObject({ stdout: '[{"Name":"alone"}]', timedOut: false });
    expect(performance.now() - started).toBeLessThan(adapters.timeoutMs!);
    expect(ps.killed).toBe(1);
    expect(fallback.asked).toEqual([keyOf(adapters)]);
  });

  it('kills a hanging session, answers that query as timed out, and runs later queries alone', async () => {
    const ps = fakePowershell((s) => (s === NET_ADAPTER.script ? 'hang' : '[]'));
    const fallback = fakeRunner({ [keyOf(profiles)]: '{"Name":"alone"}' });
    const run = powershellSessionRunner(fallback, ps.opener);
    const hung = await run({ ...adapters, timeoutMs: 30 });
    expect(hung).toMatchObject({ timedOut: true, exitCode: null, stdout: '' });
    expect(ps.killed).toBe(1);
    expect((await run(profiles)).stdout).toBe('{"Name":"alone"}');
    expect(fallback.asked).toEqual([keyOf(profiles)]);
  });

  it('when PowerShell is missing, every query answers its spawn error, so the probes fall back to text', async () => {
    const ps = fakePowershell(() => '[]', { spawnError: 'spawn powershell.exe ENOENT' });
    const fallback = fakeRunner({});
    const run = powershellSessionRunner(fallback, ps.opener);
    const [a, b] = await Promise.all([run(adapters), run(profiles)]);
    expect(a).toMatchObject({ spawnError: 'spawn powershell.exe ENOENT', exitCode: null, stdout: '' });
    expect(b).toMatchObject({ spawnError: 'spawn powershell.exe ENOENT' });
    expect(fallback.asked).toEqual([]);
  });

  it('a query aborted while waiting its turn is answered at once and never sent', async () => {
    const ps = fakePowershell(() => 'hang');
    const run = powershellSessionRunner(fakeRunner({}), ps.opener);
    const stop = new AbortController();
    const pending = run(adapters, stop.signal);
    stop.abort();
    expect(await pending).toMatchObject({ timedOut: true, durationMs: 0 });
    expect(ps.lines).toHaveLength(1);
    run.close();
  });

  it('a query aborted by the check deadline while running ends the session at once', async () => {
    const ps = fakePowershell((s) => (s === NET_ADAPTER.script ? 'hang' : ''));
    const run = powershellSessionRunner(fakeRunner({}), ps.opener);
    const stop = new AbortController();
    const pending = run(adapters, stop.signal);
    await expect.poll(() => ps.lines.length).toBe(2);
    stop.abort();
    expect(await pending).toMatchObject({ timedOut: true });
    expect(ps.killed).toBe(1);
  });
});

describe('with a real child process standing in for PowerShell', () => {
  // Reads the protocol from stdin as PowerShell does: answers each query line with JSON and the
  // marker, and never answers a script that says Start-Sleep.
  const standIn = [
    "const rl = require('node:readline').createInterface({ input: process.stdin });",
    "rl.on('line', (l) => { const m = /Write-Output \\('(HOMELINE-END-[0-9a-f]+):'/.exec(l); if (!m) return;",
    "  if (l.includes('Start-Sleep')) return;",
    "  process.stdout.write('{\"pid\":' + process.pid + '}\\r\\n' + m[1] + ':0\\r\\n'); });",
  ].join('\n');
  const spec = { cmd: process.execPath, args: ['-e', standIn] };

  it('answers queries through the pipes, and a hang kills the process', async () => {
    const run = powershellSessionRunner(fakeRunner({}), undefined, spec);
    const first = await run(adapters);
    const pid = (JSON.parse(first.stdout) as { pid: number }).pid;
    expect(pid).toBeGreaterThan(0);
    expect(JSON.parse((await run(profiles)).stdout)).toEqual({ pid });
    const hung = await run({ ...powershellCommand('Start-Sleep 60'), timeoutMs: 200 });
    expect(hung.timedOut).toBe(true);
    await expect.poll(() => {
      try {
        process.kill(pid, 0);
        return 'alive';
      } catch {
        return 'gone';
      }
    }, { timeout: 5000 }).toBe('gone');
  });

  it('a PowerShell that cannot start gives each query the spawn error', async () => {
    const run = powershellSessionRunner(fakeRunner({}), undefined, { cmd: '/nonexistent/powershell.exe', args: [] });
    const out = await run(adapters);
    expect(out.spawnError).toMatch(/ENOENT/);
    expect(out.exitCode).toBeNull();
  });
});
