import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { UiLang } from '../ipc/contract.js';
import { appHandlers, type AppHandlerPorts } from '../ipc/app-handlers.js';
import type { Handlers } from '../ipc/dispatch.js';
import type { TrayState } from '../tray/tray-state.js';
import { CheckService, type EngineRun } from './check-service.js';
import type { Report } from '../../diagnostics/schema/report.js';
import type { AppHistory } from './app-history.js';
import type { HelpdeskService } from './helpdesk-service.js';
import { createEventHub, type EventHub } from './event-hub.js';
import { memorySettings, type SettingsPort } from './settings-memory.js';
import { DROPOUT_KIT_DAYS } from '../../diagnostics/history/dropout-summary.js';

/** The app without its windows: checks, settings, events and the contract's handlers. */
export interface AppCore {
  readonly hub: EventHub;
  readonly checks: CheckService;
  readonly settings: SettingsPort;
  readonly handlers: Handlers;
}

/** The version in package.json (two folders up from both electron/engine and dist/electron/engine). */
export function appVersion(): string {
  for (const rel of ['../../package.json', '../../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(fileURLToPath(new URL(rel, import.meta.url)), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'homeline' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // try the next candidate
    }
  }
  return '0.0.0';
}

/** Builds the core that both the Electron main process and the browser transport serve. */
export function createAppCore(o: {
  readonly engine: EngineRun;
  readonly systemLang: UiLang;
  readonly transport: 'electron' | 'browser';
  readonly openExternal: AppHandlerPorts['openExternal'];
  readonly onTray?: (state: TrayState) => void;
  readonly onSettings?: AppHandlerPorts['onSettings'];
  readonly takePendingPage?: AppHandlerPorts['takePendingPage'];
  readonly monitorState?: AppHandlerPorts['monitorState'];
  /** The settings store (settings-file.ts); in memory when not given (tests). */
  readonly settings?: SettingsPort;
  /** The check history (app-history.ts); without it checks are not recorded and the page says so. */
  readonly history?: AppHistory;
  readonly now?: () => Date;
  /** Builds the help desk service around the core's last report (helpdesk-runtime.ts's ports). */
  readonly helpdesk?: (lastReport: () => Report | null) => HelpdeskService;
  readonly saveFile?: AppHandlerPorts['saveFile'];
  readonly openFile?: AppHandlerPorts['openFile'];
}): AppCore {
  const now = o.now ?? (() => new Date());
  const hub = createEventHub();
  const settings = o.settings ?? memorySettings();
  // Every check, whoever starts it (window, tray, background), cites the user's line details,
  // sees the earlier checks and is recorded, as `homeline check` is.
  const engine: EngineRun = async (run) => {
    const isp = settings.isp();
    const at = now();
    const report = await o.engine({
      ...run,
      ...(isp ? { isp } : {}),
      ...(o.history ? { history: o.history.past(at), events: o.history.events(DROPOUT_KIT_DAYS, at) } : {}),
    });
    o.history?.record(report);
    return report;
  };
  const checks = new CheckService({ engine, emit: hub.emit, ...(o.onTray ? { onTray: o.onTray } : {}) });
  const helpdesk = o.helpdesk?.(() => checks.last);
  const handlers = appHandlers({
    checks,
    settings,
    systemLang: o.systemLang,
    version: appVersion(),
    transport: o.transport,
    openExternal: o.openExternal,
    now,
    ...(o.history ? { history: o.history } : {}),
    ...(helpdesk ? { helpdesk } : {}),
    ...(o.saveFile ? { saveFile: o.saveFile } : {}),
    ...(o.openFile ? { openFile: o.openFile } : {}),
    ...(o.onSettings ? { onSettings: o.onSettings } : {}),
    ...(o.takePendingPage ? { takePendingPage: o.takePendingPage } : {}),
    ...(o.monitorState ? { monitorState: o.monitorState } : {}),
  });
  return { hub, checks, settings, handlers };
}
