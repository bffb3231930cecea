import { BrowserWindow, nativeTheme } from 'electron';
import { fileURLToPath } from 'node:url';
import type { AppEvent, TrayPage } from '../ipc/contract.js';
import { broadcast } from '../ipc/ipc-main-bridge.js';
import type { TrustedSenders } from '../ipc/trusted-sender.js';
import { mainWindowOptions } from '../window/window-options.js';

/** The one main window: created on demand from the tray, hidden (not destroyed) on close. */
export interface AppWindow {
  show(): void;
  /** Shows the window on one page (from the tray menu), also when the window is still loading. */
  showPage(page: TrayPage): void;
  send(event: AppEvent): void;
  /** The page asked for while the UI was loading; the UI takes it once it listens. */
  takePendingPage(): TrayPage | null;
  /** Resolves once the window (created by show()) has loaded the UI; rejects if the load failed. */
  loaded(): Promise<void>;
}

/** The built UI and the preload, next to the compiled main process. */
export const RENDERER_INDEX = fileURLToPath(new URL('../../ui/index.html', import.meta.url));
const PRELOAD = fileURLToPath(new URL('../preload.cjs', import.meta.url));

export function setupAppWindow(o: { trusted: TrustedSenders; devTools: boolean; isQuitting: () => boolean }): AppWindow {
  let win: BrowserWindow | null = null;
  let pendingPage: TrayPage | null = null;
  let markLoaded: () => void = () => undefined;
  let markFailed: (e: Error) => void = () => undefined;
  const loaded = new Promise<void>((resolve, reject) => {
    markLoaded = resolve;
    markFailed = reject;
  });
  // Only the smoke run waits on this; a rejection nobody awaits must not end the app.
  loaded.catch(() => undefined);
  const create = (): BrowserWindow => {
    const w = new BrowserWindow(
      mainWindowOptions({ preload: PRELOAD, devTools: o.devTools, dark: nativeTheme.shouldUseDarkColors }),
    );
    const id = w.webContents.id;
    o.trusted.add(id);
    w.once('ready-to-show', () => w.show());
    // Closing the window keeps Homeline in the tray; Quit in the tray menu really quits.
    w.on('close', (e) => {
      if (!o.isQuitting()) {
        e.preventDefault();
        w.hide();
      }
    });
    w.on('closed', () => {
      o.trusted.remove(id);
      win = null;
    });
    w.webContents.once('did-finish-load', () => markLoaded());
    w.webContents.once('did-fail-load', (_e: unknown, code: number, description: string) => markFailed(new Error(`the UI did not load: ${description} (${code})`)));
    void w.loadFile(RENDERER_INDEX);
    return w;
  };
  return {
    show() {
      win ??= create();
      if (win.isMinimized()) win.restore();
      win.show();
      win.focus();
    },
    showPage(page) {
      this.show();
      // A window created just now has no UI listening yet: it asks for this page once it does.
      if (win!.webContents.isLoading()) pendingPage = page;
      else this.send({ type: 'navigate', page });
    },
    loaded: () => loaded,
    takePendingPage() {
      const page = pendingPage;
      pendingPage = null;
      return page;
    },
    send(event) {
      if (win && !win.isDestroyed()) {
        const contents = win.webContents;
        broadcast([{ webContentsId: contents.id, send: (channel, payload) => contents.send(channel, payload) }], event);
      }
    },
  };
}
