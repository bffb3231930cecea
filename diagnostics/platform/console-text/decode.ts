import { CP437_HIGH, CP850_HIGH, CP852_HIGH, CP858_HIGH, CP865_HIGH } from './oem-tables.js';

/** The encodings a Windows (or Unix) console's output can arrive in. */
export type ConsoleEncoding =
  | 'utf-8'
  | 'utf-16le'
  | 'utf-16be'
  | 'cp437'
  | 'cp850'
  | 'cp852'
  | 'cp858'
  | 'cp865'
  | 'cp866'
  | 'windows-1252';

const UTF8_STRICT = new TextDecoder('utf-8', { fatal: true });
const CP866 = new TextDecoder('ibm866');
const CP1252 = new TextDecoder('windows-1252');

const OEM: readonly (readonly [ConsoleEncoding, string])[] = [
  ['cp850', CP850_HIGH],
  ['cp437', CP437_HIGH],
  ['cp858', CP858_HIGH],
  ['cp852', CP852_HIGH],
  ['cp865', CP865_HIGH],
];

function decodeWith(bytes: Uint8Array, encoding: ConsoleEncoding): string {
  if (encoding === 'cp866') return CP866.decode(bytes);
  if (encoding === 'windows-1252') return CP1252.decode(bytes);
  const table = OEM.find(([e]) => e === encoding)?.[1] ?? CP850_HIGH;
  let out = '';
  for (const b of bytes) out += b < 0x80 ? String.fromCharCode(b) : table[b - 0x80]!;
  return out;
}

/**
 * How much a decoding looks like words a console prints: a letter inside a word counts for it;
 * a lone letter (what a no-break space becomes in the wrong code page: "SSID 1á:"), box-drawing,
 * control characters and symbols no label or name uses count against it, and so does a word
 * that mixes Latin and Cyrillic letters or puts a capital after a small letter (the marks of the
 * wrong code page).
 */
function plausibility(text: string): number {
  let score = 0;
  for (const word of text.match(/[^\s\x00-\x7f]+/g) ?? []) {
    const latin = /[\u00c0-\u024f]/.test(word);
    const cyrillic = /[\u0400-\u04ff]/.test(word);
    if (latin && cyrillic) score -= 3;
  }
  // Words are lower case after their first letter, or all capitals; a capital after a small
  // letter ("ĆÓĘóąÔ", Cyrillic read in a Latin code page) is the wrong decoding.
  for (const word of text.match(/\p{L}+/gu) ?? []) {
    if (/[^\x00-\x7f]/.test(word) && /\p{Ll}\p{Lu}/u.test(word)) score -= 2;
  }
  const chars = Array.from(text);
  const isLetter = (ch: string | undefined): boolean => ch !== undefined && /\p{L}/u.test(ch);
  chars.forEach((ch, i) => {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) return;
    if (isLetter(ch)) score += isLetter(chars[i - 1]) || isLetter(chars[i + 1]) ? 1 : -1;
    else if (c === 0xa0 || c === 0x202f || c === 0x2019 || c === 0x2018) score += 0; // spaces and apostrophes consoles print
    else score -= 2;
  });
  return score;
}

/**
 * Decodes the bytes a command printed, whatever code page the console used: a byte-order mark or
 * the NUL pattern of UTF-16 first, then strict UTF-8, then the OEM and ANSI code pages of Windows
 * (437, 850, 852, 858, 865, 866, 1252), choosing the one whose text looks most like words. Pure
 * ASCII is the same in all of them. Never throws.
 */
export function decodeConsoleBytes(bytes: Uint8Array): { text: string; encoding: ConsoleEncoding } {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  if (looksUtf16le(bytes)) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: UTF8_STRICT.decode(body), encoding: 'utf-8' };
  } catch {
    // not UTF-8: one of the single-byte code pages
  }
  const candidates: ConsoleEncoding[] = ['cp850', 'cp437', 'cp858', 'cp852', 'cp865', 'cp866', 'windows-1252'];
  let best: { text: string; encoding: ConsoleEncoding; score: number } | null = null;
  for (const encoding of candidates) {
    const text = decodeWith(body, encoding);
    const score = plausibility(text);
    // Strictly better only: the order above breaks ties (850 is the console default of most of Europe).
    if (best === null || score > best.score) best = { text, encoding, score };
  }
  return { text: best!.text, encoding: best!.encoding };
}

/** Every other byte NUL in the first few hundred: UTF-16LE without a byte-order mark. */
function looksUtf16le(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 400) & ~1;
  if (n < 4) return false;
  let zeros = 0;
  for (let i = 1; i < n; i += 2) if (bytes[i] === 0) zeros++;
  return zeros >= (n / 2) * 0.8;
}

/**
 * Undoes a latin1 reading of console bytes (how the runner reads Windows output) for one value or
 * a whole text: recovers the bytes and decodes them as above. Text that holds characters above
 * U+00FF was never a latin1 reading and is returned as it is.
 */
export function repairLatin1Reading(value: string): string {
  if (!/[\u0080-\u00ff]/.test(value) || /[^\u0000-\u00ff]/.test(value) || !looksMisread(value)) return value;
  const bytes = Uint8Array.from(value, (c) => c.charCodeAt(0));
  const decoded = decodeConsoleBytes(bytes).text;
  // Windows-1252 text read as latin1 is already right except for 0x80–0x9F; keep the reading
  // unless the decoding is more word-like.
  return plausibility(decoded) > plausibility(value) ? decoded : value;
}

/**
 * Marks that text went through a latin1 reading of other bytes, which correctly decoded text
 * never shows: C1 control characters, a symbol such as "¢" or "¤" glued to a letter (CP850's
 * "ó", "ñ"), "ÿ" (CP850's no-break space). Without them the text is taken as already right:
 * decoding it again would turn "réseau" into "rÚseau".
 */
function looksMisread(value: string): boolean {
  return /[\u0080-\u009f\u00ff]/.test(value) || /\p{L}[\u00a1-\u00bf\u00d7\u00f7]|[\u00a1-\u00bf\u00d7\u00f7]\p{L}/u.test(value);
}

/**
 * The spaces consoles print that are not U+0020: no-break space (French puts one before every
 * colon), narrow no-break space, figure space, and CP850's 0xFF no-break space read as latin1 "ÿ"
 * where it stands next to a colon, a digit or a space. All become a plain space.
 */
export function normaliseConsoleSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f\u2007]/g, ' ').replace(/\u00ff(?=[ \t]*:|[ \t]|\d|%|$)|(?<=\d)\u00ff/gm, ' ');
}
