import { createHash, randomBytes } from 'node:crypto';
import { link, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { processStartToken } from './process-start.js';

/** Whether a process id is running; a process we may not signal (EPERM) still exists. */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A lock older than this is stale even if its process id is alive, when the OS cannot tell when
 * that process started (the id may have been reused); no send holds a lock nearly this long.
 */
const STALE_AFTER_MS = 2 * 3600_000;
/** A takeover marker or temporary file left by a process that died mid-step is cleared after this long. */
const LEFTOVER_AFTER_MS = 60_000;

/** Who holds a lock: process id, when it took the lock, and when that process started (if known). */
interface LockOwner {
  readonly pid: number;
  readonly since: number;
  readonly start?: string;
}

/** This process's start token, read once. */
let ownStart: Promise<string | undefined> | undefined;

/**
 * An exclusive claim on one outbox item, so that the tray app and a script never send the same
 * ticket at once: a `.lock` file, created atomically with its content, that holds the owner's pid
 * and that process's start time. A lock whose process has died (a crash mid-send), or whose pid
 * now belongs to a process that started at another time (the id was reused), is stale and taken
 * over; the connector's idempotency then makes sure the interrupted attempt and the retry file one
 * ticket.
 *
 * Taking over is where two processes could both win, so it has its own exclusive step: a marker
 * named after the stale lock's content. Only the process that creates the marker, and then still
 * finds that same stale content in place, replaces the lock (rename over it, atomic), and removes
 * the marker at once. Markers and temporary files of processes that died mid-step are swept on
 * release.
 */
export async function tryLock(lockFile: string, pid: number = process.pid, now: number = Date.now()): Promise<(() => Promise<void>) | undefined> {
  const start = pid === process.pid ? await (ownStart ??= processStartToken(pid)) : await processStartToken(pid);
  const content = JSON.stringify({ pid, since: now, ...(start !== undefined ? { start } : {}) } satisfies LockOwner);
  const release = async (): Promise<void> => {
    await rm(lockFile, { force: true });
    await sweepLeftovers(lockFile);
  };
  for (let round = 0; round < 4; round++) {
    const tmp = await privateCopy(lockFile, content);
    try {
      // link fails if a lock exists, and nobody ever sees a half-written lock of a live process.
      await link(tmp, lockFile);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    } finally {
      await rm(tmp, { force: true });
    }
    const owner = await readOwner(lockFile, now);
    if (owner === undefined) continue; // released meanwhile: try again
    if (!owner.stale) return undefined;
    const marker = `${lockFile}.takeover-${createHash('sha256').update(owner.text).digest('hex').slice(0, 16)}`;
    const claimed = await createMarker(marker, now);
    if (claimed === 'held') return undefined; // another process is taking it over right now
    if (claimed === 'cleared') continue; // a dead process's marker, removed: try again
    const current = await readFile(lockFile, 'utf8').catch(() => undefined);
    if (current !== owner.text) {
      await rm(marker, { force: true });
      continue;
    }
    await rename(await privateCopy(lockFile, content), lockFile);
    // The lock is ours now; anyone who still saw the old content re-reads it after their marker.
    await rm(marker, { force: true });
    return release;
  }
  return undefined;
}

/** True when the lock's owner is gone (or the lock is missing, unreadable, or its pid was reused). */
export async function isStale(lockFile: string, now: number = Date.now()): Promise<boolean> {
  return (await readOwner(lockFile, now))?.stale ?? true;
}

async function privateCopy(lockFile: string, content: string): Promise<string> {
  const tmp = `${lockFile}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(tmp, content, { mode: 0o600, flag: 'wx' });
  return tmp;
}

async function createMarker(marker: string, now: number): Promise<'created' | 'held' | 'cleared'> {
  try {
    await writeFile(marker, '', { flag: 'wx', mode: 0o600 });
    return 'created';
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    const age = await stat(marker).then((s) => now - s.mtimeMs, () => 0);
    if (age <= LEFTOVER_AFTER_MS) return 'held';
    // Left by a process that died while taking over.
    await rm(marker, { force: true });
    return 'cleared';
  }
}

/** Removes takeover markers and temporary lock copies of this lock that processes left when they died. */
async function sweepLeftovers(lockFile: string): Promise<void> {
  const dir = dirname(lockFile);
  const prefix = `${basename(lockFile)}.`;
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(prefix) || !(name.slice(prefix.length).startsWith('takeover-') || name.endsWith('.tmp'))) continue;
    const file = join(dir, name);
    const age = await stat(file).then((s) => Date.now() - s.mtimeMs, () => 0);
    if (age > LEFTOVER_AFTER_MS) await rm(file, { force: true });
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
  let owner: { pid?: unknown; since?: unknown; start?: unknown };
  try {
    owner = JSON.parse(text) as typeof owner;
  } catch {
    // Locks are written whole (link of a complete file): garbage means a damaged disk or a person.
    return { text, stale: true };
  }
  if (typeof owner.pid !== 'number' || typeof owner.since !== 'number') return { text, stale: true };
  if (!processAlive(owner.pid)) return { text, stale: true };
  if (typeof owner.start === 'string') {
    const current = await processStartToken(owner.pid);
    // The same pid, started at another time: the owner died and the id went to someone else.
    if (current !== undefined) return { text, stale: current !== owner.start };
  }
  return { text, stale: now - owner.since > STALE_AFTER_MS };
}
