import { runCheck } from '../../../diagnostics/check.js';
import { openCheckMemory } from '../../../diagnostics/cli/check-history.js';
import type { StoredEvent } from '../../../diagnostics/history/monitor-event-rows.js';
import { openHistory } from '../../../diagnostics/history/history-store.js';
import { translator } from '../../../diagnostics/i18n/translator.js';
import { targetsFromProfile } from '../../../diagnostics/profile/targets.js';
import type { replayProbes } from '../replay-probes.js';
import { healthy, ping, withTargets } from '../verdict/evidence-builder.js';

// A quick check that reads a seeded history as `homeline check` does (HOMELINE_HOME set by the test),
// at the end of monitor-event-fixtures.ts's week, in UTC.
export const SEEDED_NOW = new Date('2026-11-23T19:30:00Z');
const targets = targetsFromProfile({ internet: { pingTargets: ['203.0.113.10'] } }, 'profile');
/** Replayed probes of a line that loses a quarter of its packets beyond a clean router. */
export const ispLoss = withTargets(healthy(), [ping('203.0.113.10', 1500, 1050, 24), ping('203.0.113.11', 1500, 1050, 26)]);

/** Writes monitor events into the history in `dir`. */
export function seedEvents(dir: string, events: readonly StoredEvent[]): void {
  const store = openHistory({ dir, now: () => SEEDED_NOW });
  for (const e of events) store.addEvent(e);
  store.close();
}

/** A quick check over replayed probes, with the history's checks and events, as the CLI runs it. */
export async function seededCheck(probes: ReturnType<typeof replayProbes>, lang: 'en' | 'de' | 'sv' = 'en') {
  const memory = await openCheckMemory(true, translator(lang), () => undefined, SEEDED_NOW);
  const report = await runCheck({ targets, lang, quick: true, os: 'linux', probes, now: () => SEEDED_NOW, timeZone: 'UTC', history: memory.past, events: memory.events });
  memory.close();
  return report;
}
