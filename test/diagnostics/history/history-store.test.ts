import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it, vi } from 'vitest';
import { HISTORY_FILE, openHistory } from '../../../diagnostics/history/history-store.js';
import { SCHEMA_VERSION } from '../../../diagnostics/history/migrations.js';
import { check } from './history-fixtures.js';

const freshDir = () => mkdtempSync(join(tmpdir(), 'homeline-history-'));
const at = (iso: string) => () => new Date(iso);

describe('history store', () => {
  it('keeps checks across a restart (close and reopen) with every figure intact', () => {
    const dir = freshDir();
    const first = openHistory({ dir, now: at('2026-11-23T10:00:00Z') });
    const rec = check('2026-11-23T09:00:00Z', { internetLossPct: 8.5, internetReceived: 92, ispHop: '100.64.0.1', dnsOk: false, downloadMbps: 48.2, loadedLatencyMs: 180 });
    first.add(rec);
    first.close();
    const again = openHistory({ dir, now: at('2026-11-23T10:00:00Z') });
    expect(again.notice).toBeNull();
    expect(again.persistent).toBe(true);
    expect(again.since(new Date(0))).toEqual([rec]);
    expect(again.latest()).toEqual(rec);
    const db = new DatabaseSync(join(dir, HISTORY_FILE));
    expect(db.prepare('PRAGMA user_version').get()).toEqual({ user_version: SCHEMA_VERSION });
    db.close();
    again.close();
  });

  it('brings a version 1 history up to date and keeps its checks, with the new figures unknown', () => {
    const dir = freshDir();
    const old = new DatabaseSync(join(dir, HISTORY_FILE));
    old.exec(`CREATE TABLE checks (id INTEGER PRIMARY KEY, started_at INTEGER NOT NULL, segment TEXT NOT NULL, finding_ids TEXT NOT NULL,
      gateway_loss_pct REAL, gateway_avg_ms REAL, internet_loss_pct REAL, internet_sent INTEGER, internet_received INTEGER, internet_avg_ms REAL,
      isp_hop TEXT, isp_hop_loss_pct REAL, dns_ok INTEGER, dns_failed_server TEXT, dns_failed_outcome TEXT,
      download_mbps REAL, upload_mbps REAL, min_download_mbps REAL, min_upload_mbps REAL, idle_latency_ms REAL, loaded_latency_ms REAL);
      CREATE INDEX checks_started_at ON checks (started_at);
      INSERT INTO checks (started_at, segment, finding_ids, internet_loss_pct, dns_ok, dns_failed_server) VALUES (${Date.parse('2026-11-22T20:00:00Z')}, 'isp', '["isp.dns"]', 0, 0, '198.51.100.53');
      PRAGMA user_version = 1;`);
    old.close();
    const s = openHistory({ dir, now: at('2026-11-23T10:00:00Z') });
    expect(s.notice).toBeNull();
    const [r] = s.since(new Date(0));
    expect(r).toMatchObject({ segment: 'isp', figures: { dnsOk: false, dnsFailedServer: '198.51.100.53', dnsFailedOwner: null, dnsPublicOk: null } });
    const rec = check('2026-11-23T09:00:00Z', { dnsFailedOwner: 'router', dnsPublicOk: true });
    s.add(rec);
    expect(s.latest()).toEqual(rec);
    s.close();
  });

  it('prunes checks older than the retention period on open and on demand', () => {
    const dir = freshDir();
    const s = openHistory({ dir, retentionDays: 45, now: at('2026-11-23T00:00:00Z') });
    s.add(check('2026-09-01T12:00:00Z'));
    s.add(check('2026-10-20T12:00:00Z'));
    s.add(check('2026-11-22T12:00:00Z'));
    expect(s.prune(new Date('2026-11-23T00:00:00Z'))).toBe(1);
    s.close();
    // Weeks later, reopening removes what has aged out since.
    const later = openHistory({ dir, retentionDays: 45, now: at('2026-12-10T00:00:00Z') });
    expect(later.since(new Date(0)).map((r) => r.startedAt.toISOString())).toEqual(['2026-11-22T12:00:00.000Z']);
    later.close();
  });

  it('moves a corrupt file aside, keeps its bytes, and starts a fresh history', () => {
    const dir = freshDir();
    const garbage = 'this is not a database, but it is evidence '.repeat(200);
    writeFileSync(join(dir, HISTORY_FILE), garbage);
    const s = openHistory({ dir, now: at('2026-11-23T10:00:00Z') });
    expect(s.notice?.kind).toBe('corrupt');
    expect(s.persistent).toBe(true);
    const aside = readdirSync(dir).find((f) => f.startsWith(`${HISTORY_FILE}.corrupt-`));
    expect(aside).toBeDefined();
    expect(readFileSync(join(dir, aside!), 'utf8')).toBe(garbage);
    s.add(check('2026-11-23T09:00:00Z'));
    expect(s.since(new Date(0))).toHaveLength(1);
    s.close();
  });

  it('detects a database whose pages were damaged after the header', () => {
    const dir = freshDir();
    const s = openHistory({ dir });
    for (let i = 0; i < 200; i++) s.add(check(new Date(Date.now() - i * 60_000).toISOString()));
    s.close();
    const file = join(dir, HISTORY_FILE);
    const bytes = readFileSync(file);
    bytes.fill(0xa5, 4096, bytes.length); // keep page 1 (header, schema), wreck the table's pages
    writeFileSync(file, bytes);
    const again = openHistory({ dir });
    expect(again.notice?.kind).toBe('corrupt');
    again.close();
  });

  it('falls back to memory, says the file is locked, and leaves it alone while another connection holds it', () => {
    const dir = freshDir();
    openHistory({ dir }).close();
    const holder = new DatabaseSync(join(dir, HISTORY_FILE));
    holder.exec('BEGIN EXCLUSIVE');
    const s = openHistory({ dir, busyTimeoutMs: 50 });
    expect(s.notice).toMatchObject({ kind: 'locked' });
    expect(s.persistent).toBe(false);
    s.add(check('2026-11-23T09:00:00Z')); // the run can still work with its own checks
    expect(s.since(new Date(0))).toHaveLength(1);
    s.close();
    holder.exec('ROLLBACK');
    holder.close();
    expect(readdirSync(dir).filter((f) => f.includes('corrupt'))).toEqual([]);
  });

  it('refuses to touch a history written by a newer Homeline', () => {
    const dir = freshDir();
    const db = new DatabaseSync(join(dir, HISTORY_FILE));
    db.exec(`PRAGMA user_version = ${SCHEMA_VERSION + 5}`);
    db.close();
    const s = openHistory({ dir });
    expect(s.notice).toMatchObject({ kind: 'unavailable' });
    expect(s.notice?.detail).toMatch(/newer/);
    s.close();
  });

  it('keeps working without SQLite (an older Node.js), in memory, and says why', () => {
    const spy = vi.spyOn(process, 'getBuiltinModule').mockReturnValue(undefined);
    try {
      const s = openHistory({ dir: freshDir() });
      expect(s.persistent).toBe(false);
      expect(s.notice).toMatchObject({ kind: 'unavailable' });
      expect(s.notice?.detail).toMatch(/no built-in SQLite \(node:sqlite\)/);
      s.add(check('2026-11-23T09:00:00Z'));
      s.add(check('2026-11-22T09:00:00Z'));
      expect(s.latest()?.startedAt.toISOString()).toBe('2026-11-23T09:00:00.000Z');
      expect(s.since(new Date('2026-11-23T00:00:00Z'))).toHaveLength(1);
    } finally {
      spy.mockRestore();
    }
  });
});
