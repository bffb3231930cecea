import type { IspSettings } from '../../diagnostics/settings/user-settings.js';
import type { SettingKey, Settings } from '../ipc/contract.js';

/** Where the app keeps the user's settings; `persisted` says whether they survive a restart. */
export interface SettingsPort {
  readonly persisted: boolean;
  get(): Settings;
  /** The settings managed policy sets or does not let the user change. */
  locked(): readonly SettingKey[];
  /** Applies a change; a change to a locked setting is refused (rejects), nothing is written then. */
  set(patch: Partial<Settings>): Promise<Settings>;
  /** The user's line details as the engine's call kit takes them (undefined: none entered). */
  isp(): IspSettings | undefined;
  /** Reads the store again: the CLI (`homeline isp set`) may have changed it while the app ran. */
  refresh(): Promise<void>;
}

/** What a new user starts with: the system language, nothing about their contract yet. */
export const DEFAULT_SETTINGS: Settings = {
  lang: 'system',
  ispName: '',
  contractDownMbps: null,
  contractUpMbps: null,
  customerNumber: '',
  lineId: '',
  startAtLogin: false,
  backgroundChecks: true,
  monitor: true,
};

/** The app's ISP fields as the settings store's `isp` (empty fields left out). */
export function ispOf(s: Settings): IspSettings | undefined {
  const isp: IspSettings = {
    ...(s.ispName.trim() ? { name: s.ispName.trim() } : {}),
    ...(s.contractDownMbps !== null ? { contractDownMbps: s.contractDownMbps } : {}),
    ...(s.contractUpMbps !== null ? { contractUpMbps: s.contractUpMbps } : {}),
    ...(s.customerNumber.trim() ? { customerNumber: s.customerNumber.trim() } : {}),
    ...(s.lineId.trim() ? { lineId: s.lineId.trim() } : {}),
  };
  return Object.keys(isp).length > 0 ? isp : undefined;
}

/**
 * Settings held for as long as the app runs, for tests and for when the settings folder cannot
 * be used at all: `persisted: false` makes the UI tell the user. Nothing is locked here.
 */
export function memorySettings(initial: Settings = DEFAULT_SETTINGS): SettingsPort {
  let current = initial;
  return {
    persisted: false,
    get: () => current,
    locked: () => [],
    set(patch) {
      current = { ...current, ...patch };
      return Promise.resolve(current);
    },
    isp: () => ispOf(current),
    refresh: () => Promise.resolve(),
  };
}
