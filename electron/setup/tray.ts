import { Menu, Tray, nativeImage, type MenuItemConstructorOptions } from 'electron';
import { trayIconPng } from '../tray/tray-icons.js';
import { trayMenu, type TrayAction } from '../tray/tray-menu.js';
import { trayIconName, type TrayState } from '../tray/tray-state.js';

/** The tray icon: its picture and menu follow the tray state. */
export interface AppTray {
  update(state: TrayState): void;
  /** The connection monitor's state changed: the tooltip and menu say it again. */
  refresh(): void;
}

export function setupTray(o: {
  t: () => (key: string) => string;
  onAction: (a: TrayAction) => void;
  initial: TrayState;
  /** The monitor's line (watching, paused, off, dropping now), shown under the check's status. */
  monitorLine: () => string;
  /** The icon as the monitor would show it (a drop-out going on at least 'degraded'). */
  monitorIcon: (icon: ReturnType<typeof trayIconName>) => ReturnType<typeof trayIconName>;
}): AppTray {
  let last = o.initial;
  const tray = new Tray(nativeImage.createFromBuffer(trayIconPng(trayIconName(o.initial))));
  const update = (state: TrayState): void => {
    last = state;
    const t = o.t();
    const watch = o.monitorLine();
    tray.setImage(nativeImage.createFromBuffer(trayIconPng(o.monitorIcon(trayIconName(state)))));
    const status = state.checking ? t('app.level.checking') : t(`app.level.${state.level}`);
    tray.setToolTip(`${t('app.tray.tooltip').replace('{{state}}', status)}\n${watch}`);
    const items = trayMenu(state, t);
    // The monitor's line goes right under the check's status line.
    const withWatch = [items[0]!, { kind: 'status' as const, label: watch }, ...items.slice(1)];
    const template: MenuItemConstructorOptions[] = withWatch.map((item) =>
      item.kind === 'separator'
        ? { type: 'separator' }
        : item.kind === 'status'
          ? { label: item.label, enabled: false }
          : { label: item.label, enabled: item.enabled, click: () => o.onAction(item.action) },
    );
    tray.setContextMenu(Menu.buildFromTemplate(template));
  };
  tray.on('click', () => o.onAction('open'));
  update(o.initial);
  return { update, refresh: () => update(last) };
}
