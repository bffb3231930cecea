import { describe, expect, it } from 'vitest';
import type { CommandRunner } from '../../../diagnostics/platform/command.js';
import type { OsKind } from '../../../diagnostics/platform/os-kind.js';
import { proxyProbe, type ProxyData } from '../../../diagnostics/probes/proxy.js';
import { everyCommand, probeContext } from './probe-context.js';

// #16: proxy settings that could not be read because the OS tool failed were reported "ok".

const ctx = (os: OsKind, run: CommandRunner) => probeContext<ProxyData>(os, run);
const every = everyCommand;

describe('proxy probe when its tool fails', () => {
  it.each([
    ['darwin', 'missing', { spawnError: 'spawn scutil ENOENT' }, /is not installed/],
    ['darwin', 'hanging', { timedOut: true, exitCode: null }, /did not finish/],
    ['darwin', 'garbage', { stdout: '\u0000\u0007 not a dictionary {{{' }, /printed what Homeline cannot read/],
    ['win32', 'missing', { spawnError: 'spawn netsh ENOENT' }, /is not installed/],
    ['win32', 'not permitted', { spawnError: 'spawn reg EACCES' }, /is not permitted/],
  ] as const)('%s, tool %s: could not check, with the reason, never ok', async (os, _kind, answer, reason) => {
    const out = await proxyProbe.run(ctx(os, every(answer)));
    expect(out.data.facts?.mode).toBe('unknown');
    expect(out.status).toBe('error');
    expect(out.error).toMatch(reason);
  });

  // Written for this test: a gsettings that is installed but broken leaves the desktop proxy unknown
  // (the environment of this test names no proxy, so nothing else was read).
  it.each([
    ['not permitted', { spawnError: 'spawn gsettings EACCES' }, /gsettings is not permitted/],
    ['hanging', { timedOut: true, exitCode: null }, /gsettings did not finish/],
    ['crashing', { exitCode: null, signal: 'SIGSEGV' }, /gsettings crashed \(SIGSEGV\)/],
    ['printing random bytes', { stdout: '\u0000\u00ff\u0007', exitCode: 0 }, /gsettings printed what Homeline cannot read/],
    ['printing another language', { stdout: 'Zeitüberschreitung der Anforderung', exitCode: 0 }, /gsettings printed what Homeline cannot read/],
  ] as const)('linux, gsettings %s: could not check, naming gsettings', async (_kind, answer, reason) => {
    const out = await proxyProbe.run(probeContext<ProxyData>('linux', every(answer)));
    expect(out.data.facts?.mode).toBe('unknown');
    expect(out.status).toBe('error');
    expect(out.error).toMatch(reason);
  });

  it.each([
    ['not installed (no GNOME)', { spawnError: 'spawn gsettings ENOENT' }],
    ['refusing cleanly (no proxy schema, exit 1)', { stderr: 'No such schema “org.gnome.system.proxy”', exitCode: 1 }],
  ] as const)('linux, gsettings %s: an answer, direct', async (_kind, answer) => {
    const out = await proxyProbe.run(probeContext<ProxyData>('linux', every(answer)));
    expect(out.data.facts?.mode).toBe('direct');
    expect(out.status).toBe('ok');
  });
});
