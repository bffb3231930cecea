import { describe, expect, it } from 'vitest';
import { translator } from '../../../diagnostics/i18n/translator.js';
import { buildIspCall } from '../../../diagnostics/report/isp-call.js';
import { ispKitHtml } from '../../../diagnostics/report/isp-kit-html.js';
import { ispKitPdf, pdfSafe } from '../../../diagnostics/report/isp-kit-pdf.js';
import { ispKitText } from '../../../diagnostics/report/isp-kit-text.js';
import { lossyEvenings } from './isp-call-fixtures.js';

/** The text a PDF shows, read back from its (uncompressed) text operators as Windows-1252. */
function pdfText(pdf: Buffer): string {
  const decoder = new TextDecoder('windows-1252');
  const lines = [...pdf.toString('latin1').matchAll(/\[(.*?)\] TJ/g)].map((m) =>
    [...m[1]!.matchAll(/<([0-9a-f]*)>/g)].map((h) => decoder.decode(Buffer.from(h[1]!, 'hex'))).join(''),
  );
  return lines.join(' ').replace(/\s+/g, ' ');
}

const hostile = { ...lossyEvenings, isp: { ...lossyEvenings.isp, name: '<script>alert("x")</script> & Co', customerNumber: 'K<1>' } };

describe('ISP call kit output', () => {
  it('prints as text with every section and the cited figures', () => {
    const text = ispKitText(buildIspCall(lossyEvenings, translator('en')));
    expect(text).toMatch(/^Calling your internet provider: Example Telecom\nMeasured by Homeline on 23 November 2026 at 19:42\./);
    for (const heading of ['Before you call', 'What I measured', 'What to ask', 'If they say …']) expect(text).toContain(`\n${heading}\n`);
    expect(text).toContain('  [ ] Your customer number: K-4711');
    expect(text).toContain('    → I can restart it now while we are on the phone, and measure again.');
    expect(text).toContain('  [ ] Restart your router');
  });

  it('ticks what the user confirmed, in text and HTML', () => {
    const kit = buildIspCall({ ...lossyEvenings, confirmed: { restartAt: '19:10', cable: true } }, translator('en'));
    const text = ispKitText(kit);
    expect(text).toContain('  [x] Router restarted at 19:10, before this check.');
    expect(text).toContain('  [x] Tested with a network cable.');
    expect(text).toContain('  [ ] Try a second device');
    expect(text).toContain('    → I restarted it at 19:10; the figures were measured after that, at 19:42.');
    expect(ispKitHtml(kit, 'en')).toContain('<li class="done">Tested with a network cable.</li>');
  });

  it('renders standalone, escaped HTML with print styles', () => {
    const html = ispKitHtml(buildIspCall(hostile, translator('de')), 'de');
    expect(html.startsWith('<!doctype html>\n<html lang="de">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<script|src=|href=|@import/);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    expect(html).toContain('Kundennummer: K&lt;1&gt;');
    expect(html).toContain('<dt>„Bitte starten Sie Ihren Router neu.“</dt>');
  });

  it.each([
    ['de', ['Anruf bei Ihrem Internetanbieter: Example Telecom', 'Was ich gemessen habe', 'Kundennummer: K-4711', '9,5 % der Pakete', 'gemessen am 23. November 2026', '„Bitte starten Sie Ihren Router neu.“', 'Laut meinem Verlauf', 'für das Homeoffice mindestens 25 Mbit/s', 'WLAN auszuschließen']],
    ['sv', ['Ringa din internetleverantör: Example Telecom', 'Ditt kundnummer: K-4711', 'försvinner 9,5 % av paketen (38 av 400', '”Starta om din router.”', 'måndag', 'för distansarbete']],
    ['en', ['Calling your internet provider: Example Telecom', 'in the provider’s app', '“Please restart your router.”']],
  ] as const)('writes a PDF in %s whose text keeps åäöüß and typographic quotes', async (lang, expected) => {
    const facts =
      lang === 'sv' ? { ...lossyEvenings, patterns: [...lossyEvenings.patterns, { kind: 'weekday' as const, weekday: 1, badDays: 5, days: 7, lossMinPct: 6, lossMaxPct: 6 }] }
      : lang === 'en' ? { ...lossyEvenings, isp: { name: 'Example Telecom' } }
      : lossyEvenings;
    const kit = buildIspCall(facts, translator(lang));
    const pdf = await ispKitPdf(kit, { compress: false });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.subarray(-6).toString()).toContain('%%EOF');
    const text = pdfText(pdf);
    for (const e of expected) expect(text, e).toContain(e);
    // No character was replaced: the only question marks are the questions'.
    const questionMarks = (s: string) => s.split('?').length - 1;
    expect(questionMarks(text)).toBe(questionMarks(kit.sections.flatMap((x) => x.items.map((i) => `${i.cue ?? ''}${i.text}`)).join('')));
  });

  it('compresses the PDF by default', async () => {
    const kit = buildIspCall(lossyEvenings, translator('en'));
    const [small, big] = await Promise.all([ispKitPdf(kit), ispKitPdf(kit, { compress: false })]);
    expect(small.length).toBeLessThan(big.length);
  });

  it('maps what a built-in PDF font cannot show to what it can', () => {
    expect(pdfSafe('3\u202f000 → ok “åäöüß” €')).toBe('3\u00a0000 -> ok “åäöüß” €');
    expect(pdfSafe('✓ 日本')).toBe('? ??');
  });
});
