import type { RegistryValue } from './registry-value.js';

/** A .reg file that cannot be read; the message names the line. */
export class RegFileError extends Error {
  override readonly name = 'RegFileError';
}

/** Decodes a .reg file's bytes: `reg export` writes UTF-16LE with a byte-order mark, REGEDIT4 ANSI. */
export function decodeRegFile(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return Buffer.from(bytes.subarray(2)).toString('utf16le');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return Buffer.from(bytes.subarray(3)).toString('utf8');
  return Buffer.from(bytes).toString('latin1');
}

/**
 * Parses a `reg export` file (Windows Registry Editor Version 5.00): [key] headers, "name"=value
 * lines, `\` continuations of long hex lines. Deletions (`=-`) are skipped.
 */
export function parseRegExport(text: string): RegistryValue[] {
  const lines = joinContinuations(text.replace(/^\uFEFF/, '').split(/\r?\n/));
  if (!/^(Windows Registry Editor Version 5\.00|REGEDIT4)$/.test(lines[0]?.text.trim() ?? '')) {
    throw new RegFileError('not a .reg file (the first line is not "Windows Registry Editor Version 5.00")');
  }
  const out: RegistryValue[] = [];
  let key: string | undefined;
  for (const { text: line, number } of lines.slice(1)) {
    if (line.trim() === '' || line.startsWith(';')) continue;
    const header = /^\[(-?)(.+)\]\s*$/.exec(line);
    if (header) {
      key = header[1] === '-' ? undefined : header[2];
      continue;
    }
    if (key === undefined) continue;
    const entry = splitEntry(line);
    if (!entry) throw new RegFileError(`line ${number}: cannot read "${line.slice(0, 60)}"`);
    if (entry.value === '-') continue;
    out.push({ key, name: entry.name, ...decodeValue(entry.value, number) });
  }
  return out;
}

function joinContinuations(raw: readonly string[]): { text: string; number: number }[] {
  const out: { text: string; number: number }[] = [];
  let pending: { text: string; number: number } | undefined;
  raw.forEach((line, i) => {
    const text = pending ? pending.text + line.trimStart() : line;
    const number = pending ? pending.number : i + 1;
    if (text.endsWith('\\') && /=hex/.test(text)) pending = { text: text.slice(0, -1), number };
    else {
      pending = undefined;
      out.push({ text, number });
    }
  });
  if (pending) out.push(pending);
  return out;
}

/** `"name"=value` or `@=value`; the name is a quoted string with \\ and \" escapes. */
function splitEntry(line: string): { name: string; value: string } | undefined {
  if (line.startsWith('@=')) return { name: '', value: line.slice(2) };
  const m = /^"((?:[^"\\]|\\.)*)"=(.*)$/s.exec(line); // s: names and data may hold U+2028
  return m ? { name: unescape(m[1] ?? ''), value: m[2] ?? '' } : undefined;
}

function unescape(s: string): string {
  return s.replace(/\\(.)/gs, '$1');
}

function decodeValue(value: string, line: number): Pick<RegistryValue, 'type' | 'data'> {
  if (value.startsWith('"')) {
    const m = /^"((?:[^"\\]|\\.)*)"$/s.exec(value);
    if (!m) throw new RegFileError(`line ${line}: unterminated string`);
    return { type: 'REG_SZ', data: unescape(m[1] ?? '') };
  }
  const dword = /^dword:([0-9a-fA-F]{8})$/.exec(value);
  if (dword) return { type: 'REG_DWORD', data: Number.parseInt(dword[1] ?? '0', 16) };
  const hex = /^hex(?:\(([0-9a-fA-F]+)\))?:([0-9a-fA-F,\s]*)$/.exec(value);
  if (!hex) throw new RegFileError(`line ${line}: unknown value format "${value.slice(0, 30)}"`);
  const kind = Number.parseInt(hex[1] ?? '3', 16);
  const bytes = Buffer.from((hex[2] ?? '').split(',').map((b) => b.trim()).filter((b) => b !== '').map((b) => Number.parseInt(b, 16)));
  switch (kind) {
    case 2:
      return { type: 'REG_EXPAND_SZ', data: utf16z(bytes) };
    case 7:
      return { type: 'REG_MULTI_SZ', data: multiSz(bytes) };
    case 0xb:
      return { type: 'REG_QWORD', data: Number(bytes.length === 8 ? bytes.readBigUInt64LE() : 0n) };
    case 4:
      return { type: 'REG_DWORD', data: bytes.length === 4 ? bytes.readUInt32LE() : 0 };
    case 1:
      return { type: 'REG_SZ', data: utf16z(bytes) };
    default:
      return { type: kind === 3 ? 'REG_BINARY' : `REG_TYPE_${kind}`, data: bytes.toString('hex').toUpperCase() };
  }
}

function utf16z(bytes: Buffer): string {
  return bytes.toString('utf16le').replace(/\0+$/, '');
}

/** REG_MULTI_SZ: strings each ending in NUL, the list ending in an extra NUL (no empty strings). */
function multiSz(bytes: Buffer): string[] {
  return bytes.toString('utf16le').split('\0').filter((s) => s !== '');
}
