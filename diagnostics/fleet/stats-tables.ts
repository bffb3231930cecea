import type { Translator } from '../i18n/translator.js';
import { FIGURE_NAMES, FIGURE_UNIT, type FigureName } from './figures.js';
import type { Summary } from './quantile.js';
import { ALL_SEGMENTS, BAND_KEYS, OS_KEYS, type FleetStats } from './stats.js';
import { WEEKDAYS } from './time-slot.js';

/**
 * The statistics as labelled tables, the one view that the text, CSV and HTML outputs all render:
 * each row keeps its stable key (for scripts) and its label in the reader's language.
 */

export interface CountTable {
  readonly id: 'segment' | 'finding' | 'os' | 'band' | 'hour' | 'weekday';
  readonly title: string;
  readonly rows: readonly { readonly key: string; readonly label: string; readonly count: number }[];
}

export interface FigureRow {
  readonly key: FigureName;
  readonly label: string;
  readonly unit: string;
  readonly summary: Summary;
}

/** The count tables, in the order they are shown. */
export function countTables(s: FleetStats, t: Translator): CountTable[] {
  const findingTitle = (id: string): string => {
    try {
      return t.t(`finding.${id}.title`);
    } catch {
      return id; // a finding of a newer Homeline: its id is the best label there is
    }
  };
  return [
    { id: 'segment', title: t.t('fleet.stats.bySegment'), rows: ALL_SEGMENTS.map((k) => ({ key: k, label: t.t(`segment.${k}`), count: s.bySegment[k] })) },
    { id: 'finding', title: t.t('fleet.stats.byFinding'), rows: Object.entries(s.byFinding).map(([k, count]) => ({ key: k, label: findingTitle(k), count })) },
    { id: 'os', title: t.t('fleet.stats.byOs'), rows: OS_KEYS.map((k) => ({ key: k, label: t.t(`fleet.os.${k}`), count: s.byOs[k] })) },
    { id: 'band', title: t.t('fleet.stats.byBand'), rows: BAND_KEYS.map((k) => ({ key: k, label: t.t(`fleet.band.${k}`), count: s.byBand[k] })) },
    { id: 'hour', title: t.t('fleet.stats.byHour', { zone: s.timeZone }), rows: s.byHour.map((count, h) => ({ key: String(h), label: `${String(h).padStart(2, '0')}:00`, count })) },
    { id: 'weekday', title: t.t('fleet.stats.byWeekday', { zone: s.timeZone }), rows: WEEKDAYS.map((k) => ({ key: k, label: t.t(`fleet.weekday.${k}`), count: s.byWeekday[k] })) },
  ];
}

/** The figures that at least one check measured. */
export function figureRows(s: FleetStats, t: Translator): FigureRow[] {
  return FIGURE_NAMES.flatMap((k) => {
    const summary = s.figures[k];
    return summary ? [{ key: k, label: t.t(`fleet.figure.${k}`), unit: FIGURE_UNIT[k], summary }] : [];
  });
}
