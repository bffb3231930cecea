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
});
