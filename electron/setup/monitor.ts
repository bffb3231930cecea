import { Notification } from 'electron';
import { loadEffectiveConfig, resolveCheckTargets } from '../../diagnostics/config/effective-config.js';
import type { EventSnapshot } from '../../diagnostics/history/monitor-event-rows.js';
import type { AppHistory } from '../engine/app-history.js';
import type { UiLang } from '../ipc/contract.js';
import { engineWatch } from '../monitor/engine-watch.js';
import { MonitorService } from '../monitor/monitor-service.js';
import type { MonitorState } from '../monitor/monitor-state.js';
import { dropoutNotice } from '../monitor/monitor-words.js';

/**
 * The tray's connection monitor: the engine's monitor over the same targets as the checks, events
 * into the app's history with the quick check of that moment, and one notification when the line
 * keeps dropping (clicking it opens the drop-outs page).
 */
export function setupMonitor(o: {
  history: AppHistory;
  lang: () => UiLang;
  t: () => (key: string) => string;
  profileFile: string | undefined;
  /** The quick check kept with an event (the app's engine, so it is recorded like any check). */
  snapshot: () => Promise<EventSnapshot>;
  onState: (s: MonitorState) => void;
  onNotificationClick: () => void;
  warn: (line: string) => void;
}): MonitorService {
  const config = () => loadEffectiveConfig(o.lang());
  return new MonitorService({
    watch: engineWatch({
      targets: async () => resolveCheckTargets(o.profileFile, await config(), o.lang()),
      pauseOnPowerSaver: async () => (await config()).policy.values.monitorOnPowerSaver !== true,
      pauseOnMetered: async () => (await config()).policy.values.monitorOnMetered !== true,
      intervalMs: async () => ((await config()).policy.values.monitorIntervalSeconds ?? 1) * 1000,
    }),
    store: (e) => o.history.keepEvent(e),
    snapshot: o.snapshot,
    notify: (s) => {
      const n = new Notification(dropoutNotice(s, o.t()));
      n.on('click', o.onNotificationClick);
      n.show();
    },
    onState: o.onState,
    warn: o.warn,
    now: Date.now,
  });
}
