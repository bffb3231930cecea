import { app, dialog, ipcMain, safeStorage, shell } from 'electron';
import { writeFileAtomic } from '../diagnostics/platform/atomic-write.js';
import { pathToFileURL } from 'node:url';
import { basename, dirname } from 'node:path';
import { translator } from '../diagnostics/i18n/translator.js';
import { createAppCore } from './engine/app-core.js';
import { engineRun } from './engine/engine-run.js';
import { dataDir } from '../diagnostics/config/user-data.js';
import { scheduleOutbox, type OutboxScheduler } from '../diagnostics/tickets/outbox/outbox-scheduler.js';
import { helpdeskPorts } from './engine/helpdesk-runtime.js';
import { HelpdeskService } from './engine/helpdesk-service.js';
import { safeStorageSecretStore } from './secrets/safe-storage-secret-store.js';
import { openAppHistory } from './engine/app-history.js';
import { openAppSettings } from './engine/open-app-settings.js';
import { effectiveLang } from './ipc/app-handlers.js';
import { uiLangSchema, type UiLang } from './ipc/contract.js';
import { MONITOR_OFF } from './monitor/monitor-state.js';
import { monitorStateView } from './monitor/timeline-entries.js';
import { registerIpc, type IpcMainPort } from './ipc/ipc-main-bridge.js';
import { TrustedSenders } from './ipc/trusted-sender.js';
import { setupAppWindow, RENDERER_INDEX, type AppWindow } from './setup/app-window.js';
import { setupBackground } from './setup/background.js';
import type { MonitorService } from './monitor/monitor-service.js';
import { iconWithMonitor, monitorTrayLine } from './monitor/monitor-words.js';
import type { BackgroundScheduler } from './background/scheduler.js';
import { setupTray, type AppTray } from './setup/tray.js';
import { setupWebContentsGuard } from './setup/web-contents-guard.js';
import { isExternalWebUrl } from './window/navigation-guard.js';
import { dispatch } from './ipc/dispatch.js';
import { isSmokeRun, runSmoke } from './smoke/smoke-run.js';

// The tray app's main process: one instance, a tray icon, a window on demand, background checks.
// Each feature sets itself up in its own module; this file only puts them in order.

/** The argument a login start carries, so the app stays in the tray then. */
const START_HIDDEN = '--start-hidden';

/** Electron's locale ("de-AT", "sv") as a language Homeline speaks, else English. */
function localeLang(locale: string): UiLang {
  const parsed = uiLangSchema.safeParse(locale.slice(0, 2).toLowerCase());
  return parsed.success ? parsed.data : 'en';
}

/** ipcMain reduced to the sender facts the bridge checks. */
const ipcPort: IpcMainPort = {
  handle: (channel, listener) =>
    ipcMain.handle(channel, (event, ...args) =>
      listener(
        {
          webContentsId: event.sender.id,
          frameUrl: event.senderFrame?.url ?? null,
          isMainFrame: event.senderFrame !== null && event.senderFrame === event.sender.mainFrame,
        },
        ...args,
      ),
    ),
};

