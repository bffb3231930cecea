import { DROPOUT_KIT_DAYS, recentDropouts } from '../history/dropout-summary.js';
import type { StoredEvent } from '../history/monitor-event-rows.js';
import type { Translator } from '../i18n/translator.js';
import type { Report } from '../schema/report.js';
import { SEGMENT_ORDER } from '../monitor/types.js';

/** At most this many monitor events ride along in a report (and so in a bundle): the newest. */
export const REPORT_MAX_EVENTS = 500;

/** The monitor events a report carries: those of the `days` (7) before the check, newest 500, with ISO times. */
export function reportEvents(events: readonly StoredEvent[], now: Date, days = DROPOUT_KIT_DAYS): NonNullable<Report['monitorEvents']> {
  const from = now.getTime() - days * 86_400_000;
  return events
    .filter((e) => e.start >= from && e.start <= now.getTime())
    .sort((a, b) => a.start - b.start)
    .slice(-REPORT_MAX_EVENTS)
    .map((e) => ({
      kind: e.kind,
      segment: e.segment,
      start: new Date(e.start).toISOString(),
      end: new Date(e.end).toISOString(),
      seconds: Math.round(e.end - e.start) / 1000,
      targets: [...e.targets],
      lossPct: e.lossPct,
      medianRttMs: e.medianRttMs,
      providerHopSilent: e.providerHopSilent,
      ...(e.snapshot
        ? { snapshot: { startedAt: e.snapshot.startedAt, segment: e.snapshot.verdict.segment, headline: e.snapshot.verdict.headline, findingIds: e.snapshot.findings.map((f) => f.id) } }
        : {}),
    }));
}

const localeOf = (t: Translator): string => (t.lang === 'en' ? 'en-GB' : t.lang === 'de' ? 'de-DE' : 'sv-SE');

/** When an event began, as the user reads a day and time in their language ("Sat 5 Dec, 19:40"). */
export function eventDayTime(ms: number, t: Translator, timeZone?: string): string {
  return new Intl.DateTimeFormat(localeOf(t), {
    weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', ...(timeZone ? { timeZone } : {}),
  }).format(ms);
}

/**
 * The verdict of a clean check that follows drop-outs in the last hour: it says so, rather than
 * "Your connection looks fine". Null when there were none. Every figure is counted from the events.
 */
export function recentDropoutVerdict(
  events: readonly StoredEvent[],
  now: Date,
  t: Translator,
  timeZone?: string,
): { headline: string; summary: string } | null {
  const recent = recentDropouts(events, now);
  const last = recent.at(-1);
  if (last === undefined) return null;
  const time = new Intl.DateTimeFormat(localeOf(t), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', ...(timeZone ? { timeZone } : {}) }).format(last.start);
  const segments = SEGMENT_ORDER.filter((s) => recent.some((e) => e.segment === s)).map((s) => t.t(`monitor.segment.${s}`));
  const longest = Math.max(...recent.map((e) => Math.round((e.end - e.start) / 1000)));
  return {
    headline: recent.length === 1 ? t.t('monitorHistory.recent.headlineOne') : t.t('monitorHistory.recent.headline', { count: recent.length }),
    summary: t.t('monitorHistory.recent.summary', { longest, last: time, segments: segments.join(', ') }),
  };
}
