import { open, readFile, rm } from 'node:fs/promises';

/** Whether a process id is running; a process we may not signal (EPERM) still exists. */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A lock older than this is stale even if its process id is alive again (the id was reused). */
const STALE_AFTER_MS = 2 * 3600_000;

/**
 * An exclusive claim on one outbox item, so that the tray app and a script never send the same
 * ticket at once: a `.lock` file created with O_EXCL that holds the owner's pid. A lock whose
 * process has died (a crash mid-send) is stale and taken over; the connector's idempotency then
 * makes sure the interrupted attempt and the retry file one ticket.
 */
export async function tryLock(lockFile: string, pid: number = process.pid, now: number = Date.now()): Promise<(() => Promise<void>) | undefined> {
  for (let round = 0; round < 2; round++) {
    try {
      const handle = await open(lockFile, 'wx', 0o600);
      await handle.writeFile(JSON.stringify({ pid, since: now }));
      await handle.close();
      return () => rm(lockFile, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      if (!(await isStale(lockFile, now))) return undefined;
      await rm(lockFile, { force: true });
    }
  }
  return undefined;
}

/** True when the lock's owner is gone (or the lock is unreadable or ancient). */
export async function isStale(lockFile: string, now: number = Date.now()): Promise<boolean> {
  let owner: { pid?: unknown; since?: unknown };
  try {
    owner = JSON.parse(await readFile(lockFile, 'utf8')) as typeof owner;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return true;
    // Half-written by a process that died between create and write: nobody owns it.
    return true;
  }
  if (typeof owner.pid !== 'number' || typeof owner.since !== 'number') return true;
  return !processAlive(owner.pid) || now - owner.since > STALE_AFTER_MS;
}
