import { mkdirSync, renameSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { FIGURE_COLUMNS, recordFromRow, rowValues } from './history-rows.js';
import type { HistoryRecord } from './history-record.js';
import { migrate, NewerSchemaError } from './migrations.js';
import { EVENT_COLUMNS, eventFromRow, eventRowValues, type StoredEvent } from './monitor-event-rows.js';

/** The file in homelineDataDir() that holds the history. */
export const HISTORY_FILE = 'history.sqlite';
/** How long checks are kept unless the user or the policy says otherwise. */
export const DEFAULT_RETENTION_DAYS = 90;
const DAY_MS = 86_400_000;
/**
 * At most this many monitor events are kept, however young: a line that flaps all day must not
 * grow the file without bound (at 20 000 rows it stays a few MB; the oldest go first).
 */
export const MAX_STORED_EVENTS = 20_000;
/** Snapshots (a quick check's report each, tens of kB) are kept on the newest this many events only. */
export const MAX_SNAPSHOTS = 200;

/**
 * Why the history on disk could not be used as it was. `corrupt`: the file was moved aside to
 * `movedTo` (never deleted: it is evidence) and a fresh one started. `locked`: another program holds
 * it; this run keeps its history in memory only. `unavailable`: anything else (a newer Homeline's
 * file, a folder we cannot write); also memory only.
 */
export type HistoryNotice =
  | { readonly kind: 'corrupt'; readonly file: string; readonly movedTo: string; readonly detail: string }
  | { readonly kind: 'locked'; readonly file: string; readonly detail: string }
  | { readonly kind: 'unavailable'; readonly file: string; readonly detail: string };

/** The check history: every check's key figures and the monitor's events, pruned by age. */
export interface HistoryStore {
  /** False when this run could not open the file and keeps history in memory only. */
  readonly persistent: boolean;
  readonly notice: HistoryNotice | null;
  add(r: HistoryRecord): void;
  /** Checks from `from` on, oldest first. */
  since(from: Date): HistoryRecord[];
  /** The most recent check, if any. */
  latest(): HistoryRecord | undefined;
  /** Records a monitor event that has ended. */
  addEvent(e: StoredEvent): void;
  /** Monitor events that began from `from` on, oldest first. */
  eventsSince(from: Date): StoredEvent[];
  /** Deletes checks and events older than the retention period (and events beyond MAX_STORED_EVENTS); returns how many went. */
  prune(now: Date): number;
  close(): void;
}

export interface OpenHistoryOptions {
  readonly dir: string;
  readonly retentionDays?: number;
  /** At most this many monitor events are kept (default MAX_STORED_EVENTS). */
  readonly maxEvents?: number;
  readonly now?: () => Date;
  /** How long to wait for another Homeline (tray app and CLI at once) to finish writing. */
  readonly busyTimeoutMs?: number;
}

/** SQLite's primary result codes that mean "this file is not a usable database". */
const CORRUPT_CODES = new Set([11 /* SQLITE_CORRUPT */, 26 /* SQLITE_NOTADB */]);
const BUSY_CODES = new Set([5 /* SQLITE_BUSY */, 6 /* SQLITE_LOCKED */]);
const sqliteCode = (e: unknown): number | undefined => {
  const code = (e as { errcode?: unknown }).errcode;
  return typeof code === 'number' ? code & 0xff : undefined;
};
const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * node:sqlite, looked up when history is opened rather than imported: a Node.js without it (older
 * than 22.5, when someone runs the CLI with the system's node) must still run checks.
 */
function sqlite(): typeof import('node:sqlite') {
  const mod = typeof process.getBuiltinModule === 'function' ? (process.getBuiltinModule('node:sqlite') as typeof import('node:sqlite') | undefined) : undefined;
  if (!mod) throw new Error(`this Node.js (${process.version}) has no built-in SQLite (node:sqlite); Homeline needs Node.js 24`);
  return mod;
}

function connect(file: string, busyTimeoutMs: number): DatabaseSync {
  const db = new (sqlite().DatabaseSync)(file, { timeout: busyTimeoutMs });
  try {
    migrate(db);
    // Opening is lazy: a damaged file often only shows when its pages are read.
    const check = db.prepare('PRAGMA quick_check').all() as { quick_check: string }[];
    if (check[0]?.quick_check !== 'ok') {
      throw Object.assign(new Error(`integrity check failed: ${check.map((r) => r.quick_check).join('; ')}`), { errcode: 11 });
    }
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/** Moves a damaged history file (and SQLite's side files) aside under a dated name. */
function moveAside(file: string, now: Date): string {
  const movedTo = `${file}.corrupt-${now.toISOString().replace(/[:.]/g, '-')}`;
  for (const suffix of ['', '-journal', '-wal', '-shm']) {
    if (existsSync(file + suffix)) renameSync(file + suffix, movedTo + suffix);
  }
  return movedTo;
}

/**
 * Opens the history in `dir`, creating or upgrading it. Never throws for a broken, locked or
 * unreadable file: the store then says so in `notice`, and a check can still run and be shown.
 */
export function openHistory(o: OpenHistoryOptions): HistoryStore {
  const now = o.now ?? (() => new Date());
  const file = join(o.dir, HISTORY_FILE);
  const busy = o.busyTimeoutMs ?? 2000;
  let db: DatabaseSync;
  let notice: HistoryNotice | null = null;
  try {
    mkdirSync(o.dir, { recursive: true });
    db = connect(file, busy);
  } catch (e) {
    const code = sqliteCode(e);
    if (code !== undefined && CORRUPT_CODES.has(code)) {
      try {
        const movedTo = moveAside(file, now());
        db = connect(file, busy);
        notice = { kind: 'corrupt', file, movedTo, detail: message(e) };
      } catch (again) {
        db = connect(':memory:', busy);
        notice = { kind: 'unavailable', file, detail: `${message(e)}; then: ${message(again)}` };
      }
    } else {
      let memory: DatabaseSync | null;
      try {
        memory = connect(':memory:', busy);
      } catch {
        memory = null; // no SQLite at all: history lives in a plain array for this run
      }
      if (memory === null) return arrayStore({ kind: 'unavailable', file, detail: message(e) });
      db = memory;
      const kind = code !== undefined && BUSY_CODES.has(code) ? 'locked' : 'unavailable';
      notice = { kind, file, detail: e instanceof NewerSchemaError ? e.message : message(e) };
    }
  }
  return storeOn(db, notice === null || notice.kind === 'corrupt', notice, { days: o.retentionDays ?? DEFAULT_RETENTION_DAYS, maxEvents: o.maxEvents ?? MAX_STORED_EVENTS }, now);
}

/** A history without SQLite (see sqlite()): this run's checks only, nothing kept. */
function arrayStore(notice: HistoryNotice): HistoryStore {
  const list: HistoryRecord[] = [];
  const events: StoredEvent[] = [];
  const sorted = () => [...list].sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
  return {
    persistent: false,
    notice,
    add: (r) => void list.push(r),
    addEvent: (e) => void events.push(e),
    eventsSince: (from) => events.filter((e) => e.start >= from.getTime()).sort((a, b) => a.start - b.start),
    since: (from) => sorted().filter((r) => r.startedAt >= from),
    latest: () => sorted().at(-1),
    prune: () => 0,
    close: () => undefined,
  };
}

function storeOn(db: DatabaseSync, persistent: boolean, notice: HistoryNotice | null, keep: { days: number; maxEvents: number }, now: () => Date): HistoryStore {
  const columns = ['started_at', 'segment', 'finding_ids', ...FIGURE_COLUMNS];
  const insert = db.prepare(`INSERT INTO checks (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
  const since = db.prepare('SELECT * FROM checks WHERE started_at >= ? ORDER BY started_at, id');
  const latest = db.prepare('SELECT * FROM checks ORDER BY started_at DESC, id DESC LIMIT 1');
  const prune = db.prepare('DELETE FROM checks WHERE started_at < ?');
  const insertEvent = db.prepare(`INSERT INTO monitor_events (${EVENT_COLUMNS.join(', ')}) VALUES (${EVENT_COLUMNS.map(() => '?').join(', ')})`);
  const eventsSince = db.prepare('SELECT * FROM monitor_events WHERE start_at >= ? ORDER BY start_at, id');
  const pruneEvents = db.prepare('DELETE FROM monitor_events WHERE start_at < ?');
  const capSnapshots = db.prepare(
    'UPDATE monitor_events SET snapshot = NULL WHERE snapshot IS NOT NULL AND id NOT IN (SELECT id FROM monitor_events WHERE snapshot IS NOT NULL ORDER BY start_at DESC, id DESC LIMIT ?)',
  );
  const capEvents = db.prepare('DELETE FROM monitor_events WHERE id NOT IN (SELECT id FROM monitor_events ORDER BY start_at DESC, id DESC LIMIT ?)');
  const store: HistoryStore = {
    persistent,
    notice,
    add: (r) => void insert.run(...rowValues(r)),
    since: (from) => since.all(from.getTime()).map((row) => recordFromRow(row as Record<string, unknown>)),
    latest: () => {
      const row = latest.get();
      return row ? recordFromRow(row as Record<string, unknown>) : undefined;
    },
    addEvent: (e) => void insertEvent.run(...eventRowValues(e)),
    eventsSince: (from) => eventsSince.all(from.getTime()).flatMap((row) => eventFromRow(row as Record<string, unknown>) ?? []),
    prune: (at) => {
      const before = at.getTime() - keep.days * DAY_MS;
      capSnapshots.run(MAX_SNAPSHOTS);
      return Number(prune.run(before).changes) + Number(pruneEvents.run(before).changes) + Number(capEvents.run(keep.maxEvents).changes);
    },
    close: () => db.close(),
  };
  // Pruning on open keeps the file bounded without a scheduler; a locked file is pruned next time.
  try {
    store.prune(now());
  } catch {
    // another writer holds the lock right now: nothing is lost by pruning later
  }
  return store;
}
