import { readFile } from 'node:fs/promises';
import { runCommand, type CommandRunner } from '../../platform/command.js';

/**
 * When a process started, as an opaque token that differs between two processes that had the same
 * id one after the other. A lock records it next to the pid, so a pid the OS has since given to
 * another program is not mistaken for the lock's owner. Undefined when the OS does not tell (the
 * process is gone, or the tool is missing): callers then fall back to the pid and the lock's age.
 */
export async function processStartToken(pid: number, platform: NodeJS.Platform = process.platform, run: CommandRunner = runCommand): Promise<string | undefined> {
  if (!Number.isSafeInteger(pid) || pid <= 0) return undefined;
  switch (platform) {
    case 'linux':
      return linuxStart(pid);
    case 'darwin': {
      // lstart: the full start date to the second, in the C locale the runner sets.
      const out = await run({ cmd: 'ps', args: ['-o', 'lstart=', '-p', String(pid)], timeoutMs: 3000 });
      const text = out.stdout.trim();
      return out.exitCode === 0 && text !== '' ? `ps:${text}` : undefined;
    }
    case 'win32': {
      const script = `(Get-Process -Id ${pid} -ErrorAction Stop).StartTime.ToFileTimeUtc()`;
      const out = await run({ cmd: 'powershell.exe', args: ['-NoProfile', '-NonInteractive', '-Command', script], timeoutMs: 10_000 });
      const text = out.stdout.trim();
      return out.exitCode === 0 && /^\d+$/.test(text) ? `win:${text}` : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * Linux: field 22 of /proc/PID/stat (start time in clock ticks since boot), read after the last ')'
 * because the command name in field 2 may itself hold spaces and parentheses; with the boot id, as
 * tick counts restart at every boot.
 */
async function linuxStart(pid: number): Promise<string | undefined> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // rest[0] is field 3 (state), so field 22 is rest[19].
    const ticks = rest[19];
    if (ticks === undefined || !/^\d+$/.test(ticks)) return undefined;
    const boot = (await readFile('/proc/sys/kernel/random/boot_id', 'utf8').catch(() => '')).trim();
    return `linux:${boot}:${ticks}`;
  } catch {
    return undefined;
  }
}
