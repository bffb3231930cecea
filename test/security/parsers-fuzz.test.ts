import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDfReply } from '../../diagnostics/net/mtu/parse-df-reply.js';
import { parsePingOutput } from '../../diagnostics/net/ping/parse.js';
import { parseOoklaResult } from '../../diagnostics/net/throughput/ookla/parse-ookla.js';
import { parsePlist } from '../../diagnostics/policy/darwin/parse-plist.js';
import { decodeRegFile, parseRegExport } from '../../diagnostics/policy/windows/parse-reg-export.js';
import type { OsKind } from '../../diagnostics/platform/os-kind.js';
import { repoRoot } from '../lab/repo-root.js';
import { fuzzAssert } from '../support/fuzz/budget.js';
import { parseFiles, parserExports, type ParserExport } from '../support/fuzz/discover-parsers.js';
import { describeParserFuzz, type FuzzedParser } from '../support/fuzz/parser-fuzz.js';

// Every text parser in the engine and the app, found by file name (parse*.ts), fuzzed with the
// shared harness against every captured output in the test tree. A parser added tomorrow is fuzzed
// tomorrow; an export that does not take text must say here why the generic fuzzer skips it.

const root = repoRoot();
const ROOTS = ['diagnostics', 'electron', 'renderer'];
const OS_KINDS: readonly OsKind[] = ['linux', 'darwin', 'win32'];

/** Exports of parse files that take something other than text, and what covers them instead. */
const NOT_TEXT: Readonly<Record<string, string>> = {
  'diagnostics/platform/resolvers/parse-resolv-conf.ts#onlyResolvedStub': 'reads a parsed ResolvConf; parseResolvConf is fuzzed',
  'diagnostics/platform/resolvers/parse-scutil-dns.ts#scopeOf': 'reads a parsed scutil block; parseScutilBlocks is fuzzed',
  'diagnostics/platform/registry/parse-reg-query.ts#findRegValue': 'looks up a parsed value list; parseRegQuery is fuzzed',
  'diagnostics/platform/registry/parse-reg-query.ts#firstKeyValues': 'filters a parsed value list; parseRegQuery is fuzzed',
  'diagnostics/platform/proxy/parse-scutil-proxy.ts#scutilFlag': 'reads a parsed scutil dictionary; parseScutilProxy is fuzzed',
  'diagnostics/platform/registry/parse-reg-query.ts#regDword': 'looks up a parsed value list; parseRegQuery is fuzzed',
  'diagnostics/platform/registry/parse-reg-query.ts#regString': 'looks up a parsed value list; parseRegQuery is fuzzed',
  'diagnostics/net/ping/parse.ts#parsePingOutput': 'takes the OS and both streams; fuzzed below for every OS',
  'diagnostics/net/mtu/parse-df-reply.ts#parseDfReply': 'takes the OS and the text; fuzzed below for every OS',
  'diagnostics/net/throughput/ookla/parse-ookla.ts#parseOoklaResult': 'takes text or parsed JSON; fuzzed below with both',
  'diagnostics/net/throughput/ookla/parse-ookla.ts#ooklaMeasurement': 'reads a parsed OoklaResult; parseOoklaResult is fuzzed',
  'diagnostics/policy/darwin/parse-plist.ts#parsePlist': 'takes a file’s bytes; fuzzed below with bytes',
  'diagnostics/policy/windows/parse-reg-export.ts#decodeRegFile': 'takes a file’s bytes; fuzzed below with bytes',
};

/**
 * Parsers of files that a user or IT hands over (not OS command output) may refuse the input, but
 * only with their own typed error, whose message names what is wrong: that is what the CLI shows.
 */
const TYPED_ERRORS: Readonly<Record<string, string>> = {
  'diagnostics/policy/windows/parse-reg-export.ts#parseRegExport': 'RegFileError',
};

/** Calls `fn`, letting through only the typed error `allowed` (with a message), if any. */
function refusingOnlyWith(allowed: string | undefined, fn: () => unknown): void {
  try {
    fn();
  } catch (e) {
    if (allowed !== undefined && e instanceof Error && e.name === allowed && e.message.trim() !== '') return;
    throw e;
  }
}

