import type { MonitorStateView, TimelineEvent } from '../../../electron/ipc/contract.js';
import type { Texts } from '../i18n/texts.js';

/** One line of the drop-out table, worded: when, how long, which part, what, and the check of that moment. */
export interface TimelineRow {
  readonly key: string;
  /** The event's start (ISO), which asks for its snapshot (`monitor.snapshot`). */
  readonly start: string;
  readonly when: string;
  readonly length: string;
  readonly part: string;
  readonly kind: string;
  /** The snapshot's verdict headline, or that no check was taken then. */
  readonly check: string;
  /** The snapshot's verdict in full (what it found, in its own words), null without one. */
  readonly checkDetail: string | null;
  readonly hasSnapshot: boolean;
}

/** A short date and time ("5 Dec 2026, 17:42"): the table's first column stays narrow. */
const shortWhen = (tx: Texts, iso: string): string =>
  new Intl.DateTimeFormat(tx.lang === 'en' ? 'en-GB' : tx.lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

/** The table's rows, newest first (the question is usually "what happened just now?"). */
export function timelineRows(events: readonly TimelineEvent[], tx: Texts): TimelineRow[] {
  return [...events]
    .sort((a, b) => Date.parse(b.start) - Date.parse(a.start))
    .map((e) => {
      const part = tx.t(`dropoutsApp.segment.${e.segment}`);
      return {
        key: `${e.kind}:${e.segment}:${e.start}`,
        start: e.start,
        when: shortWhen(tx, e.start),
        length: tx.t('dropoutsApp.seconds', { seconds: tx.number(e.seconds, 1) }),
        part: e.providerHopSilent ? `${part} (${tx.t('dropoutsApp.hopSilent')})` : part,
        kind: tx.t(`dropoutsApp.kind.${e.kind}`),
        check: e.snapshot ? e.snapshot.headline : tx.t('dropoutsApp.noSnapshot'),
        checkDetail: e.snapshot ? e.snapshot.summary : null,
        hasSnapshot: e.snapshot !== null,
      };
    });
}

/** The sentence about the monitor right now, above the timeline. */
export function monitorStateText(s: MonitorStateView, tx: Texts): string {
  const base =
    s.status === 'paused' && s.paused === 'woke-up'
      ? tx.t('dropoutsApp.state.pausedWoke')
      : s.status === 'paused' && s.paused === 'metered'
        ? tx.t('monitorPause.state.metered')
        : tx.t(`dropoutsApp.state.${s.status}`);
  return s.dropoutsNow > 0 ? `${base} ${tx.t('dropoutsApp.state.now')}` : base;
}

/**
 * What the monitor found it cannot watch, or watches another way (no gateway, ping unusable → TCP),
 * in the words `homeline monitor` prints them; empty when it said nothing.
 */
export function monitorNoteTexts(s: MonitorStateView, tx: Texts): string[] {
  return (s.notes ?? []).map((n) => (n.id === 'ping-unusable' ? tx.t('monitorPing.unusable', { reason: n.reason ?? '' }) : tx.t(`monitor.note.${n.id}`)));
}

/** "3 drop-outs and bad spells, 42 s in all." */
export function timelineSummary(events: readonly TimelineEvent[], tx: Texts): string {
  const seconds = tx.number(events.reduce((a, e) => a + e.seconds, 0), 0);
  return events.length === 1 ? tx.t('dropoutsApp.summaryOne', { seconds }) : tx.t('dropoutsApp.summary', { count: events.length, seconds });
}
