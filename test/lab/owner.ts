import { readFileSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

// Which process owns a lab instance. A lab whose owner is gone is a crashed run's leftover that
// cleanupStale() may remove; a lab whose owner lives belongs to a concurrent run and is left alone.
// The owner's start time is kept with its pid, so a recycled pid does not keep a leftover alive.

/** Start time of process `pid` in clock ticks since boot, or null when it does not exist. */
export function processStartTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name: state is field 3, starttime field 22.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ?? null;
  } catch {
    return null;
  }
}

function ownerFile(stateDir: string): string {
  return join(stateDir, 'owner');
}

/** Records this process as the owner of the lab in `stateDir`. */
export async function writeOwner(stateDir: string): Promise<void> {
  await writeFile(ownerFile(stateDir), `${process.pid} ${processStartTime(process.pid) ?? '?'}\n`);
}

/**
 * Whether the process that created the lab in `stateDir` still runs. Without an owner file the
 * lab counts as alive only while its folder is under a minute old (its creator may be between
 * making the folder and writing the file).
 */
export async function ownerAlive(stateDir: string): Promise<boolean> {
  let text: string;
  try {
    text = await readFile(ownerFile(stateDir), 'utf8');
  } catch {
    const made = await stat(stateDir).then((s) => s.mtimeMs, () => null);
    return made !== null && Date.now() - made < 60_000;
  }
  const [pidText, start] = text.trim().split(' ');
  const pid = Number.parseInt(pidText ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0) return false;
  const now = processStartTime(pid);
  return now !== null && now === start;
}
