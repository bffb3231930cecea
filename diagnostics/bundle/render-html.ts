import { translator } from '../i18n/translator.js';
import { segmentSchema, type Report } from '../schema/report.js';
import type { HistoryRow } from './history-row.js';
import { escapeHtml as e } from './html-escape.js';
import type { BundleManifest } from './manifest.js';

/** What the standalone report shows besides the report itself. */
export interface HtmlContext {
  readonly app: BundleManifest['app'];
  readonly os: BundleManifest['os'];
  readonly redaction: BundleManifest['redaction'];
  readonly history: readonly HistoryRow[];
}

// Inline only: the file opens from a mail attachment or a ticket with no network and no app.
// overflow-wrap: a 5,000-character network name wraps instead of making the page 48,000 px wide.
const STYLE = `body{font:15px/1.45 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f;overflow-wrap:anywhere}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ddd}
.verdict{padding:1rem;border-radius:.5rem;background:#f3f5f8}.verdict.problem{background:#fdf0ef}
.sev-problem{color:#b3261e}.sev-warning{color:#8a5a00}.sev-info{color:#555}
table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.2rem .5rem;border-bottom:1px solid #eee;vertical-align:top}
pre{white-space:pre-wrap;word-break:break-all;background:#f7f7f7;padding:.5rem;font-size:13px}
.meta{color:#555;font-size:13px}`;

/**
 * The human-readable report inside a bundle: one HTML file that opens in any browser without
 * Homeline, with inline CSS, no scripts and no external requests (the CSP forbids them), every
 * value escaped, in the report's language. Built from the already redacted report.
 */
export function renderHtml(r: Report, ctx: HtmlContext): string {
  const t = translator(r.lang);
  const date = new Intl.DateTimeFormat(r.lang, { dateStyle: 'long', timeStyle: 'long', timeZone: 'UTC' }).format(new Date(r.startedAt));
  const list = (items: readonly string[], tag: 'ul' | 'ol' = 'ul'): string =>
    items.length === 0 ? '' : `<${tag}>${items.map((i) => `<li>${e(i)}</li>`).join('')}</${tag}>`;
  const out: string[] = [];
  out.push(`<h1>${e(t.t('bundle.html.title'))}</h1>`);
  out.push(`<p class="meta">${e(t.t('bundle.html.checkedAt', { date, seconds: Math.round(r.durationMs / 100) / 10 }))}<br>${e(
    t.t('bundle.html.software', { version: ctx.app.version, os: ctx.os.platform, release: ctx.os.release, arch: ctx.os.arch }),
  )}</p>`);
  out.push(`<div class="verdict${r.verdict.segment === 'none' ? '' : ' problem'}"><strong>${e(t.t('cli.verdict'))}: ${e(r.verdict.headline)}</strong><br>`);
  out.push(`${e(t.t('cli.owner'))}: ${e(t.t(`segment.${r.verdict.segment}`))}<br>${e(r.verdict.summary)}</div>`);
  const top = r.findings[0];
  if (top && r.verdict.segment !== 'none') out.push(`<h2>${e(t.t('cli.whatToDo'))}</h2>${list(top.steps, 'ol')}`);
  if (r.findings.length > 0) {
    out.push(`<h2>${e(t.t('cli.findings'))}</h2>`);
    for (const f of r.findings) out.push(`<h3 class="sev-${e(f.severity)}">${e(f.title)}</h3>${list(f.evidence)}`);
  }
  if (r.ispCall) {
    out.push(`<h2>${e(t.t('cli.ispCall'))}</h2><h3>${e(t.t('cli.ispChecklist'))}</h3>${list(r.ispCall.checklist)}`);
    out.push(`<h3>${e(t.t('cli.ispScript'))}</h3><pre>${e(r.ispCall.script)}</pre>`);
  }
  out.push(`<h2>${e(t.t('bundle.html.probes'))}</h2><table><tr><th>${e(t.t('bundle.html.probe'))}</th><th>${e(t.t('bundle.html.status'))}</th><th>${e(
    t.t('bundle.html.duration'),
  )}</th><th>${e(t.t('bundle.html.note'))}</th></tr>`);
  for (const p of r.probes) {
    out.push(`<tr><td>${e(p.id)}</td><td>${e(t.t(`bundle.html.statusName.${p.status}`))}</td><td>${e(t.number(p.durationMs, 0))} ms</td><td>${e(p.error ?? '')}</td></tr>`);
  }
  out.push('</table>');
  if (ctx.history.length > 0) out.push(historyTable(ctx.history, t.t.bind(t)));
  if (r.raw.length > 0) {
    out.push(`<h2>${e(t.t('bundle.html.raw'))}</h2>`);
    for (const raw of r.raw) {
      const body = raw.stderr === '' ? raw.stdout : `${raw.stdout}\n${raw.stderr}`;
      out.push(`<details><summary>${e([raw.cmd, ...raw.args].join(' '))} — ${e(t.t('bundle.html.exitCode', { code: String(raw.exitCode ?? '–') }))}</summary><pre>${e(body)}</pre></details>`);
    }
  }
  const n = ctx.redaction.replaced;
  const privacy = ctx.redaction.level === 'off' ? t.t('bundle.html.notRedacted') : t.t('bundle.html.redacted', { ...n });
  out.push(`<h2>${e(t.t('bundle.html.privacy'))}</h2><p class="meta">${e(privacy)}</p>`);
  return `<!DOCTYPE html>
<html lang="${e(r.lang)}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(t.t('bundle.html.title'))}</title><style>${STYLE}</style></head>
<body>
${out.join('\n')}
</body></html>
`;
}

function historyTable(rows: readonly HistoryRow[], tt: (k: string) => string): string {
  const figures = (f: HistoryRow['figures']): string =>
    Object.entries(f ?? {})
      .map(([k, v]) => `${k}: ${v ?? '–'}`)
      .join(', ');
  // A known segment reads in the report's language; anything else the history store wrote stays as is.
  const segment = (s: string | undefined): string => (segmentSchema.safeParse(s).success ? tt(`segment.${s}`) : (s ?? ''));
  const body = rows.map((h) => `<tr><td>${e(h.at)}</td><td>${e(segment(h.segment))}</td><td>${e(figures(h.figures))}</td></tr>`).join('');
  return `<h2>${e(tt('bundle.html.history'))}</h2><table><tr><th>${e(tt('bundle.html.historyAt'))}</th><th>${e(tt('bundle.html.historySegment'))}</th><th>${e(
    tt('bundle.html.historyFigures'),
  )}</th></tr>${body}</table>`;
}
