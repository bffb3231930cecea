import { create } from 'zustand';
import type { IspConfirmations } from '../../../diagnostics/report/isp-call-confirmations.js';

/** What the user ticked on the call page, as the form holds it (a time may be typed before the box is ticked). */
export interface CallTicks {
  readonly restart: boolean;
  /** `HH:MM` from the time field; '' when none was given. */
  readonly restartAt: string;
  readonly cable: boolean;
  readonly secondDevice: boolean;
}

export const NO_TICKS: CallTicks = { restart: false, restartAt: '', cable: false, secondDevice: false };

/** What the ticks confirm: a restart only with its time, nothing that is not ticked. */
export function confirmationsOf(t: CallTicks): IspConfirmations {
  return {
    ...(t.restart && /^\d\d:\d\d$/.test(t.restartAt) ? { restartAt: t.restartAt } : {}),
    ...(t.cable ? { cable: true } : {}),
    ...(t.secondDevice ? { secondDevice: true } : {}),
  };
}

interface CallTicksState {
  /** The check (its `startedAt`) the ticks were made for; ticks for another check are not shown or claimed. */
  readonly forCheck: string | null;
  readonly ticks: CallTicks;
  set(forCheck: string, ticks: CallTicks): void;
}

/**
 * The call page's ticks, kept while the window is open so leaving the page does not lose them,
 * and tied to one check: after a new check the page starts with nothing ticked.
 */
export const useCallTicks = create<CallTicksState>()((set) => ({
  forCheck: null,
  ticks: NO_TICKS,
  set: (forCheck, ticks) => set({ forCheck, ticks }),
}));

/** The ticks for this check: none when they were made for another one. */
export function ticksFor(s: Pick<CallTicksState, 'forCheck' | 'ticks'>, check: string): CallTicks {
  return s.forCheck === check ? s.ticks : NO_TICKS;
}
