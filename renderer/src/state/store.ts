import { create } from 'zustand';
import type { Report } from '../../../diagnostics/schema/report.js';
import type { AppEvent, MonitorStateView, SettingKey, Settings, TrayLevel, UiLang } from '../../../electron/ipc/contract.js';
import type { ProbeProgress } from '../model/steps.js';

/** The pages of the window. */
export const PAGES = ['check', 'isp', 'helpdesk', 'dropouts', 'history', 'bundle', 'settings'] as const;
export type Page = (typeof PAGES)[number];

/** Where the current (or last) check stands. */
export type CheckPhase = 'idle' | 'running' | 'done' | 'failed';

export interface UiState {
  readonly page: Page;
  readonly systemLang: UiLang;
  readonly settings: Settings | null;
  readonly settingsPersisted: boolean;
  /** The settings managed policy locks: shown, not editable. */
  readonly settingsLocked: readonly SettingKey[];
  readonly version: string;
  readonly transport: 'electron' | 'browser';
  readonly phase: CheckPhase;
  readonly progress: ReadonlyMap<string, ProbeProgress>;
  readonly report: Report | null;
  readonly level: TrayLevel;
  readonly error: string | null;
  /** Why the UI could not load what the main process knows (it cannot work without it). */
  readonly loadError: string | null;
  /** The connection monitor's last pushed state (null until main sends one; the browser transport never does). */
  readonly monitor: MonitorStateView | null;
  setLoadError(message: string): void;
  setPage(page: Page): void;
  setSettings(settings: Settings, persisted: boolean, locked: readonly SettingKey[]): void;
  setInfo(info: { version: string; systemLang: UiLang; transport: 'electron' | 'browser' }): void;
  setLast(report: Report | null, level: TrayLevel, running: boolean): void;
  apply(event: AppEvent): void;
}

/** The language the UI shows: the user's choice, else the system's. */
export function uiLang(s: Pick<UiState, 'settings' | 'systemLang'>): UiLang {
  return !s.settings || s.settings.lang === 'system' ? s.systemLang : s.settings.lang;
}

/** The one store of the UI. Events from the main process are its only source of check progress. */
export const useUi = create<UiState>()((set) => ({
  page: 'check',
  systemLang: 'en',
  settings: null,
  settingsPersisted: false,
  settingsLocked: [],
  version: '',
  transport: 'browser',
  phase: 'idle',
  progress: new Map(),
  report: null,
  level: 'unknown',
  error: null,
  loadError: null,
  monitor: null,
  setLoadError: (loadError) => set({ loadError }),
  setPage: (page) => set({ page }),
  setSettings: (settings, settingsPersisted, settingsLocked) => set({ settings, settingsPersisted, settingsLocked }),
  setInfo: (info) => set(info),
  setLast: (report, level, running) =>
    set(running ? { report, level, phase: 'running' } : { report, level, phase: report ? 'done' : 'idle' }),
  apply: (event) =>
    set((s): Partial<UiState> => {
      switch (event.type) {
        case 'check-started':
          return { phase: 'running', progress: new Map(), error: null };
        case 'probe-started':
          return { progress: new Map(s.progress).set(event.id, { state: 'running' }) };
        case 'probe-finished':
          return { progress: new Map(s.progress).set(event.id, { state: 'done', status: event.status }) };
        case 'check-finished':
          return { phase: 'done', report: event.report, level: event.level };
        case 'check-failed':
          return { phase: 'failed', error: event.message };
        case 'navigate':
          return { page: event.page };
        case 'monitor-state':
          return { monitor: event.state };
      }
    }),
}));
