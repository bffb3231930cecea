/** Escapes text for XML element content and attribute values. */
export function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Indents each line of a block by `n` spaces. */
export function indent(lines: readonly string[], n: number): string[] {
  const pad = ' '.repeat(n);
  return lines.map((l) => (l === '' ? l : pad + l));
}
