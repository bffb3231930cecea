import { readFile } from 'node:fs/promises';
import { translator, type Translator } from '../i18n/translator.js';
import { decodeConsoleBytes } from '../platform/console-text/decode.js';
import { detectKind } from '../parse/detect-kind.js';
import { isParseKind, PARSE_KINDS, type ParseKind } from '../parse/kinds.js';
import { readOutput } from '../parse/read-output.js';
import type { CommandIo as Io } from './command-io.js';
import { parseCommandArgs } from './usage.js';
import { commandHelp, synopsis } from './help-text.js';
import { langOf } from './ticket-command.js';

/** Exit codes: 0 read, 1 nothing recognisable in the text, 2 usage or unreadable input. */
export const PARSE_EXIT = { ok: 0, unrecognised: 1, usage: 2 } as const;

// A ticket attachment, not a disk image: larger input is cut with a note rather than read whole.
const MAX_BYTES = 4 * 1024 * 1024;

async function readInput(file: string, stdin: () => Promise<Uint8Array>): Promise<Uint8Array> {
  return file === '-' ? stdin() : new Uint8Array(await readFile(file));
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    chunks.push(b);
    size += b.length;
    if (size > MAX_BYTES) break;
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** One fact per line: "ssid: Home", lists joined, nested objects flattened with dots. */
function factLines(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== 'object')) return [`${prefix}: ${value.length === 0 ? '—' : value.join(', ')}`];
    return value.flatMap((v, i) => factLines(v, `${prefix}[${i + 1}]`));
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => (k === 'notes' ? [] : factLines(v, prefix === '' ? k : `${prefix}.${k}`)));
  }
  return [`${prefix}: ${value === null ? '—' : String(value)}`];
}

/** `homeline parse [KIND] FILE|- [--json] [--lang en|de|sv]`: reads a pasted output with the engine's parsers. */
export async function parseCommand(argv: readonly string[], io: Io, stdin: () => Promise<Uint8Array> = readStdin): Promise<number> {
  let parsed;
  try {
    parsed = parseCommandArgs('parse', argv);
  } catch (e) {
    const t = translator(langOf(undefined));
    return usage(io, t, e instanceof Error ? e.message : String(e));
  }
  const { values, positionals } = parsed;
  const t = translator(langOf(values.lang));
  const kinds = PARSE_KINDS.join(', ');
  if (values.help) {
    io.stdout(commandHelp('parse', t));
    return PARSE_EXIT.ok;
  }
  if (positionals.length < 1 || positionals.length > 2) return usage(io, t, `${t.t('cliHelp.label.usage')} ${synopsis('parse')}`);
  const [kindArg, file] = positionals.length === 2 ? [positionals[0]!, positionals[1]!] : [null, positionals[0]!];
  if (kindArg !== null && !isParseKind(kindArg)) {
    io.stderr(`${t.t('parse.unknownKind', { kind: kindArg, kinds })}\n`);
    return PARSE_EXIT.usage;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readInput(file, stdin);
  } catch (e) {
    io.stderr(`${t.t('parse.cannotRead', { file, reason: e instanceof Error ? e.message : String(e) })}\n`);
    return PARSE_EXIT.usage;
  }
  const cut = bytes.length > MAX_BYTES;
  const { text, encoding } = decodeConsoleBytes(cut ? bytes.subarray(0, MAX_BYTES) : bytes);
  if (text.trim() === '') {
    io.stderr(`${t.t('parse.empty')}\n`);
    return PARSE_EXIT.usage;
  }
  const kind: ParseKind | null = kindArg ?? detectKind(text);
  // airport -I (macOS 14.3 and older) or its deprecation warning (14.4 and later): no parser
  // reads it, and the note says what to ask for instead.
  if (kind === null && /\bairport\b.*\bdeprecated\b|^\s*agrCtlRSSI:/im.test(text)) {
    io.stderr(`${t.t('parse.airportGone')}\n`);
    return PARSE_EXIT.unrecognised;
  }
  if (kind === null) {
    io.stderr(`${t.t('parse.notRecognised', { kinds })}\n`);
    return PARSE_EXIT.unrecognised;
  }
  const result = readOutput(kind, text);
  const unread = cut ? [...result.unread, `input cut at ${MAX_BYTES} bytes`] : result.unread;
  if (values.json) {
    io.stdout(`${JSON.stringify({ kind, detected: kindArg === null, encoding, facts: result.facts, unread }, null, 2)}\n`);
    return PARSE_EXIT.ok;
  }
  const lines = [
    t.t('parse.kindLine', { kind, how: t.t(kindArg === null ? 'parse.detected' : 'parse.given'), encoding }),
    '',
    t.t('parse.factsHeading'),
    ...factLines(result.facts).map((l) => `  ${l}`),
    '',
    unread.length === 0 ? t.t('parse.nothingUnread') : t.t('parse.unreadHeading'),
    ...unread.map((u) => `  - ${u}`),
  ];
  io.stdout(`${lines.join('\n')}\n`);
  return PARSE_EXIT.ok;
}

function usage(io: Io, t: Translator, message: string): number {
  io.stderr(`${t.t('parse.usage', { message })}\n`);
  return PARSE_EXIT.usage;
}
