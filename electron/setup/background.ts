import { Notification, powerMonitor } from 'electron';
import { networkInterfaces } from 'node:os';
import { BackgroundScheduler } from '../background/scheduler.js';
import { watchNetwork } from '../background/network-watch.js';
import type { CheckService } from '../engine/check-service.js';
import type { TrayLevel, UiLang } from '../ipc/contract.js';

/** How often the interface list is compared for a network change. */
const NETWORK_POLL_MS = 5_000;

/** Background checks: on a schedule, after network changes and waking up; a notice only when worse. */
export function setupBackground(o: {
  checks: CheckService;
  lang: () => UiLang;
  t: () => (key: string) => string;
  onNotificationClick: () => void;
}): BackgroundScheduler {
  const scheduler = new BackgroundScheduler({
    timers: {
      // The tray keeps the app alive; a pending background check must not.
      set: (fn, ms) => setTimeout(fn, ms).unref(),
      clear: (h) => clearTimeout(h as NodeJS.Timeout),
      now: () => Date.now(),
    },
    check: async () => {
      const outcome = await o.checks.run({ quick: true, lang: o.lang(), background: true });
      return { previous: outcome.previous, level: outcome.level };
    },
    notifyWorse: (_previous: TrayLevel, level: TrayLevel) => {
      const t = o.t();
      const headline = o.checks.last?.verdict.headline ?? '';
      const body = t(level === 'down' ? 'app.tray.worseDown' : 'app.tray.worseDegraded').replace('{{headline}}', headline);
      const n = new Notification({ title: t('app.tray.worseTitle'), body });
      n.on('click', o.onNotificationClick);
      n.show();
    },
    onError: (e) => console.error('homeline: background check failed:', e),
  });
  watchNetwork({
    read: networkInterfaces,
    every: (fn) => {
      const h = setInterval(fn, NETWORK_POLL_MS);
      h.unref();
      return () => clearInterval(h);
    },
    onChange: () => scheduler.networkChanged(),
  });
  powerMonitor.on('resume', () => scheduler.networkChanged());
  return scheduler;
}
