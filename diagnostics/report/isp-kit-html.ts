import type { Lang } from '../i18n/translator.js';
import type { IspCall } from './isp-call.js';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Escapes text for HTML content and attribute values: figures and the user's own details go in here. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

// One self-contained page: no scripts, no external fonts or images, laid out for A4/Letter paper.
const STYLE = `
  body { font: 11pt/1.45 system-ui, "Segoe UI", Helvetica, Arial, sans-serif; color: #111; max-width: 46em; margin: 2em auto; padding: 0 1em; }
  h1 { font-size: 17pt; margin: 0 0 .2em; }
  h2 { font-size: 13pt; margin: 1.4em 0 .4em; border-bottom: 1px solid #999; }
  .measured { color: #444; margin: 0; }
  ul { padding-left: 1.4em; margin: 0; }
  li { margin: .25em 0; }
  ul.checklist { list-style: none; padding-left: 0; }
  ul.checklist li::before { content: "☐ "; }
  ul.checklist li.done::before { content: "☑ "; }
  dt { font-weight: 600; margin-top: .5em; }
  dd { margin: .1em 0 0 1.4em; }
  @media print {
    @page { size: auto; margin: 18mm 16mm; }
    body { margin: 0; max-width: none; font-size: 10.5pt; }
    h2 { break-after: avoid; }
    li, dt, dd { break-inside: avoid; }
  }`;

/** The call kit as a standalone, printable HTML page in the kit's language. */
export function ispKitHtml(kit: IspCall, lang: Lang): string {
  const title = kit.provider ? `${kit.title}: ${kit.provider}` : kit.title;
  const body: string[] = [`<h1>${escapeHtml(title)}</h1>`, `<p class="measured">${escapeHtml(kit.measuredAt)}</p>`];
  for (const s of kit.sections) {
    body.push(`<section class="${s.id}">`, `<h2>${escapeHtml(s.title)}</h2>`);
    if (s.id === 'answers') {
      body.push('<dl>', ...s.items.map((i) => `<dt>${escapeHtml(i.cue ?? '')}</dt><dd>${escapeHtml(i.text)}</dd>`), '</dl>');
    } else {
      const tag = s.id === 'questions' ? 'ol' : 'ul';
      body.push(`<${tag} class="${s.id}">`, ...s.items.map((i) => `<li${i.done ? ' class="done"' : ''}>${escapeHtml(i.text)}</li>`), `</${tag}>`);
    }
    body.push('</section>');
  }
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}\n</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
