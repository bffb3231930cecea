import { existsSync, readdirSync, readFileSync } from 'node:fs';

const dir = new URL('./fixtures/', import.meta.url);

/** A fixture's text, or '' when the file does not exist (ping printed nothing there). */
export function fixture(name: string): string {
  const url = new URL(name, dir);
  return existsSync(url) ? readFileSync(url, 'utf8') : '';
}

/** Names (without `.txt`) of every stdout fixture whose name starts with the prefix. */
export function fixtureNames(prefix: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.txt') && !f.endsWith('.stderr.txt'))
    .map((f) => f.slice(0, -'.txt'.length));
}

// The accented letters the fixtures use, as code page 850 (German and Swedish consoles) encodes them.
const CP850: Readonly<Record<string, number>> = { 'ä': 0x84, 'å': 0x86, 'ö': 0x94, 'ü': 0x81, 'Ä': 0x8e, 'Å': 0x8f, 'Ö': 0x99, 'Ü': 0x9a, 'é': 0x82, 'ß': 0xe1 };

/** What the runner hands the parser from a German or Swedish console: CP850 bytes read as latin1. */
export function asCp850Console(text: string): string {
  return text.replace(/[^\x00-\x7f]/g, (c) => String.fromCharCode(CP850[c] ?? 0x3f));
}

/** What the runner hands the parser from a UTF-8 console (chcp 65001): UTF-8 bytes read as latin1. */
export function asUtf8Console(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1');
}
