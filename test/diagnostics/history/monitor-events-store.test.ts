import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { HISTORY_FILE, openHistory } from '../../../diagnostics/history/history-store.js';
import type { StoredEvent } from '../../../diagnostics/history/monitor-event-rows.js';
import { check } from './history-fixtures.js';

// Monitor events in the history store. Events written for this test.
const freshDir = () => mkdtempSync(join(tmpdir(), 'homeline-events-'));
const at = (iso: string) => () => new Date(iso);
const dropout = (iso: string, seconds: number, over: Partial<StoredEvent> = {}): StoredEvent => {
  const start = Date.parse(iso);
  return { kind: 'dropout', segment: 'isp', start, end: start + seconds * 1000, targets: ['internet-1', 'internet-2'], lossPct: 100, medianRttMs: null, providerHopSilent: true, ...over };
};

describe('history store: monitor events', () => {
  it('keeps drop-outs and bad spells across a restart, every field intact', () => {
    const dir = freshDir();
    const s = openHistory({ dir, now: at('2026-11-23T10:00:00Z') });
    const a = dropout('2026-11-22T20:01:00Z', 12);
    const b: StoredEvent = { ...dropout('2026-11-22T21:00:00Z', 40), kind: 'bad-spell', segment: 'home', targets: ['router'], lossPct: 12.5, medianRttMs: 31.2, providerHopSilent: null };
    s.addEvent(b);
    s.addEvent(a);
    s.close();
    const again = openHistory({ dir, now: at('2026-11-23T10:00:00Z') });
    expect(again.eventsSince(new Date(0))).toEqual([a, b]);
    expect(again.eventsSince(new Date('2026-11-22T20:30:00Z'))).toEqual([b]);
    again.close();
  });

  it('prunes events by age like checks, and keeps at most maxEvents, the newest', () => {
    const dir = freshDir();
    const s = openHistory({ dir, retentionDays: 30, maxEvents: 3, now: at('2026-11-23T00:00:00Z') });
    s.addEvent(dropout('2026-10-01T20:00:00Z', 5));
    for (const h of ['10', '11', '12', '13']) s.addEvent(dropout(`2026-11-22T${h}:00:00Z`, 5));
    expect(s.prune(new Date('2026-11-23T00:00:00Z'))).toBe(2);
    expect(s.eventsSince(new Date(0)).map((e) => new Date(e.start).toISOString())).toEqual(['2026-11-22T11:00:00.000Z', '2026-11-22T12:00:00.000Z', '2026-11-22T13:00:00.000Z']);
    s.close();
  });

  it('upgrades a version-2 history (checks only, before the monitor) and keeps its checks', () => {
    const dir = freshDir();
    const v1 = openHistory({ dir, now: at('2026-11-23T00:00:00Z') });
    v1.add(check('2026-11-22T12:00:00Z'));
    v1.close();
    // Take the file back to what a Homeline without the monitor wrote.
    const db = new DatabaseSync(join(dir, HISTORY_FILE));
    db.exec(`DROP TABLE monitor_events;
      ${['media_loss_pct', 'media_sent', 'media_rtt_ms', 'media_jitter_ms', 'media_call_owner'].map((c) => `ALTER TABLE checks DROP COLUMN ${c};`).join('\n')}
      PRAGMA user_version = 2;`);
    db.close();
    const s = openHistory({ dir, now: at('2026-11-23T00:00:00Z') });
    expect(s.notice).toBeNull();
    expect(s.since(new Date(0))).toHaveLength(1);
    s.addEvent(dropout('2026-11-22T20:00:00Z', 3));
    expect(s.eventsSince(new Date(0))).toHaveLength(1);
    s.close();
  });

  it('keeps the snapshot taken when an event began, and drops one that does not read as a report', async () => {
    const { runCheck } = await import('../../../diagnostics/check.js');
    const { targetsFromProfile } = await import('../../../diagnostics/profile/targets.js');
    const { replayProbes } = await import('../replay-probes.js');
    const { healthy } = await import('../verdict/evidence-builder.js');
    const { raw: _raw, ...snapshot } = await runCheck({ targets: targetsFromProfile({ internet: { pingTargets: ['203.0.113.10'] } }, 'profile'), lang: 'en', quick: true, os: 'linux', probes: replayProbes(healthy()) });
    const dir = freshDir();
    const s = openHistory({ dir });
    s.addEvent({ ...dropout('2026-11-22T20:01:00Z', 12), snapshot });
    s.close();
    const db = new DatabaseSync(join(dir, HISTORY_FILE));
    db.prepare('INSERT INTO monitor_events (kind, segment, start_at, end_at, targets, loss_pct, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?)').run('dropout', 'home', 9e12, 9e12 + 3000, '[]', 100, '{"not":"a report"}');
    db.close();
    const again = openHistory({ dir });
    const [withSnap, broken] = again.eventsSince(new Date(0));
    expect(withSnap!.snapshot).toEqual(snapshot);
    expect(broken).toMatchObject({ segment: 'home' });
    expect(broken!.snapshot).toBeUndefined();
    again.close();
  });

  it('skips a row it cannot read instead of guessing', () => {
    const dir = freshDir();
    openHistory({ dir }).close();
    const db = new DatabaseSync(join(dir, HISTORY_FILE));
    db.prepare('INSERT INTO monitor_events (kind, segment, start_at, end_at, targets, loss_pct) VALUES (?, ?, ?, ?, ?, ?)').run('outage', 'isp', 1, 2, '[]', 100);
    db.prepare('INSERT INTO monitor_events (kind, segment, start_at, end_at, targets, loss_pct) VALUES (?, ?, ?, ?, ?, ?)').run('dropout', 'isp', 5, 3, '[]', 100);
    db.close();
    const s = openHistory({ dir });
    expect(s.eventsSince(new Date(0))).toEqual([]);
    s.close();
  });
});
