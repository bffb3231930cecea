import type { Lang } from '../../diagnostics/i18n/translator.js';
import { effectiveSettings, type Effective } from '../../diagnostics/policy/effective-settings.js';
import type { ValidatedPolicy } from '../../diagnostics/policy/validate-policy.js';
import { EMPTY_SETTINGS, loadUserSettings, saveUserSettings, type LoadedSettings, type UserSettings } from '../../diagnostics/settings/user-settings.js';
import type { SettingKey, Settings } from '../ipc/contract.js';
import { DEFAULT_SETTINGS, ispOf, type SettingsPort } from './settings-memory.js';

// The app's settings kept in the user-settings store (settings.json under homelineDataDir()), the
// same file the CLI reads: the ISP details in `isp`, the settings managed policy may also set
// (language, start at login, background checks) in `preferences` by policy key. Policy's
// precedence and locks come from policy/effective-settings.ts, so the app and the CLI agree.

/** Minutes between background checks when the user turns them on (policy's 0 means off). */
export const BACKGROUND_MINUTES_ON = 30;

/** The app's settings that are policy keys, with the policy key each one is stored under. */
const POLICY_BACKED: Readonly<Partial<Record<SettingKey, 'language' | 'startAtLogin' | 'backgroundCheckMinutes' | 'monitorEnabled'>>> = {
  lang: 'language',
  startAtLogin: 'startAtLogin',
  backgroundChecks: 'backgroundCheckMinutes',
  monitor: 'monitorEnabled',
};

/** The settings the app shows: the user's store with policy's values and locks laid over it. */
export function appSettingsOf(user: UserSettings, e: Effective): { settings: Settings; locked: SettingKey[] } {
  const s = e.settings;
  // A setting nobody chose keeps the app's own default (background checks on), unless policy
  // locks it, when the policy default is what applies.
  const chosen = (locked: boolean, source: string): boolean => locked || source !== 'default';
  const language = s.language;
  const login = s.startAtLogin;
  const minutes = s.backgroundCheckMinutes;
  const monitor = s.monitorEnabled;
  const settings: Settings = {
    lang: chosen(language.locked, language.source) && language.value !== undefined && language.value !== 'auto' ? language.value : 'system',
    ispName: user.isp?.name ?? '',
    contractDownMbps: user.isp?.contractDownMbps ?? null,
    contractUpMbps: user.isp?.contractUpMbps ?? null,
    customerNumber: user.isp?.customerNumber ?? '',
    lineId: user.isp?.lineId ?? '',
    startAtLogin: chosen(login.locked, login.source) ? login.value === true : DEFAULT_SETTINGS.startAtLogin,
    backgroundChecks: chosen(minutes.locked, minutes.source) ? (minutes.value ?? 0) > 0 : DEFAULT_SETTINGS.backgroundChecks,
    monitor: chosen(monitor.locked, monitor.source) ? monitor.value !== false : DEFAULT_SETTINGS.monitor,
  };
  const locked = (Object.keys(POLICY_BACKED) as SettingKey[]).filter((k) => s[POLICY_BACKED[k]!].locked);
  return { settings, locked };
}

/** The store with the app's change applied: ISP fields into `isp`, the rest into `preferences`. */
export function withPatch(user: UserSettings, current: Settings, patch: Partial<Settings>): UserSettings {
  const next: Settings = { ...current, ...patch };
  const isp = ispOf(next);
  const prefs: Record<string, unknown> = { ...user.preferences };
  if (patch.lang !== undefined) prefs.language = patch.lang === 'system' ? 'auto' : patch.lang;
  if (patch.startAtLogin !== undefined) prefs.startAtLogin = patch.startAtLogin;
  if (patch.monitor !== undefined) prefs.monitorEnabled = patch.monitor;
  if (patch.backgroundChecks !== undefined) {
    const before = typeof prefs.backgroundCheckMinutes === 'number' ? prefs.backgroundCheckMinutes : 0;
    prefs.backgroundCheckMinutes = patch.backgroundChecks ? (before > 0 ? before : BACKGROUND_MINUTES_ON) : 0;
  }
  const { isp: _oldIsp, preferences: _oldPrefs, ...rest } = user;
  return { ...rest, ...(isp ? { isp } : {}), ...(Object.keys(prefs).length > 0 ? { preferences: prefs } : {}) };
}

/** A change to a setting policy locks: refused, naming the setting. */
export class LockedSettingError extends Error {
  constructor(readonly keys: readonly SettingKey[]) {
    super(`set by your organisation's policy and cannot be changed here: ${keys.join(', ')}`);
    this.name = 'LockedSettingError';
  }
}

/**
 * Opens the settings store in `dir` under `policy`. A broken file was moved aside by the store
 * (LoadedSettings.problem) and defaults apply; `onProblem` hears about it so the app can say so.
 */
export async function fileSettings(o: {
  readonly dir: string;
  readonly policy: ValidatedPolicy;
  readonly lang: Lang;
  readonly onProblem?: (p: NonNullable<LoadedSettings['problem']>) => void;
}): Promise<SettingsPort> {
  let user: UserSettings = EMPTY_SETTINGS;
  const view = (): ReturnType<typeof appSettingsOf> => appSettingsOf(user, effectiveSettings(o.policy, user.preferences ?? {}, o.lang));
  let current = view();
  const reload = async (): Promise<void> => {
    const loaded = await loadUserSettings(o.dir);
    if (loaded.problem) o.onProblem?.(loaded.problem);
    user = loaded.settings;
    current = view();
  };
  await reload();
  return {
    persisted: true,
    get: () => current.settings,
    locked: () => current.locked,
    refresh: reload,
    async set(patch) {
      // Read, change, write: what the CLI stored meanwhile (retention, ISP details) is kept.
      await reload();
      const refused = current.locked.filter((k) => Object.hasOwn(patch, k) && patch[k] !== current.settings[k]);
      if (refused.length > 0) throw new LockedSettingError(refused);
      const next = withPatch(user, current.settings, patch);
      // Written first: if the disk refuses, the app keeps showing what is really stored.
      await saveUserSettings(o.dir, next);
      user = next;
      current = view();
      return current.settings;
    },
    isp: () => ispOf(current.settings),
  };
}
