import type { Translator } from '../i18n/translator.js';
import { problemLine } from './load-problem.js';
import type { FleetStats } from './stats.js';
import { countTables, figureRows } from './stats-tables.js';

/** `homeline stats` for a terminal: each table with counts and shares, then the medians. */
export function formatStatsText(s: FleetStats, t: Translator): string {
  const lines = [t.t('fleet.stats.title'), t.t('fleet.stats.totals', { checks: s.checks, failed: s.unreadable.count })];
  if (s.checks === 0) lines.push(t.t('fleet.stats.none'));
  else {
    for (const table of countTables(s, t)) {
      const rows = table.id === 'finding' || table.id === 'hour' ? table.rows.filter((r) => r.count > 0) : table.rows;
      if (rows.length === 0) continue;
      const width = Math.max(...rows.map((r) => r.label.length));
      lines.push('', table.title);
      for (const r of rows) lines.push(`  ${r.label.padEnd(width)}  ${String(r.count).padStart(6)}  ${t.number((100 * r.count) / s.checks).padStart(5)} %`);
    }
    const figures = figureRows(s, t);
    if (figures.length > 0) {
      lines.push('', t.t('fleet.stats.medians'));
      for (const f of figures) {
        lines.push(`  ${t.t('fleet.stats.medianLine', { figure: f.label, median: t.number(f.summary.median), p90: t.number(f.summary.p90), unit: f.unit, count: f.summary.count })}`);
      }
      lines.push(`  ${t.t('fleet.stats.accuracy', { pct: s.relativeAccuracy * 100 })}`);
    }
  }
  if (s.unreadable.count > 0) {
    lines.push('', t.t('fleet.stats.unreadable'), ...s.unreadable.files.map((f) => `  ${problemLine(f.file, f.problem, t)}`));
    const unlisted = s.unreadable.count - s.unreadable.files.length;
    if (unlisted > 0) lines.push(`  ${t.t('fleet.stats.more', { count: unlisted })}`);
  }
  return lines.join('\n');
}
