import type { Translator } from '../i18n/translator.js';
import { problemLine } from './load-problem.js';
import type { FleetStats } from './stats.js';
import { countTables, figureRows } from './stats-tables.js';

/** One CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
const field = (v: string | number): string => {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * `homeline stats --format csv`: one table for spreadsheets and scripts. Columns:
 * `table,key,label,count,median,p90,min,max,unit`. Count tables (segment, finding, os, band,
 * hour, weekday, unreadable) fill `count`; `figure` rows fill the rest; `total` rows give the
 * number of checks read and of unreadable files. Keys are stable ids; labels follow --lang.
 */
export function formatStatsCsv(s: FleetStats, t: Translator): string {
  const rows: (string | number)[][] = [['table', 'key', 'label', 'count', 'median', 'p90', 'min', 'max', 'unit']];
  rows.push(['total', 'checks', '', s.checks, '', '', '', '', ''], ['total', 'unreadable', '', s.unreadable.count, '', '', '', '', '']);
  for (const table of countTables(s, t)) for (const r of table.rows) rows.push([table.id, r.key, r.label, r.count, '', '', '', '', '']);
  for (const f of figureRows(s, t)) rows.push(['figure', f.key, f.label, f.summary.count, f.summary.median, f.summary.p90, f.summary.min, f.summary.max, f.unit]);
  for (const u of s.unreadable.files) rows.push(['unreadable', u.file, problemLine(u.file, u.problem, t), 1, '', '', '', '', '']);
  return `${rows.map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}
