import { runCheck } from '../../diagnostics/check.js';
import { runCommand } from '../../diagnostics/platform/command.js';
import { loadEffectiveConfig, resolveCheckTargets } from '../../diagnostics/config/effective-config.js';
import type { EngineRun } from './check-service.js';

/**
 * The real engine for the app: the same targets the CLI would use (a profile file if given, else
 * the managed policy and built-in defaults) and the same runCheck, in this process. The engine
 * only waits on sockets and child processes, so the event loop (and the UI) stays free.
 */
export function engineRun(profileFile: string | undefined): EngineRun {
  return async ({ quick, lang, onEvent, isp, history, events }) => {
    const targets = await resolveCheckTargets(profileFile, await loadEffectiveConfig(lang), lang);
    return runCheck({ targets, lang, quick, run: runCommand, onEvent, ...(isp ? { isp } : {}), ...(history ? { history } : {}), ...(events ? { events } : {}) });
  };
}
