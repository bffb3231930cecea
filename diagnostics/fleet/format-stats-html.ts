import type { Translator } from '../i18n/translator.js';
import { problemLine } from './load-problem.js';
import type { FleetStats } from './stats.js';
import { countTables, figureRows } from './stats-tables.js';
import { columns, escapeXml as esc, horizontalBars } from './svg-chart.js';

/**
 * `homeline stats --format html`: one standalone page with its charts drawn as inline SVG. It
 * loads nothing: no script, no font, no image, and a Content-Security-Policy that forbids any
 * request, so it can be mailed or put on an intranet share as it is.
 */
export function formatStatsHtml(s: FleetStats, t: Translator): string {
  const parts: string[] = [`<h1>${esc(t.t('fleet.stats.title'))}</h1>`, `<p>${esc(t.t('fleet.stats.totals', { checks: s.checks, failed: s.unreadable.count }))}</p>`];
  if (s.checks === 0) parts.push(`<p>${esc(t.t('fleet.stats.none'))}</p>`);
  else {
    for (const table of countTables(s, t)) {
      const rows = table.id === 'finding' ? table.rows.filter((r) => r.count > 0) : table.rows;
      if (rows.length === 0) continue;
      const chart = table.id === 'hour' ? columns(rows.map((r) => ({ label: r.key, count: r.count })), table.title) : horizontalBars(rows, table.title);
      parts.push(`<section><h2>${esc(table.title)}</h2>${chart}</section>`);
    }
    const figures = figureRows(s, t);
    if (figures.length > 0) {
      const head = ['', t.t('fleet.stats.colMedian'), t.t('fleet.stats.colP90'), t.t('fleet.stats.colMin'), t.t('fleet.stats.colMax'), t.t('fleet.stats.count')].map((h) => `<th>${esc(h)}</th>`).join('');
      const body = figures
        .map((f) => `<tr><th>${esc(f.label)} (${esc(f.unit)})</th>${[f.summary.median, f.summary.p90, f.summary.min, f.summary.max].map((v) => `<td>${esc(t.number(v))}</td>`).join('')}<td>${f.summary.count}</td></tr>`)
        .join('');
      parts.push(`<section><h2>${esc(t.t('fleet.stats.medians'))}</h2><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table><p class="note">${esc(t.t('fleet.stats.accuracy', { pct: s.relativeAccuracy * 100 }))}</p></section>`);
    }
  }
  if (s.unreadable.count > 0) {
    const items = s.unreadable.files.map((f) => `<li>${esc(problemLine(f.file, f.problem, t))}</li>`);
    const unlisted = s.unreadable.count - s.unreadable.files.length;
    if (unlisted > 0) items.push(`<li>${esc(t.t('fleet.stats.more', { count: unlisted }))}</li>`);
    parts.push(`<section><h2>${esc(t.t('fleet.stats.unreadable'))}</h2><ul>${items.join('')}</ul></section>`);
  }
  return `<!doctype html>
<html lang="${t.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(t.t('fleet.stats.title'))}</title>
<style>
body { font: 14px/1.4 system-ui, sans-serif; margin: 2em; color: #1d2733; max-width: 60em; }
h2 { font-size: 1.1em; margin-top: 2em; }
svg { font: 12px system-ui, sans-serif; fill: #1d2733; display: block; }
svg rect { fill: #2f6fb3; }
table { border-collapse: collapse; }
th, td { padding: 0.2em 0.8em; text-align: right; border-bottom: 1px solid #dde3ea; }
tbody th { text-align: left; font-weight: normal; }
.note { color: #5b6775; font-size: 0.9em; }
</style>
</head>
<body>
${parts.join('\n')}
</body>
</html>
`;
}
