import type { ProxyMode } from './types.js';

/** The settings that decide the mode, each already read from the OS. */
export interface ModeInputs {
  readonly pacUrl: string | null;
  readonly manual: boolean;
  readonly autoDetect: boolean;
  /** False when no setting could be read at all: the mode is then unknown, not direct. */
  readonly anyRead: boolean;
}

/**
 * One mode from settings that may all be on at once. An explicit PAC URL names the company's
 * intent most precisely, then fixed servers; WPAD is ticked by default on many machines and at
 * home usually finds nothing, so it is the mode only when nothing more specific is set.
 */
export function decideMode(m: ModeInputs): ProxyMode {
  if (m.pacUrl !== null) return 'pac';
  if (m.manual) return 'manual';
  if (m.autoDetect) return 'auto-detect';
  return m.anyRead ? 'direct' : 'unknown';
}
