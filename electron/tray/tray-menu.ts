import type { TrayState } from './tray-state.js';

/** What a tray menu item does. */
export type TrayAction = 'check' | 'open' | 'isp' | 'helpdesk' | 'quit';

/** One tray menu line as data; setup/tray.ts turns it into Electron's Menu. */
export type TrayMenuItem =
  | { readonly kind: 'status'; readonly label: string }
  | { readonly kind: 'separator' }
  | { readonly kind: 'action'; readonly action: TrayAction; readonly label: string; readonly enabled: boolean };

/**
 * The tray menu for a state: the status line, then Check my connection (off while a check runs),
 * Open, Call my ISP, Contact help desk, and Quit.
 */
export function trayMenu(state: TrayState, t: (key: string) => string): readonly TrayMenuItem[] {
  const status = state.checking ? t('app.level.checking') : t(`app.level.${state.level}`);
  return [
    { kind: 'status', label: status },
    { kind: 'separator' },
    { kind: 'action', action: 'check', label: t('app.tray.check'), enabled: !state.checking },
    { kind: 'action', action: 'open', label: t('app.tray.open'), enabled: true },
    { kind: 'action', action: 'isp', label: t('app.tray.callIsp'), enabled: true },
    { kind: 'action', action: 'helpdesk', label: t('app.tray.helpdesk'), enabled: true },
    { kind: 'separator' },
    { kind: 'action', action: 'quit', label: t('app.tray.quit'), enabled: true },
  ];
}
