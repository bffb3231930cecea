import { readdirSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isStale, tryLock } from '../../../../diagnostics/tickets/outbox/item-lock.js';

/** A pid above Linux's maximum (2^22): no process can have it. */
const DEAD_PID = 2 ** 22 + 777;

describe('item lock', () => {
  it('lets one holder in at a time and frees on release', async () => {
    const lock = join(await mkdtemp(join(tmpdir(), 'homeline-lock-')), 'a.lock');
    const release = await tryLock(lock);
    expect(release).toBeDefined();
    expect(await tryLock(lock)).toBeUndefined();
    await release!();
    expect(await tryLock(lock)).toBeDefined();
  });

  it('gives a dead owner’s lock to exactly one of many contenders', async () => {
    for (let round = 0; round < 20; round++) {
      const dir = await mkdtemp(join(tmpdir(), 'homeline-lock-'));
      const lock = join(dir, 'a.lock');
      writeFileSync(lock, JSON.stringify({ pid: DEAD_PID, since: Date.now() }));
      expect(await isStale(lock)).toBe(true);
      const won = (await Promise.all([1, 2, 3, 4, 5].map(() => tryLock(lock)))).filter((r) => r !== undefined);
      expect(won).toHaveLength(1);
      expect(await isStale(lock)).toBe(false);
      // While held: only the lock; the takeover marker went with the takeover, nothing temporary is left.
      expect(readdirSync(dir)).toEqual(['a.lock']);
      await won[0]!();
      expect(readdirSync(dir)).toEqual([]);
    }
  });

  it('treats an unreadable or ancient lock as stale', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'homeline-lock-'));
    writeFileSync(join(dir, 'garbled.lock'), '{"pid":');
    writeFileSync(join(dir, 'old.lock'), JSON.stringify({ pid: process.pid, since: Date.now() - 3 * 3600_000 }));
    writeFileSync(join(dir, 'mine.lock'), JSON.stringify({ pid: process.pid, since: Date.now() }));
    expect(await isStale(join(dir, 'garbled.lock'))).toBe(true);
    expect(await isStale(join(dir, 'old.lock'))).toBe(true);
    expect(await isStale(join(dir, 'mine.lock'))).toBe(false);
  });
});
