import { dataDir, userHistory, userSettings } from '../../diagnostics/config/user-data.js';
import { recordOf, type HistoryRecord } from '../../diagnostics/history/history-record.js';
import type { HistoryStore } from '../../diagnostics/history/history-store.js';
import type { StoredEvent } from '../../diagnostics/history/monitor-event-rows.js';
import { PATTERN_LOOKBACK_DAYS } from '../../diagnostics/history/patterns.js';
import { translator, type Lang } from '../../diagnostics/i18n/translator.js';
import type { Report } from '../../diagnostics/schema/report.js';
import type { HistoryEntry } from '../ipc/contract.js';

const DAY_MS = 86_400_000;

/** The app's check history: what earlier checks the engine sees, recording each check, the chart's rows. */
export interface AppHistory {
  /** Whether checks survive a restart (false: the file could not be opened, memory only). */
  readonly persistent: boolean;
  /** Earlier checks, for the engine's patterns (time-of-day, recurring loss). */
  past(now: Date): readonly HistoryRecord[];
  /** Records a finished check; a failure goes to `warn`, the check itself has completed. */
  record(report: Report): void;
  /** The checks of the last `days` days, oldest first, as the history page charts them. */
  list(days: number, now: Date): HistoryEntry[];
  /** Keeps one finished monitor event (the tray's monitor); a failure goes to `warn`. */
  keepEvent(e: StoredEvent): void;
  /** The monitor's events that began in the last `days` days, oldest first. */
  events(days: number, now: Date): StoredEvent[];
  close(): void;
}

/** One record as the chart needs it: the internet figures, else the router's where the line was down. */
export function entryOf(r: HistoryRecord): HistoryEntry {
  const f = r.figures;
  return {
    startedAt: r.startedAt.toISOString(),
    segment: r.segment,
    lossPct: f.internetLossPct ?? f.gatewayLossPct,
    latencyMs: f.internetAvgMs ?? f.gatewayAvgMs,
    downMbps: f.downloadMbps,
  };
}

/** The history over an open store (the same SQLite file the CLI writes). */
export function historyOn(store: HistoryStore, warn: (line: string) => void, describeFailure: (detail: string) => string): AppHistory {
  return {
    persistent: store.persistent,
    past: (now) => store.since(new Date(now.getTime() - PATTERN_LOOKBACK_DAYS * DAY_MS)),
    record(report) {
      try {
        store.add(recordOf(report));
      } catch (e) {
        warn(describeFailure(e instanceof Error ? e.message : String(e)));
      }
    },
    list: (days, now) => store.since(new Date(now.getTime() - days * DAY_MS)).map(entryOf),
    keepEvent(e) {
      try {
        store.addEvent(e);
      } catch (err) {
        warn(describeFailure(err instanceof Error ? err.message : String(err)));
      }
    },
    events: (days, now) => store.eventsSince(new Date(now.getTime() - days * DAY_MS)),
    close: () => store.close(),
  };
}

/**
 * Opens the user's history as `homeline check` does (openCheckMemory): the retention from the
 * settings store, a broken file moved aside, a file another process holds or a Node without
 * SQLite kept in memory for this run; each told on `warn`.
 */
export async function openAppHistory(lang: Lang, warn: (line: string) => void): Promise<AppHistory> {
  const t = translator(lang);
  const dir = dataDir();
  const settings = await userSettings(dir, t, warn);
  const store = userHistory(dir, settings, t, warn);
  return historyOn(store, warn, (detail) => t.t('history.writeFailed', { detail }));
}
