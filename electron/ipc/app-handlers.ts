import { translator } from '../../diagnostics/i18n/translator.js';
import { buildIspCall } from '../../diagnostics/report/isp-call.js';
import { checkAgainst } from '../../diagnostics/report/isp-call-confirmations.js';
import { ispCallFactsOfReport } from '../../diagnostics/report/isp-call-facts.js';
import type { AppHistory } from '../engine/app-history.js';
import type { HelpdeskService } from '../engine/helpdesk-service.js';
import { openBundleBytes, type ChosenFile } from '../engine/open-bundle.js';
import type { CheckService } from '../engine/check-service.js';
import { ispOf, type SettingsPort } from '../engine/settings-memory.js';
import { MONITOR_OFF, type MonitorState } from '../monitor/monitor-state.js';
import { monitorStateView, snapshotReport, timelineEntry } from '../monitor/timeline-entries.js';
import { DROPOUT_KIT_DAYS } from '../../diagnostics/history/dropout-summary.js';
import type { ResponseOf, Settings, TrayPage, UiLang, Unavailable } from './contract.js';
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
  readonly takePendingPage?: () => TrayPage | null;
  /** The check history; absent: the history page says it is not kept. */
  readonly history?: AppHistory;
  readonly now?: () => Date;
  /** Ticket preview, sending through the outbox, the outbox's items and the bundle to save. */
  readonly helpdesk?: HelpdeskService;
  /**
   * Asks the user where to save a file and writes it (Electron's save dialog); the saved path, or
   * null when they cancelled. Absent in the browser transport: the page downloads the bytes.
   */
  readonly saveFile?: (fileName: string, bytes: Uint8Array) => Promise<string | null>;
  /**
   * Lets the user choose a file to open (Electron's open dialog); null when they cancelled. A
   * `path` is read by the bundle file reader (size and signature first, never a stray file whole).
   */
  readonly openFile?: () => Promise<ChosenFile | null>;
  /** The tray's connection monitor now; absent (the browser transport): it is off. */
  readonly monitorState?: () => MonitorState;
  /** Called after settings change, e.g. to update start-at-login or the scheduler. */
  readonly onSettings?: (s: Settings) => void;
}

/** What a channel answers when the app was built without that part (tests, a store that failed to open). */
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
        features: { history: p.history !== undefined, tickets: p.helpdesk !== undefined, bundles: true },
      }),
    'check.run': async ({ quick }) => {
      const outcome = await p.checks.run({ quick, lang: effectiveLang(p.settings.get(), p.systemLang), background: false });
      return { report: outcome.report };
    },
    'check.last': () =>
      Promise.resolve({ report: p.checks.last, running: p.checks.isRunning, level: p.checks.tray.level }),
    'settings.get': async () => {
      await p.settings.refresh();
      return settingsResult(p.settings);
    },
    'settings.set': async (patch) => {
      const settings = await p.settings.set(patch);
      p.onSettings?.(settings);
      return settingsResult(p.settings);
    },
    'history.list': ({ days }) =>
      Promise.resolve(
        p.history ? { available: true as const, entries: p.history.list(days, (p.now ?? (() => new Date()))()), kept: p.history.persistent } : NOT_YET,
      ),
    'monitor.timeline': ({ days }) => {
      if (!p.history) return Promise.resolve(NOT_YET);
      const events = p.history.events(days, (p.now ?? (() => new Date()))()).map(timelineEntry);
      const state = monitorStateView(p.monitorState?.() ?? MONITOR_OFF);
      return Promise.resolve({ available: true as const, events, state, kept: p.history.persistent });
    },
    'monitor.snapshot': ({ start }) => {
      if (!p.history) return Promise.resolve(NOT_YET);
      // The timeline shows at most a week, so the event asked for began within it.
      const events = p.history.events(DROPOUT_KIT_DAYS, (p.now ?? (() => new Date()))());
      return Promise.resolve({ available: true as const, snapshot: snapshotReport(events, start) });
    },
    'ticket.preview': async () => (p.helpdesk ? { available: true as const, preview: await p.helpdesk.preview() } : NOT_YET),
    'ticket.send': async ({ note }) => {
      if (!p.helpdesk) return NOT_YET;
      const item = await p.helpdesk.send(note);
      const [listed] = (await p.helpdesk.list(effectiveLang(p.settings.get(), p.systemLang))).filter((i) => i.id === item.id);
      if (!listed) throw new Error(`the outbox has no item ${item.id} after queueing it`);
      return { available: true as const, outbox: listed };
    },
    'outbox.list': async () =>
      p.helpdesk ? { available: true as const, items: await p.helpdesk.list(effectiveLang(p.settings.get(), p.systemLang)) } : NOT_YET,
    'bundle.save': async () => {
      const bundle = await p.helpdesk?.bundle();
      if (!bundle) throw new Error('there is no check to save yet: run a check first');
      if (p.saveFile) return { savedTo: await p.saveFile(bundle.fileName, bundle.bytes), download: null };
      return { savedTo: null, download: { fileName: bundle.fileName, base64: Buffer.from(bundle.bytes).toString('base64') } };
    },
    'bundle.open': async ({ upload }) => {
      const lang = effectiveLang(p.settings.get(), p.systemLang);
      if (upload) return { available: true as const, opened: await openBundleBytes(upload.fileName, Buffer.from(upload.base64, 'base64'), lang) };
      if (!p.openFile) throw new Error('this transport has no file dialog: send the chosen file as upload');
      const chosen = await p.openFile();
      return { available: true as const, opened: chosen ? await openBundleBytes(chosen.name, 'path' in chosen ? chosen : chosen.bytes, lang) : null };
    },
    'isp.kit': ({ check, confirmations }) => {
      const report = p.checks.last;
      // Ticks belong to the check they were made for: never claimed about a newer one.
      if (!report?.ispCall || report.startedAt !== check) return Promise.resolve({ kit: null });
      const settings = p.settings.get();
      const t = translator(effectiveLang(settings, p.systemLang));
      const checked = checkAgainst(confirmations, new Date(report.startedAt));
      if (!checked.ok) return Promise.reject(new Error(t.t(`ispConfirm.errors.${checked.error.key}`, checked.error.vars)));
      const isp = ispOf(settings);
      const facts = ispCallFactsOfReport(report, { confirmed: checked.value, ...(isp ? { isp } : {}) });
      return Promise.resolve({ kit: buildIspCall(facts, t) });
    },
    'window.pendingPage': () => Promise.resolve({ page: p.takePendingPage?.() ?? null }),
    'link.open': async ({ url }) => ({ opened: await p.openExternal(url) }),
  };
}
