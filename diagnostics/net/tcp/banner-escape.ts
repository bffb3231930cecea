/** The most greeting bytes a probe keeps: enough to recognise a protocol, too few to hold data. */
export const BANNER_MAX_BYTES = 64;

const BACKSLASH = 0x5c;

/**
 * Turns a server's first bytes into printable text: printable ASCII stays as it is, every other
 * byte (and the backslash itself, so the escaping can be undone) becomes `\xHH`. Cut at 64 bytes.
 */
export function escapeBanner(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes.subarray(0, BANNER_MAX_BYTES)) {
    out += b >= 0x20 && b < 0x7f && b !== BACKSLASH ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`;
  }
  return out;
}

/**
 * The bytes behind an escaped banner. Never throws: a backslash that does not start a valid
 * `\xHH` (text escaped by someone else, or cut in the middle) is kept as a literal byte.
 */
export function unescapeBanner(text: string): Uint8Array {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const hex = text.charCodeAt(i) === BACKSLASH && text[i + 1] === 'x' ? text.slice(i + 2, i + 4) : '';
    if (/^[0-9a-fA-F]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 3;
    } else {
      bytes.push(text.charCodeAt(i) & 0xff);
    }
  }
  return Uint8Array.from(bytes);
}
