import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { UiLang } from '../ipc/contract.js';
import { appHandlers, type AppHandlerPorts } from '../ipc/app-handlers.js';
import type { Handlers } from '../ipc/dispatch.js';
import type { TrayState } from '../tray/tray-state.js';
import { CheckService, type EngineRun } from './check-service.js';
import { createEventHub, type EventHub } from './event-hub.js';
import { memorySettings, type SettingsPort } from './settings-memory.js';

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
  /** The settings store (settings-file.ts); in memory when not given (tests). */
  readonly settings?: SettingsPort;
}): AppCore {
  const hub = createEventHub();
  const settings = o.settings ?? memorySettings();
  // Every check, whoever starts it (window, tray, background), cites the user's line details.
  const engine: EngineRun = (run) => {
    const isp = settings.isp();
    return o.engine({ ...run, ...(isp ? { isp } : {}) });
  };
  const checks = new CheckService({ engine, emit: hub.emit, ...(o.onTray ? { onTray: o.onTray } : {}) });
  const handlers = appHandlers({
    checks,
    settings,
    systemLang: o.systemLang,
    version: appVersion(),
    transport: o.transport,
    openExternal: o.openExternal,
    ...(o.onSettings ? { onSettings: o.onSettings } : {}),
    ...(o.takePendingPage ? { takePendingPage: o.takePendingPage } : {}),
  });
  return { hub, checks, settings, handlers };
}
