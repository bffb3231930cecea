/**
 * Bar charts as inline SVG text, for the standalone stats page: no script, no library, no request.
 * Every label goes through `escapeXml`, so a finding id or file name can never become markup.
 */

export const escapeXml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

export interface Bar {
  readonly label: string;
  readonly count: number;
}

const BAR = 18;
const GAP = 6;

/** Horizontal bars, one row per category, with the label on the left and the count at the bar's end. */
export function horizontalBars(bars: readonly Bar[], title: string): string {
  // About 7 px a character at 12 px: wide enough for the longest finding title in any language.
  const labelWidth = Math.min(560, 12 + 7 * Math.max(1, ...bars.map((b) => b.label.length)));
  const plot = 420;
  const max = Math.max(1, ...bars.map((b) => b.count));
  const height = bars.length * (BAR + GAP) + GAP;
  const rows = bars.map((b, i) => {
    const y = GAP + i * (BAR + GAP);
    const w = Math.round((plot * b.count) / max);
    return (
      `<text x="${labelWidth - 8}" y="${y + 13}" text-anchor="end">${escapeXml(b.label)}</text>` +
      `<rect x="${labelWidth}" y="${y}" width="${w}" height="${BAR}" rx="2"/>` +
      `<text x="${labelWidth + w + 6}" y="${y + 13}">${b.count}</text>`
    );
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeXml(title)}" width="${labelWidth + plot + 60}" height="${height}" viewBox="0 0 ${labelWidth + plot + 60} ${height}">${rows.join('')}</svg>`;
}

/** Vertical columns in order (hours of the day), labels under the columns. */
export function columns(bars: readonly Bar[], title: string): string {
  const col = 22;
  const plot = 160;
  const max = Math.max(1, ...bars.map((b) => b.count));
  const width = bars.length * (col + 4) + 4;
  const cols = bars.map((b, i) => {
    const x = 4 + i * (col + 4);
    const h = Math.round((plot * b.count) / max);
    return (
      `<rect x="${x}" y="${plot - h + 16}" width="${col}" height="${h}" rx="2"><title>${escapeXml(b.label)}: ${b.count}</title></rect>` +
      `<text x="${x + col / 2}" y="${plot + 30}" text-anchor="middle">${escapeXml(b.label)}</text>` +
      (b.count > 0 ? `<text x="${x + col / 2}" y="${plot - h + 12}" text-anchor="middle">${b.count}</text>` : '')
    );
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeXml(title)}" width="${width}" height="${plot + 36}" viewBox="0 0 ${width} ${plot + 36}">${cols.join('')}</svg>`;
}
