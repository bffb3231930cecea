import type { HistoryRecord } from '../history/history-record.js';
import { recordOf } from '../history/history-record.js';
import type { HistoryStore } from '../history/history-store.js';
import { PATTERN_LOOKBACK_DAYS } from '../history/patterns.js';
import { DROPOUT_KIT_DAYS } from '../history/dropout-summary.js';
import type { StoredEvent } from '../history/monitor-event-rows.js';
import type { Translator } from '../i18n/translator.js';
import type { Report } from '../schema/report.js';
import type { IspSettings } from '../settings/user-settings.js';
import { dataDir, userHistory, userSettings } from '../config/user-data.js';

/** What `homeline check` takes from and gives to the user's data. */
export interface CheckMemory {
  /** Earlier checks, for patterns. */
  readonly past: readonly HistoryRecord[];
  /** The connection monitor's events of the last week. */
  readonly events: readonly StoredEvent[];
  readonly isp?: IspSettings;
  /** Records the check; a failure is reported, never thrown: the check itself has completed. */
  record(report: Report): void;
  close(): void;
}

/**
 * Opens the user's settings and, unless `useHistory` is false (`--no-history`), the history.
 * Problems with either are told on `warn` and never stop the check.
 */
export async function openCheckMemory(useHistory: boolean, t: Translator, warn: (s: string) => void, now: Date = new Date()): Promise<CheckMemory> {
  const dir = dataDir();
  const settings = await userSettings(dir, t, warn);
  const isp = settings.settings.isp ? { isp: settings.settings.isp } : {};
  if (!useHistory) return { past: [], events: [], ...isp, record: () => undefined, close: () => undefined };
  let store: HistoryStore | undefined;
  let past: HistoryRecord[] = [];
  let events: StoredEvent[] = [];
  try {
    store = userHistory(dir, settings, t, warn);
    past = store.since(new Date(now.getTime() - PATTERN_LOOKBACK_DAYS * 86_400_000));
    events = store.eventsSince(new Date(now.getTime() - DROPOUT_KIT_DAYS * 86_400_000));
  } catch (e) {
    warn(t.t('history.writeFailed', { detail: e instanceof Error ? e.message : String(e) }));
  }
  return {
    past,
    events,
    ...isp,
    record(report) {
      // A store that fell back to memory has already said this check will not be kept.
      if (!store?.persistent) return;
      try {
        store.add(recordOf(report));
      } catch (e) {
        warn(t.t('history.writeFailed', { detail: e instanceof Error ? e.message : String(e) }));
      }
    },
    close: () => store?.close(),
  };
}