async function onReady(): Promise<void> {
  let quitting = false;
  // Set up below; the core calls back into them only once a check or a settings change happens.
  let tray: AppTray | undefined;
  let background: BackgroundScheduler | undefined;
  let monitor: MonitorService | undefined;
  let win: AppWindow | undefined;
  const appUrlPrefix = `${pathToFileURL(dirname(RENDERER_INDEX)).href}/`;
  setupWebContentsGuard(appUrlPrefix);
  const trusted = new TrustedSenders(appUrlPrefix);
  const systemLang = localeLang(app.getLocale());
  const warn = (line: string): void => console.error(`homeline: ${line}`);
  const settings = await openAppSettings(systemLang, warn);
  const history = await openAppHistory(systemLang, warn);
  let outboxLoop: OutboxScheduler | undefined;
  const core = createAppCore({
    settings,
    history,
    helpdesk: (lastReport) => {
      const ports = helpdeskPorts({ lang: () => effectiveLang(settings.get(), systemLang), lastReport, profileFile: process.env.HOMELINE_PROFILE, history, secrets: safeStorageSecretStore(safeStorage, dataDir()) });
      // Tickets that could not go out at once (no network, help desk down) are retried while the app runs.
      outboxLoop = scheduleOutbox(ports.outbox, globalThis, (e) => warn(`outbox: ${e instanceof Error ? e.message : String(e)}`));
      return new HelpdeskService(ports);
    },
    saveFile: async (fileName, bytes) => {
      const chosen = await dialog.showSaveDialog({ defaultPath: fileName, filters: [{ name: 'Homeline', extensions: ['homeline'] }] });
      if (chosen.canceled || !chosen.filePath) return null;
      await writeFileAtomic(chosen.filePath, bytes, { mode: 0o666 });
      return chosen.filePath;
    },
    openFile: async () => {
      const chosen = await dialog.showOpenDialog({ properties: ['openFile'], filters: [{ name: 'Homeline', extensions: ['homeline', 'zip'] }] });
      const file = chosen.canceled ? undefined : chosen.filePaths[0];
      return file ? { name: basename(file), path: file } : null;
    },
    // HOMELINE_PROFILE names a profile file, as --profile does for the CLI; else policy and defaults.
    engine: engineRun(process.env.HOMELINE_PROFILE),
    systemLang,
    transport: 'electron',
    openExternal: async (url) => {
      if (!isExternalWebUrl(url)) return false;
      await shell.openExternal(url);
      return true;
    },
    onTray: (state) => tray?.update(state),
    takePendingPage: () => win?.takePendingPage() ?? null,
    monitorState: () => monitor?.state ?? MONITOR_OFF,
    onSettings: (s) => {
      // macOS reports a login start itself; Windows passes this argument back to us.
      app.setLoginItemSettings({ openAtLogin: s.startAtLogin, args: [START_HIDDEN] });
      if (s.backgroundChecks) background?.start();
      else background?.stop();
      if (s.monitor) monitor?.start();
      else void monitor?.stop();
    },
  });
  const lang = (): UiLang => effectiveLang(core.settings.get(), systemLang);
  const t = (): ((key: string) => string) => {
    const tr = translator(lang());
    return (key) => tr.t(key);
  };
  registerIpc(ipcPort, trusted, core.handlers);
  const shown = setupAppWindow({ trusted, devTools: !app.isPackaged, isQuitting: () => quitting });
  win = shown;
  core.hub.subscribe((event) => shown.send(event));
  tray = setupTray({
    t,
    initial: core.checks.tray,
    monitorLine: () => monitorTrayLine(monitor?.state ?? MONITOR_OFF, t()),
    monitorIcon: (icon) => iconWithMonitor(icon, monitor?.state ?? MONITOR_OFF),
    onAction: (action) => {
      switch (action) {
        case 'check':
          shown.show();
          core.checks.run({ quick: true, lang: lang(), background: false }).catch(() => undefined);
          return;
        case 'open':
          shown.show();
          return;
        case 'isp':
        case 'helpdesk':
          shown.showPage(action);
          return;
        case 'quit':
          quitting = true;
          app.quit();
          return;
      }
    },
  });
  if (isSmokeRun(process.argv)) {
    // CI's smoke run: open, load the UI, one check through the contract, quit with the result.
    // No background checks and no login item: the run must leave the machine as it found it.
    shown.show();
    const code = await runSmoke({ rendererLoaded: () => shown.loaded(), invoke: (channel, request) => dispatch(core.handlers, channel, request), print: (line) => console.log(line) });
    quitting = true;
    history.close();
    outboxLoop?.stop();
    app.exit(code);
    return;
  }
  background = setupBackground({ checks: core.checks, lang, t, onNotificationClick: () => shown.show() });
  if (core.settings.get().backgroundChecks) background.start();
  app.on('second-instance', () => shown.show());
  app.on('before-quit', () => {
    quitting = true;
    background?.stop();
    // Events already seen were kept as they ended; the run's open ones are kept before history closes.
    void (monitor?.stop() ?? Promise.resolve()).finally(() => history.close());
    outboxLoop?.stop();
  });
  // Started at login: stay in the tray. Started by the user: show the window.
  const atLogin = app.getLoginItemSettings().wasOpenedAtLogin || process.argv.includes(START_HIDDEN);
  if (!atLogin) shown.show();
  // The connection monitor (issue #17): drop-outs into history, a snapshot check of the moment
  // (recorded like any check), one notice when the line keeps dropping. Loaded after the window
  // is up, not at the top: the monitor's engine modules need not slow the first show.
  const startMonitor = async (): Promise<void> => {
    const { setupMonitor } = await import('./setup/monitor.js');
    if (quitting) return;
    monitor = setupMonitor({
      history,
      lang,
      t,
      profileFile: process.env.HOMELINE_PROFILE,
      snapshot: async () => {
        const { raw: _raw, ...report } = (await core.checks.run({ quick: true, lang: lang(), background: true })).report;
        return report;
      },
      onState: (s) => {
        tray?.refresh();
        core.hub.emit({ type: 'monitor-state', state: monitorStateView(s) });
      },
      onNotificationClick: () => shown.showPage('dropouts'),
      warn,
    });
    if (core.settings.get().monitor) monitor.start();
  };
  startMonitor().catch((e: unknown) => warn(`monitor: cannot start: ${e instanceof Error ? e.message : String(e)}`));
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Keep running in the tray when the window closes.
  app.on('window-all-closed', () => undefined);
  app.whenReady().then(onReady).catch((e: unknown) => {
    console.error('homeline: cannot start:', e);
    app.exit(1);
  });
}
