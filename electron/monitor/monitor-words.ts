import type { DropoutSummary } from './dropout-notifier.js';
import type { MonitorState } from './monitor-state.js';

/** The notification for a line that keeps dropping, in the user's language. */
export function dropoutNotice(s: DropoutSummary, t: (key: string) => string): { title: string; body: string } {
  const segments = s.segments.map((x) => t(`dropoutsApp.notify.segment.${x}`)).join(', ');
  const body = t('dropoutsApp.notify.body')
    .replace('{{count}}', String(s.count))
    .replace('{{seconds}}', String(Math.round(s.longestSeconds)))
    .replace('{{segments}}', segments);
  return { title: t('dropoutsApp.notify.title'), body };
}

/** The tray's line about the monitor (tooltip and menu): watching, paused (and why), off or dropping out now. */
export function monitorTrayLine(s: MonitorState, t: (key: string) => string): string {
  if (s.dropoutsNow > 0) return t('dropoutsApp.tray.dropping');
  switch (s.status) {
    case 'watching':
    case 'starting':
      return t('dropoutsApp.tray.watching');
    case 'paused':
      // The reason matters to the user: on a metered line the monitor waits for them, not for the battery.
      return s.paused === null ? t('dropoutsApp.tray.paused') : t(`monitorPause.tray.${s.paused}`);
    case 'off':
    case 'unavailable':
      return t('dropoutsApp.tray.off');
  }
}

/**
 * The tray icon while the monitor sees a drop-out going on: at least 'degraded' (never 'down',
 * which the last check alone may say: a VPN-only drop-out is not "no connection"). A running
 * check's icon and a worse level from the last check are kept.
 */
export function iconWithMonitor<I extends string>(icon: I | 'good' | 'unknown' | 'degraded', s: MonitorState): I | 'good' | 'unknown' | 'degraded' {
  return s.dropoutsNow > 0 && (icon === 'good' || icon === 'unknown') ? 'degraded' : icon;
}
