import { readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isStale, tryLock } from '../../../../diagnostics/tickets/outbox/item-lock.js';
import { processStartToken } from '../../../../diagnostics/tickets/outbox/process-start.js';

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

  it.runIf(process.platform === 'linux')('judges a live pid by its start time: a reused pid is stale at once, the real owner is not', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'homeline-lock-'));
    const start = await processStartToken(process.pid);
    expect(start).toMatch(/^linux:[0-9a-f-]+:\d+$/);
    expect(await processStartToken(process.pid)).toBe(start);
    // This test's pid is alive, but the lock says its owner started at another time: the owner
    // died and the OS gave the id to this process. Fresh lock, no 2-hour wait.
    writeFileSync(join(dir, 'reused.lock'), JSON.stringify({ pid: process.pid, since: Date.now(), start: 'linux:other-boot:1' }));
    writeFileSync(join(dir, 'owner.lock'), JSON.stringify({ pid: process.pid, since: Date.now(), start }));
    expect(await isStale(join(dir, 'reused.lock'))).toBe(true);
    expect(await isStale(join(dir, 'owner.lock'))).toBe(false);
    const release = await tryLock(join(dir, 'reused.lock'));
    expect(release).toBeDefined();
    await release!();
    // A lock this process takes records its start time.
    const mine = await tryLock(join(dir, 'new.lock'));
    expect(JSON.parse(readFileSync(join(dir, 'new.lock'), 'utf8'))).toMatchObject({ pid: process.pid, start });
    await mine!();
  });

  it('sweeps takeover markers and temporary copies that dead processes left, but not fresh ones', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'homeline-lock-'));
    const lock = join(dir, 'a.lock');
    const old = (Date.now() - 5 * 60_000) / 1000;
    for (const name of ['a.lock.takeover-0123456789abcdef', 'a.lock.1a2b3c4d5e6f.tmp']) {
      writeFileSync(join(dir, name), '');
      utimesSync(join(dir, name), old, old);
    }
    writeFileSync(join(dir, 'a.lock.takeover-fedcba9876543210'), ''); // another process, right now
    writeFileSync(join(dir, 'b.lock.takeover-0123456789abcdef'), ''); // another item's
    utimesSync(join(dir, 'b.lock.takeover-0123456789abcdef'), old, old);
    const release = await tryLock(lock);
    await release!();
    expect(readdirSync(dir).sort()).toEqual(['a.lock.takeover-fedcba9876543210', 'b.lock.takeover-0123456789abcdef']);
  });

  it('clears a marker a process left when it died mid-takeover and takes the lock in the same call', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'homeline-lock-'));
    const lock = join(dir, 'a.lock');
    const content = JSON.stringify({ pid: DEAD_PID, since: Date.now() });
    writeFileSync(lock, content);
    const { createHash } = await import('node:crypto');
    const marker = `${lock}.takeover-${createHash('sha256').update(content).digest('hex').slice(0, 16)}`;
    writeFileSync(marker, '');
    const old = (Date.now() - 5 * 60_000) / 1000;
    utimesSync(marker, old, old);
    const release = await tryLock(lock);
    expect(release).toBeDefined();
    expect(readdirSync(dir)).toEqual(['a.lock']);
    await release!();
  });
});
