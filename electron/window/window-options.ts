/** The webPreferences that keep the UI away from Node and Electron (a subset of Electron's type). */
export interface SecureWebPreferences {
  readonly preload: string;
  readonly contextIsolation: true;
  readonly sandbox: true;
  readonly nodeIntegration: false;
  readonly nodeIntegrationInWorker: false;
  readonly nodeIntegrationInSubFrames: false;
  readonly webSecurity: true;
  readonly allowRunningInsecureContent: false;
  readonly webviewTag: false;
  readonly experimentalFeatures: false;
  readonly spellcheck: false;
  /** Middle-click (auxclick) opens links in new windows; the window-open handler denies them anyway, this stops the event at the source. */
  readonly disableBlinkFeatures: 'Auxclick';
  readonly devTools: boolean;
}

/** The main window's options: a calm, resizable window, hidden until its first paint. */
export interface MainWindowOptions {
  readonly width: number;
  readonly height: number;
  readonly minWidth: number;
  readonly minHeight: number;
  readonly show: false;
  readonly title: string;
  readonly backgroundColor: string;
  readonly autoHideMenuBar: true;
  readonly webPreferences: SecureWebPreferences;
}

/**
 * Builds the main window's options. Every security switch is spelled out, not left to Electron's
 * defaults, so a future default change or a careless edit shows up in the test that asserts them.
 */
export function mainWindowOptions(o: { preload: string; devTools: boolean; dark: boolean }): MainWindowOptions {
  return {
    width: 880,
    height: 720,
    minWidth: 420,
    minHeight: 480,
    show: false,
    title: 'Homeline',
    backgroundColor: o.dark ? '#14181d' : '#f6f7f9',
    autoHideMenuBar: true,
    webPreferences: {
      preload: o.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: o.devTools,
    },
  };
}
