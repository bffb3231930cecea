import type { Translator } from '../i18n/translator.js';
import type { MonitorResult, MonitorStatus } from './run-monitor.js';
import type { MonitorEvent } from './types.js';

const two = (n: number): string => String(n).padStart(2, '0');

/** A wall-clock time as HH:MM:SS in this computer's time zone. */
export function clockTime(ms: number): string {
  const d = new Date(ms);
  return `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
}

const seconds = (e: MonitorEvent, until: number): number => Math.round(((e.end ?? until) - e.start) / 100) / 10;

/** The figures after an event line: loss and delay of a bad spell, who still answered in a drop-out. */
export function eventFigures(e: MonitorEvent, t: Translator): string {
  if (e.kind === 'bad-spell') {
    return t.t('monitor.cli.loss', { loss: e.lossPct }) + (e.medianRttMs === null ? '' : t.t('monitor.cli.rtt', { rtt: Math.round(e.medianRttMs) }));
  }
  if (e.segment === 'home') return '';
  return (e.providerHopSilent === true ? t.t('monitor.cli.hopSilent') : '') + t.t('monitor.cli.routerAnswered');
}

/** One line for an event that began or ended (printed as it happens). */
export function formatChange(type: 'began' | 'ended', e: MonitorEvent, t: Translator): string {
  const vars = { time: clockTime(type === 'began' ? e.start : (e.end ?? e.start)), kind: t.t(`monitor.kind.${e.kind}`), segment: t.t(`monitor.segment.${e.segment}`) };
  return type === 'began' ? t.t('monitor.cli.began', vars) : t.t('monitor.cli.ended', { ...vars, seconds: seconds(e, e.start) }) + eventFigures(e, t);
}

/** The live one-line status. */
export function formatStatus(s: MonitorStatus, startedAt: number, t: Translator): string {
  const el = Math.round((s.at - startedAt) / 1000);
  const elapsed = `${Math.floor(el / 60)}:${two(el % 60)}`;
  const silent = s.current.find((e) => e.kind === 'dropout');
  const state =
    s.paused !== null
      ? t.t('monitor.cli.pausedNow', { reason: t.t(`monitor.pause.${s.paused}`) })
      : silent
        ? t.t('monitor.cli.silentNow', { segment: t.t(`monitor.segment.${silent.segment}`) })
        : t.t('monitor.cli.allAnswer');
  const count = (k: MonitorEvent['kind']): number => s.closed.filter((e) => e.kind === k).length + s.current.filter((e) => e.kind === k).length;
  return t.t('monitor.cli.status', { elapsed, state, dropouts: count('dropout'), spells: count('bad-spell') });
}

/** The summary at the end of `homeline monitor`. */
export function formatMonitorSummary(r: MonitorResult, t: Translator): string {
  const minutes = Math.round((r.endedAt - r.startedAt) / 6000) / 10;
  const dropouts = r.events.filter((e) => e.kind === 'dropout').length;
  const lines =
    r.events.length === 0
      ? [t.t('monitor.cli.clean', { minutes })]
      : [
          t.t('monitor.cli.header', { dropouts, spells: r.events.length - dropouts, minutes }),
          ...r.events.map(
            (e) =>
              t.t('monitor.cli.line', {
                start: clockTime(e.start),
                end: clockTime(e.end ?? r.endedAt),
                kind: t.t(`monitor.kind.${e.kind}`),
                segment: t.t(`monitor.segment.${e.segment}`),
                seconds: seconds(e, r.endedAt),
              }) + eventFigures(e, t),
          ),
        ];
  if (r.pausedMs > 0) lines.push(t.t('monitor.cli.paused', { seconds: Math.round(r.pausedMs / 1000), sleeps: r.sleeps }));
  return lines.join('\n');
}
