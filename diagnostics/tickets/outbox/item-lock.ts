import { createHash, randomBytes } from 'node:crypto';
import { link, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';

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
/** A takeover marker left by a process that died mid-takeover is ignored after this long. */
const MARKER_STALE_MS = 60_000;

/**
 * An exclusive claim on one outbox item, so that the tray app and a script never send the same
 * ticket at once: a `.lock` file, created atomically with its content, that holds the owner's pid.
 * A lock whose process has died (a crash mid-send) is stale and taken over; the connector's
 * idempotency then makes sure the interrupted attempt and the retry file one ticket.
 *
 * Taking over is where two processes could both win, so it has its own exclusive step: a marker
 * named after the stale lock's content. Only the process that creates the marker, and then still
 * finds that same stale content in place, replaces the lock (rename over it, atomic).
 */
export async function tryLock(lockFile: string, pid: number = process.pid, now: number = Date.now()): Promise<(() => Promise<void>) | undefined> {
  const content = JSON.stringify({ pid, since: now });
  for (let round = 0; round < 3; round++) {
    const tmp = await privateCopy(lockFile, content);
    try {
      // link fails if a lock exists, and nobody ever sees a half-written lock of a live process.
      await link(tmp, lockFile);
      return () => rm(lockFile, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    } finally {
      await rm(tmp, { force: true });
    }
    const owner = await readOwner(lockFile, now);
    if (owner === undefined) continue; // released meanwhile: try again
    if (!owner.stale) return undefined;
    const marker = `${lockFile}.takeover-${createHash('sha256').update(owner.text).digest('hex').slice(0, 16)}`;
    if (!(await createMarker(marker, now))) return undefined; // another process is taking it over
    const current = await readFile(lockFile, 'utf8').catch(() => undefined);
    if (current !== owner.text) {
      await rm(marker, { force: true });
      continue;
    }
    await rename(await privateCopy(lockFile, content), lockFile);
    return async () => {
      await rm(lockFile, { force: true });
      await rm(marker, { force: true });
    };
  }
  return undefined;
}

/** True when the lock's owner is gone (or the lock is missing, unreadable or ancient). */
export async function isStale(lockFile: string, now: number = Date.now()): Promise<boolean> {
  return (await readOwner(lockFile, now))?.stale ?? true;
}

async function privateCopy(lockFile: string, content: string): Promise<string> {
  const tmp = `${lockFile}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(tmp, content, { mode: 0o600, flag: 'wx' });
  return tmp;
}

async function createMarker(marker: string, now: number): Promise<boolean> {
  try {
    await writeFile(marker, '', { flag: 'wx', mode: 0o600 });
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    // Left by a process that died while taking over: clear it for the next attempt, not this one.
    const age = await stat(marker).then((s) => now - s.mtimeMs, () => 0);
    if (age > MARKER_STALE_MS) await rm(marker, { force: true });
    return false;
  }
}

/** The lock's content and whether its owner is gone; undefined when there is no lock. */
async function readOwner(lockFile: string, now: number): Promise<{ text: string; stale: boolean } | undefined> {
  let text: string;
  try {
    text = await readFile(lockFile, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  let owner: { pid?: unknown; since?: unknown };
  try {
    owner = JSON.parse(text) as typeof owner;
  } catch {
    // Locks are written whole (link of a complete file): garbage means a damaged disk or a person.
    return { text, stale: true };
  }
  if (typeof owner.pid !== 'number' || typeof owner.since !== 'number') return { text, stale: true };
  return { text, stale: !processAlive(owner.pid) || now - owner.since > STALE_AFTER_MS };
}
