import type { DatabaseSync } from 'node:sqlite';

/**
 * The history database's schema, one step per version; the version lives in SQLite's own
 * `user_version`. Steps only ever get appended: a database written by an older Homeline is brought
 * up to date in order, inside one transaction, so a crash half-way leaves the old version intact.
 */
const STEPS: readonly string[] = [
  // 1: one row per check. Key figures get columns (queries, the call kit); finding ids are a JSON array.
  `CREATE TABLE checks (
     id INTEGER PRIMARY KEY,
     started_at INTEGER NOT NULL,
     segment TEXT NOT NULL,
     finding_ids TEXT NOT NULL,
     gateway_loss_pct REAL, gateway_avg_ms REAL,
     internet_loss_pct REAL, internet_sent INTEGER, internet_received INTEGER, internet_avg_ms REAL,
     isp_hop TEXT, isp_hop_loss_pct REAL,
     dns_ok INTEGER, dns_failed_server TEXT, dns_failed_outcome TEXT,
     download_mbps REAL, upload_mbps REAL, min_download_mbps REAL, min_upload_mbps REAL,
     idle_latency_ms REAL, loaded_latency_ms REAL
   );
   CREATE INDEX checks_started_at ON checks (started_at);`,
  // 2: what the call kit needs to name a failed resolver truthfully (whose it is, and whether a
  // public one answered over the same line).
  `ALTER TABLE checks ADD COLUMN dns_failed_owner TEXT;
   ALTER TABLE checks ADD COLUMN dns_public_ok INTEGER;`,
  // 3: the monitor's drop-outs and bad spells, one row each once it ended, with the quick check
  // taken when it began, if any (JSON, without raw output; monitor-event-rows.ts).
  `CREATE TABLE monitor_events (
     id INTEGER PRIMARY KEY,
     kind TEXT NOT NULL,
     segment TEXT NOT NULL,
     start_at INTEGER NOT NULL,
     end_at INTEGER NOT NULL,
     targets TEXT NOT NULL,
     loss_pct REAL NOT NULL,
     median_rtt_ms REAL,
     provider_hop_silent INTEGER,
     snapshot TEXT
   );
   CREATE INDEX monitor_events_start_at ON monitor_events (start_at);`,
  // 4: the UDP test call's figures and whose its trouble was, so the call kit can cite them (issue #19).
  `ALTER TABLE checks ADD COLUMN media_loss_pct REAL;
   ALTER TABLE checks ADD COLUMN media_sent INTEGER;
   ALTER TABLE checks ADD COLUMN media_rtt_ms REAL;
   ALTER TABLE checks ADD COLUMN media_jitter_ms REAL;
   ALTER TABLE checks ADD COLUMN media_call_owner TEXT;`,
];

/** The schema version this Homeline writes. */
export const SCHEMA_VERSION = STEPS.length;

/** Raised when the file was written by a newer Homeline: we must not touch it. */
export class NewerSchemaError extends Error {
  override readonly name = 'NewerSchemaError';
}

/** Brings an open database to SCHEMA_VERSION. */
export function migrate(db: DatabaseSync): void {
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number };
  const current = row.user_version;
  if (current > SCHEMA_VERSION) {
    throw new NewerSchemaError(`history schema version ${current} is newer than this Homeline's (${SCHEMA_VERSION})`);
  }
  if (current === SCHEMA_VERSION) return;
  db.exec('BEGIN IMMEDIATE');
  try {
    for (let v = current; v < SCHEMA_VERSION; v++) db.exec(STEPS[v]!);
    db.exec(`PRAGMA user_version = ${SCHEMA_VERSION}`);
    db.exec('COMMIT');
  } catch (e) {
    db.exec('ROLLBACK');
    throw e;
  }
}
