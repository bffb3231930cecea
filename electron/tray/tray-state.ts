import type { TrayLevel } from '../ipc/contract.js';

/** What the tray shows: the last result's level, and whether a check is running right now. */
export interface TrayState {
  readonly level: TrayLevel;
  readonly checking: boolean;
  /** When the level was last set by a finished check (ISO time), null before the first. */
  readonly checkedAt: string | null;
}

/** What can happen to the tray. */
export type TrayInput =
  | { readonly type: 'check-started' }
  | { readonly type: 'check-finished'; readonly level: Exclude<TrayLevel, 'unknown'>; readonly at: string }
  | { readonly type: 'check-failed' };

export const INITIAL_TRAY: TrayState = { level: 'unknown', checking: false, checkedAt: null };

/**
 * The tray's state machine. A running check keeps the last level underneath (so the icon can
 * fall back to it); a check that fails to run leaves the last level as it was, because a crash of
 * the checker says nothing about the connection.
 */
export function nextTray(state: TrayState, input: TrayInput): TrayState {
  switch (input.type) {
    case 'check-started':
      return { ...state, checking: true };
    case 'check-finished':
      return { level: input.level, checking: false, checkedAt: input.at };
    case 'check-failed':
      return { ...state, checking: false };
  }
}

/** The icon to show: `checking` wins while a check runs, then the last level. */
export function trayIconName(state: TrayState): 'checking' | TrayLevel {
  return state.checking ? 'checking' : state.level;
}
