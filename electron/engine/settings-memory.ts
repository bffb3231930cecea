import type { Settings } from '../ipc/contract.js';

/** Where the app keeps the user's settings; `persisted` says whether they survive a restart. */
export interface SettingsPort {
  readonly persisted: boolean;
  get(): Settings;
  set(patch: Partial<Settings>): Settings;
}

/** What a new user starts with: the system language, nothing about their contract yet. */
export const DEFAULT_SETTINGS: Settings = {
  lang: 'system',
  ispName: '',
  contractDownMbps: null,
  contractUpMbps: null,
  startAtLogin: false,
  backgroundChecks: true,
};

/**
 * Settings held for as long as the app runs. There is no settings store on disk in this version,
 * so this says `persisted: false` and the UI tells the user; a file-backed port replaces it later.
 */
export function memorySettings(initial: Settings = DEFAULT_SETTINGS): SettingsPort {
  let current = initial;
  return {
    persisted: false,
    get: () => current,
    set(patch) {
      current = { ...current, ...patch };
      return current;
    },
  };
}
