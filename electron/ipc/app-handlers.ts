import type { AppHistory } from '../engine/app-history.js';
import type { CheckService } from '../engine/check-service.js';
import type { SettingsPort } from '../engine/settings-memory.js';
import type { ResponseOf, Settings, UiLang, Unavailable } from './contract.js';
import type { Handlers } from './dispatch.js';

/** What the handlers need from the app around them. */
export interface AppHandlerPorts {
  readonly checks: CheckService;
  readonly settings: SettingsPort;
  readonly systemLang: UiLang;
  readonly version: string;
  readonly transport: 'electron' | 'browser';
  /** Opens an http(s) URL in the user's browser; false where the transport cannot (a test browser). */
  readonly openExternal: (url: string) => Promise<boolean>;
  /** The page the tray asked for before the window's UI was listening (Electron only). */
  readonly takePendingPage?: () => 'check' | 'isp' | 'helpdesk' | null;
  /** The check history; absent: the history page says it is not kept. */
  readonly history?: AppHistory;
  readonly now?: () => Date;
  /** Called after settings change, e.g. to update start-at-login or the scheduler. */
  readonly onSettings?: (s: Settings) => void;
}

/** The features whose engine part other work brings: history, tickets, outbox, bundles. */
const NOT_YET: Unavailable = { available: false, reason: 'not-in-this-version' };

/** The language checks are written in: the user's choice, else the system's. */
export function effectiveLang(settings: Settings, systemLang: UiLang): UiLang {
  return settings.lang === 'system' ? systemLang : settings.lang;
}

/** What settings.get and settings.set answer. */
function settingsResult(s: SettingsPort): ResponseOf<'settings.get'> {
  return { settings: s.get(), persisted: s.persisted, locked: [...s.locked()] };
}

/** Every channel of the contract, implemented as far as the engine goes today. */
export function appHandlers(p: AppHandlerPorts): Handlers {
  return {
    'app.info': () => Promise.resolve({
        version: p.version,
        systemLang: p.systemLang,
        transport: p.transport,
        features: { history: p.history !== undefined, tickets: false, bundles: false },
      }),
    'check.run': async ({ quick }) => {
      const outcome = await p.checks.run({ quick, lang: effectiveLang(p.settings.get(), p.systemLang), background: false });
      return { report: outcome.report };
    },
    'check.last': () =>
      Promise.resolve({ report: p.checks.last, running: p.checks.isRunning, level: p.checks.tray.level }),
    'settings.get': () => Promise.resolve(settingsResult(p.settings)),
    'settings.set': async (patch) => {
      const settings = await p.settings.set(patch);
      p.onSettings?.(settings);
      return settingsResult(p.settings);
    },
    'history.list': ({ days }) =>
      Promise.resolve(p.history ? { available: true as const, entries: p.history.list(days, (p.now ?? (() => new Date()))()) } : NOT_YET),
    'ticket.preview': () => Promise.resolve(NOT_YET),
    'ticket.send': () => Promise.resolve(NOT_YET),
    'outbox.list': () => Promise.resolve(NOT_YET),
    'bundle.open': () => Promise.resolve(NOT_YET),
    'window.pendingPage': () => Promise.resolve({ page: p.takePendingPage?.() ?? null }),
    'link.open': async ({ url }) => ({ opened: await p.openExternal(url) }),
  };
}
