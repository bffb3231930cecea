import { describe, expect, it } from 'vitest';
import { commandFailure } from '../../../diagnostics/platform/command-failure.js';
import { powershellCommand } from '../../../diagnostics/platform/powershell.js';
import { fakeOutput } from '../../support/fake-runner.js';

// The one reader of a failed command (issue #20): every platform reader, the resolvers included, words it here.
describe('commandFailure', () => {
  const scutil = { cmd: 'scutil', args: ['--dns'], timeoutMs: 4000 };

  it('is null for a command that ran and exited 0, whatever it printed', () => {
    expect(commandFailure(fakeOutput(scutil, 'garbage'))).toBeNull();
  });

  it('names the command line, as a sentence or as a clause', () => {
    const failed = fakeOutput(scutil, { exitCode: 1, stderr: 'scutil: permission denied.\nmore' });
    expect(commandFailure(failed)).toBe('scutil --dns failed (exit 1): scutil: permission denied.');
    expect(commandFailure(failed, { clause: true })).toBe('scutil --dns failed (exit 1): scutil: permission denied');
    expect(commandFailure(fakeOutput(scutil, { timedOut: true, exitCode: null }), { clause: true })).toBe('scutil --dns timed out after 1 ms');
    expect(commandFailure(fakeOutput(scutil, { spawnError: 'spawn scutil ENOENT' }), { clause: true })).toBe('scutil could not be started (spawn scutil ENOENT)');
  });

  it('names a PowerShell query by the name it is given, never by its whole script', () => {
    const ps = powershellCommand('Get-DnsClientServerAddress -AddressFamily IPv4 | ConvertTo-Json');
    const note = commandFailure(fakeOutput(ps, { exitCode: 1, stderr: 'Access is denied.' }), { clause: true, name: 'powershell.exe' });
    expect(note).toBe('powershell.exe failed (exit 1): Access is denied');
    expect(commandFailure(fakeOutput(ps, { exitCode: 1 }))).toContain('-NonInteractive');
  });

  it('lets a reader that parses any exit code fail only on a command that did not run', () => {
    expect(commandFailure(fakeOutput(scutil, { exitCode: 3 }), { exitCodeFails: false })).toBeNull();
    expect(commandFailure(fakeOutput(scutil, { timedOut: true, exitCode: null }), { exitCodeFails: false })).toBe('scutil --dns did not answer in time.');
  });
});
