import type { CommandSpec } from '../../../platform/command.js';

/**
 * The Ookla CLI as data: JSON output, progress lines (so a cut-short run still shows what it
 * measured), licence and privacy terms accepted on the command line, since the policy or the user
 * already recorded that acceptance. A full test takes 20–30 s.
 */
export function ooklaCommand(cliPath: string): CommandSpec {
  return {
    cmd: cliPath,
    args: ['--format=json', '--progress=yes', '--accept-license', '--accept-gdpr'],
    timeoutMs: 40_000,
    maxOutputBytes: 1024 * 1024,
  };
}