/** Every captured output in the test tree (fixtures folders), decoded as the runner would. */
function allCapturedOutputs(): string[] {
  const texts: string[] = [];
  const walk = (dir: string, inFixtures: boolean): void => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full, inFixtures || name === 'fixtures');
      else if (inFixtures && !name.endsWith('.ts')) texts.push(readFileSync(full, name.startsWith('win-') ? 'latin1' : 'utf8'));
    }
  };
  walk(join(root, 'test'), false);
  return texts;
}

const exportsFound: ParserExport[] = parseFiles(root, ROOTS).flatMap((f) => parserExports(root, f));
const captured = allCapturedOutputs();
const key = (e: ParserExport): string => `${e.file}#${e.name}`;

describe('parser discovery', () => {
  it('finds the parse files of every platform area and the network parsers', () => {
    const files = new Set(exportsFound.map((e) => e.file));
    for (const area of ['wifi', 'proxy', 'power', 'vpn', 'resolvers', 'routes', 'route-lookup', 'citrix', 'links']) {
      expect([...files].some((f) => f.startsWith(`diagnostics/platform/${area}/`)), area).toBe(true);
    }
    expect(files.has('diagnostics/net/ping/parse-unix.ts')).toBe(true);
    expect(captured.length).toBeGreaterThan(100);
  });

  it('every export of a parse file is fuzzed as text or explained', () => {
    const unexplained = exportsFound.filter((e) => !e.takesText && NOT_TEXT[key(e)] === undefined).map(key);
    expect(unexplained, 'a parse-file export that takes no text: fuzz it or explain it in NOT_TEXT').toEqual([]);
    const stale = Object.keys(NOT_TEXT).filter((k) => !exportsFound.some((e) => key(e) === k));
    expect(stale, 'NOT_TEXT names exports that no longer exist').toEqual([]);
  });
});

const textParsers: FuzzedParser[] = await Promise.all(
  exportsFound
    .filter((e) => e.takesText)
    .map(async (e) => {
      const mod = (await import(pathToFileURL(join(root, e.file)).href)) as Record<string, unknown>;
      const fn = mod[e.name];
      if (typeof fn !== 'function') throw new Error(`${key(e)} is not a function at run time`);
      return { name: key(e), samples: captured, parse: (s: string) => refusingOnlyWith(TYPED_ERRORS[key(e)], () => (fn as (t: string) => unknown)(s)) };
    }),
);

describeParserFuzz('every discovered text parser survives any text and every captured output', textParsers, {
  runs: 100,
  tokens: [' . . . : ', 'REG_SZ', 'REG_DWORD', '0x1', '<dictionary> {', 'dBm', 'MHz', 'ms', 'TTL=', 'time=', 'bytes from', '%', 'nameserver ', 'default via '],
});

describe('parsers of files and JSON, not text alone', () => {
  const bytes = fc.oneof(
    fc.uint8Array({ maxLength: 600 }),
    fc.constantFrom(...captured).map((t) => new Uint8Array(Buffer.from(t, 'utf8'))),
    fc.constantFrom('bplist00', '<?xml version="1.0"?><plist><dict>', '\uFEFF', '\xff\xfe').map((h) => new Uint8Array(Buffer.from(h, 'latin1'))),
  );
  it('plists and .reg files: any bytes give a value or the parser’s own error', () => {
    fuzzAssert(
      fc.property(bytes, (b) => {
        refusingOnlyWith('PlistError', () => parsePlist(b));
        refusingOnlyWith('RegFileError', () => parseRegExport(decodeRegFile(b)));
      }),
      300,
    );
  });
  it('Ookla output: any text or JSON value gives a result or an OoklaResultError', () => {
    const input = fc.oneof(fc.string({ maxLength: 400 }), fc.json().map((j) => JSON.parse(j) as unknown), fc.json({ maxDepth: 3 }));
    fuzzAssert(
      fc.property(input, (i) => refusingOnlyWith('OoklaResultError', () => parseOoklaResult(i))),
      300,
    );
  });
});

describe('parsers that take the OS as well', () => {
  it('ping and don\'t-fragment replies on every OS', () => {
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.constantFrom(...captured));
    fuzzAssert(
      fc.property(fc.constantFrom(...OS_KINDS), text, text, (os, stdout, stderr) => {
        parsePingOutput(os, { stdout, stderr });
        parseDfReply(os, stdout);
      }),
      300,
    );
  });
});
