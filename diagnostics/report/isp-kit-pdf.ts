import PDFDocument from 'pdfkit';
import type { IspCall } from './isp-call.js';

/**
 * Characters the PDF's built-in Helvetica can show (Windows-1252 beyond Latin-1): ’ “ ” „ – … €
 * and friends. Latin-1 (åäöüß, no-break space) is covered as a whole.
 */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/**
 * Makes text safe for a built-in PDF font: narrow no-break spaces (Intl puts them in numbers)
 * become ordinary no-break spaces, arrows and boxes plain signs; anything else outside the font's
 * encoding becomes "?" rather than a wrong glyph.
 */
export function pdfSafe(s: string): string {
  return s
    .replace(/[\u202f\u2009]/g, '\u00a0')
    .replace(/\u2192/g, '->')
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/[^\n\u0020-\u007e\u00a0-\u00ff]/gu, (c) => (WIN_ANSI_EXTRA.has(c) ? c : '?'));
}

export interface PdfOptions {
  /** Uncompressed content streams, so tests can read the text back. */
  readonly compress?: boolean;
}

/** The call kit as a PDF (A4, Helvetica), ready to print. */
export function ispKitPdf(kit: IspCall, o: PdfOptions = {}): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, compress: o.compress ?? true, info: { Title: pdfSafe(kit.title), Creator: 'Homeline' } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const title = kit.provider ? `${kit.title}: ${kit.provider}` : kit.title;
  doc.font('Helvetica-Bold').fontSize(17).text(pdfSafe(title));
  doc.font('Helvetica').fontSize(10).fillColor('#444').text(pdfSafe(kit.measuredAt)).fillColor('#000');
  for (const s of kit.sections) {
    doc.moveDown(1).font('Helvetica-Bold').fontSize(13).text(pdfSafe(s.title)).moveDown(0.3);
    s.items.forEach((item, i) => {
      if (s.id === 'answers') {
        doc.font('Helvetica-Bold').fontSize(10.5).text(pdfSafe(item.cue ?? ''));
        doc.font('Helvetica').text(pdfSafe(item.text), { indent: 14 }).moveDown(0.3);
        return;
      }
      const mark = s.id === 'checklist' ? (item.done ? '[x]' : '[  ]') : s.id === 'questions' ? `${i + 1}.` : '•';
      doc.font('Helvetica').fontSize(10.5).text(pdfSafe(`${mark} ${item.text}`), { indent: 0 }).moveDown(0.2);
    });
  }
  doc.end();
  return done;
}
