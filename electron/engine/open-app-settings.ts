import { dataDir, settingsProblemText } from '../../diagnostics/config/user-data.js';
import { readMachinePolicy } from '../../diagnostics/config/effective-config.js';
import { translator, type Lang } from '../../diagnostics/i18n/translator.js';
import { fileSettings } from './settings-file.js';
import { memorySettings, type SettingsPort } from './settings-memory.js';

/**
 * The app's settings from the user's settings store under this machine's managed policy, as the
 * CLI reads them. If the store cannot be opened at all (a folder in its place, no permission) the
 * app still starts, with settings in memory (`persisted: false`, which the UI tells the user), and
 * the reason goes to `warn`.
 */
export async function openAppSettings(lang: Lang, warn: (line: string) => void): Promise<SettingsPort> {
  const t = translator(lang);
  try {
    const policy = await readMachinePolicy(lang);
    return await fileSettings({ dir: dataDir(), policy, lang, onProblem: (p) => warn(settingsProblemText(p, t)) });
  } catch (e) {
    warn(t.t('history.settingsUnreadable', { file: dataDir(), detail: e instanceof Error ? e.message : String(e) }));
    return memorySettings();
  }
}
