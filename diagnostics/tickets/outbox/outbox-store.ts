import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createFileAtomic, writeFileAtomic } from '../../platform/atomic-write.js';
import { isStale, tryLock } from './item-lock.js';
import { outboxItemSchema, type OutboxItem } from './outbox-item.js';
import { atomicSafeName } from './outbox-paths.js';

/** An outbox file that cannot be read; it stays on disk untouched for a person to look at. */
export interface BrokenOutboxFile {
  readonly file: string;
  readonly reason: string;
}

/** Everything in the outbox: the items, oldest first, and files that could not be read. */
export interface OutboxListing {
  readonly items: readonly OutboxItem[];
  readonly broken: readonly BrokenOutboxFile[];
}

/**
 * The outbox folder cannot be written or read (no permission, a full or read-only disk): a problem
 * of this computer's set-up, named with the folder, the operation and the system's code.
 */
export class OutboxStoreError extends Error {
  override readonly name = 'OutboxStoreError';
  constructor(
    readonly dir: string,
    readonly operation: 'write' | 'read',
    readonly code: string,
    /** True once the ticket was in the outbox: a send may then have happened that could not be recorded. */
    readonly afterQueued = false,
  ) {
    super(`Cannot ${operation} the outbox folder ${dir}: ${code}`);
  }
}

/**
 * The durable outbox: one JSON file per ticket in homelineDataDir()/outbox/, each write atomic, so
 * that a crash at any moment leaves every ticket readable in its last recorded state.
 */
export class OutboxStore {
  constructor(readonly dir: string) {}

  private file(id: string): string {
    return join(this.dir, `${atomicSafeName(id)}.json`);
  }

  lockFile(id: string): string {
    return join(this.dir, `${atomicSafeName(id)}.lock`);
  }

  /** Records an item (new or changed). */
  async save(item: OutboxItem): Promise<void> {
    await this.writing(async () => {
      await mkdir(this.dir, { recursive: true, mode: 0o700 });
      await writeFileAtomic(this.file(item.id), serialise(item));
    });
  }

  /**
   * Records a new item unless one with its id exists (of two processes adding the same ticket at
   * once, one wins); returns the item that is in the outbox afterwards and whether it is this one.
   */
  async create(item: OutboxItem): Promise<{ readonly item: OutboxItem; readonly created: boolean }> {
    const created = await this.writing(async () => {
      await mkdir(this.dir, { recursive: true, mode: 0o700 });
      return createFileAtomic(this.file(item.id), serialise(item));
    });
    if (created) return { item, created };
    const existing = await this.get(item.id);
    // Removed between the two steps (a person cleaning up): this one takes its place.
    if (!existing) return this.create(item);
    return { item: existing, created: false };
  }

  private async writing<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (e) {
      throw storeError(this.dir, 'write', e);
    }
  }

  /** One item, or undefined when there is none with this id. Throws when its file is damaged. */
  async get(id: string): Promise<OutboxItem | undefined> {
    let text: string;
    try {
      text = await readFile(this.file(id), 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw storeError(this.dir, 'read', e);
    }
    return parseItem(text, this.file(id));
  }

  /**
   * All items, oldest first. An item recorded as `sending` whose sender is gone (the process died
   * mid-send) is shown as `unconfirmed`: it may have reached the help desk, and the retry looks it
   * up before filing anything.
   */
  async list(): Promise<OutboxListing> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { items: [], broken: [] };
      throw storeError(this.dir, 'read', e);
    }
    const items: OutboxItem[] = [];
    const broken: BrokenOutboxFile[] = [];
    for (const name of names.filter((n) => n.endsWith('.json') && !n.startsWith('.')).sort()) {
      const file = join(this.dir, name);
      try {
        const item = parseItem(await readFile(file, 'utf8'), file);
        const interrupted = item.state === 'sending' && (await isStale(this.lockFile(item.id)));
        items.push(interrupted ? { ...item, state: 'unconfirmed' } : item);
      } catch (e) {
        broken.push({ file, reason: e instanceof Error ? e.message : String(e) });
      }
    }
    items.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    return { items, broken };
  }

  /** Claims an item for sending; undefined when another live process is sending it. */
  claim(id: string): Promise<(() => Promise<void>) | undefined> {
    return this.writing(() => tryLock(this.lockFile(id)));
  }
}

function serialise(item: OutboxItem): string {
  return `${JSON.stringify(outboxItemSchema.parse(item), null, 2)}\n`;
}

/** File-system failures become OutboxStoreError; anything else (a bug) passes unchanged. */
function storeError(dir: string, operation: 'write' | 'read', e: unknown): unknown {
  if (e instanceof OutboxStoreError) return e;
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? new OutboxStoreError(dir, operation, code) : e;
}

/** An outbox file that is not an item (damaged, edited by hand); it stays on disk for a person to look at. */
export class DamagedOutboxItemError extends Error {
  override readonly name = 'DamagedOutboxItemError';
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
  }
}

function parseItem(text: string, file: string): OutboxItem {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new DamagedOutboxItemError(file, `${file} is not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const parsed = outboxItemSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DamagedOutboxItemError(file, `${file}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  }
  return parsed.data;
}
