import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../atomic-write.js';
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
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    await writeFileAtomic(this.file(item.id), `${JSON.stringify(outboxItemSchema.parse(item), null, 2)}\n`);
  }

  /** One item, or undefined when there is none with this id. Throws when its file is damaged. */
  async get(id: string): Promise<OutboxItem | undefined> {
    let text: string;
    try {
      text = await readFile(this.file(id), 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
    return parseItem(text, this.file(id));
  }

  /**
   * All items, oldest first. An item recorded as `sending` whose sender is gone (the process died
   * mid-send) is shown as `queued`: it will be retried, and the retry is deduplicated.
   */
  async list(): Promise<OutboxListing> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { items: [], broken: [] };
      throw e;
    }
    const items: OutboxItem[] = [];
    const broken: BrokenOutboxFile[] = [];
    for (const name of names.filter((n) => n.endsWith('.json') && !n.startsWith('.')).sort()) {
      const file = join(this.dir, name);
      try {
        const item = parseItem(await readFile(file, 'utf8'), file);
        const interrupted = item.state === 'sending' && (await isStale(this.lockFile(item.id)));
        items.push(interrupted ? { ...item, state: 'queued' } : item);
      } catch (e) {
        broken.push({ file, reason: e instanceof Error ? e.message : String(e) });
      }
    }
    items.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    return { items, broken };
  }

  /** Claims an item for sending; undefined when another live process is sending it. */
  claim(id: string): Promise<(() => Promise<void>) | undefined> {
    return tryLock(this.lockFile(id));
  }
}

function parseItem(text: string, file: string): OutboxItem {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file} is not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const parsed = outboxItemSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  }
  return parsed.data;
}
