import type { HistoryNotice, HistoryStore } from '../history/history-store.js';
import { DEFAULT_RETENTION_DAYS, openHistory } from '../history/history-store.js';
import type { Translator } from '../i18n/translator.js';
import { homelineDataDir } from '../platform/app-dirs.js';
import { currentOs } from '../platform/os-kind.js';
import { join } from 'node:path';
import { EMPTY_SETTINGS, loadUserSettings, SETTINGS_FILE, type LoadedSettings, type SettingsProblem } from '../settings/user-settings.js';

/** This user's data folder (history, settings). */
export const dataDir = (): string => homelineDataDir(currentOs() ?? 'linux');

/** A history notice in the user's language. */
export function historyNoticeText(n: HistoryNotice, t: Translator): string {
  return n.kind === 'corrupt' ? t.t('history.corrupt', { file: n.file, movedTo: n.movedTo }) : t.t(`history.${n.kind}`, { file: n.file, detail: n.detail });
}

export const settingsProblemText = (p: SettingsProblem, t: Translator): string =>
  t.t('history.settingsBroken', { file: p.file, detail: p.detail, keptAt: p.keptAt });

/** The user's settings; a broken file is reported on `warn` and defaults apply. */
export async function userSettings(dir: string, t: Translator, warn: (s: string) => void): Promise<LoadedSettings> {
  try {
    const loaded = await loadUserSettings(dir);
    if (loaded.problem) warn(settingsProblemText(loaded.problem, t));
    return loaded;
  } catch (e) {
    // Unreadable (permissions, a folder in its place): say so, keep the file, carry on with defaults.
    const file = join(dir, SETTINGS_FILE);
    warn(t.t('history.settingsUnreadable', { file, detail: e instanceof Error ? e.message : String(e) }));
    return { settings: EMPTY_SETTINGS, problem: null };
  }
}

/** Opens the history with the user's retention; its notice, if any, goes to `warn`. */
export function userHistory(dir: string, settings: LoadedSettings, t: Translator, warn: (s: string) => void): HistoryStore {
  const store = openHistory({ dir, retentionDays: settings.settings.historyRetentionDays ?? DEFAULT_RETENTION_DAYS });
  if (store.notice) warn(historyNoticeText(store.notice, t));
  return store;
}
