import { parseArgs } from 'node:util';
import { isLang, type Lang, type Translator } from '../i18n/translator.js';
import { COMMANDS, flagsOf, type CommandKey, type FlagSpec, type FlagsOf } from './command-specs.js';

/**
 * Shared argument helpers: the parseArgs options of a command, taken from its declaration, and the
 * flag check every command gets before it runs (an unknown flag or a missing value is a one-line
 * usage error naming the flag, exit 2).
 */

/** A command line we cannot act on. `key` and `vars` name a translated message; `message` is the English one. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(message: string, readonly key?: string, readonly vars?: Readonly<Record<string, string>>) {
    super(message);
  }
}

/** The sentence of a usage error in the reader's language; its English message when it has no key. */
export function usageText(e: { readonly message: string; readonly key?: string; readonly vars?: Readonly<Record<string, string>> }, t: Translator): string {
  return e.key === undefined ? e.message : t.t(e.key, e.vars);
}

/**
 * The language a command line asks for (`--lang de`, `--lang=sv`), read before its parser ran: a
 * usage error is then worded in it, even when the parser refused the line. Undefined otherwise.
 */
export function langOfArgv(argv: readonly string[]): Lang | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') return undefined;
    const value = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice('--lang='.length) : undefined;
    if (value !== undefined && isLang(value)) return value;
  }
  return undefined;
}

type ParseOption<F extends FlagSpec> = { type: F['type']; short?: string; default?: string | boolean };
export type ParseOptions<F> = { -readonly [K in keyof F]: F[K] extends FlagSpec ? ParseOption<F[K]> : never };

/** parseArgs options for flags (the declaration's extra fields are left out). */
export function toParseOptions<F extends Readonly<Record<string, FlagSpec>>>(flags: F): ParseOptions<F> {
  const out: Record<string, ParseOption<FlagSpec>> = {};
  for (const [name, f] of Object.entries(flags)) {
    out[name] = { type: f.type, ...(f.short ? { short: f.short } : {}), ...(f.default !== undefined ? { default: f.default } : {}) };
  }
  return out as ParseOptions<F>;
}

/** The parseArgs options of one command, its own flags and the common ones. */
export function optionsOf<K extends CommandKey>(key: K): ParseOptions<FlagsOf<K>> {
  return toParseOptions(flagsOf(key) as unknown as Readonly<Record<string, FlagSpec>>) as ParseOptions<FlagsOf<K>>;
}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** The parseArgs options of several commands that share one parser (`isp set|show|kit`): all their flags. */
export function optionsOfAll<K extends CommandKey>(...keys: K[]): ParseOptions<UnionToIntersection<FlagsOf<K>>> {
  return Object.assign({}, ...keys.map((k) => optionsOf(k))) as ParseOptions<UnionToIntersection<FlagsOf<K>>>;
}

/** True when a command declares a `--no-NAME` flag. */
function negatable(key: CommandKey, name: string): boolean {
  const f = (COMMANDS[key].flags as Readonly<Record<string, FlagSpec>>)[name];
  return f?.negatable === true;
}

/**
 * Checks the flags of `argv` (the words after the command) against the command's declaration.
 * Throws UsageError naming the first flag that is unknown, lacks its value or has one it cannot take.
 * Reads parseArgs' tokens (structure), never its error texts.
 */
export function checkFlags(key: CommandKey, argv: readonly string[]): void {
  const flags: Readonly<Record<string, FlagSpec>> = flagsOf(key);
  const { tokens } = parseArgs({ args: [...argv], options: toParseOptions(flags), strict: false, allowPositionals: true, tokens: true });
  const command = COMMANDS[key].words.join(' ');
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok.kind === 'option-terminator') return;
    if (tok.kind !== 'option') continue;
    const base = tok.name.startsWith('no-') ? tok.name.slice(3) : undefined;
    const spec = flags[tok.name] ?? (base !== undefined && negatable(key, base) ? { type: 'boolean' as const } : undefined);
    if (!spec) throw new UsageError(`${tok.rawName} is not an option of "homeline ${command}".`, 'cliHelp.error.unknownFlag', { flag: tok.rawName, command });
    if (spec.type === 'boolean' && tok.inlineValue) {
      throw new UsageError(`${tok.rawName} takes no value.`, 'cliHelp.error.noValue', { flag: tok.rawName });
    }
    if (spec.type === 'string') {
      // parseArgs takes the next word as the value even when it is another flag (`--json --quick`).
      const value = tok.value;
      if (value === undefined || (!tok.inlineValue && value.startsWith('-') && value !== '-' && value.length > 1)) {
        throw new UsageError(`${tok.rawName} needs a value (${spec.value ?? 'VALUE'}).`, 'cliHelp.error.needsValue', { flag: tok.rawName, value: spec.value ?? 'VALUE' });
      }
    }
  }
}

/**
 * Parses the words after a command's name by its declaration: strict, positionals only where it
 * declares operands, `--no-NAME` only where it declares a negatable flag. Throws parseArgs' error;
 * each command turns that into its own usage message.
 */
export function parseCommandArgs<K extends CommandKey>(key: K, argv: readonly string[]) {
  const spec = COMMANDS[key];
  const negatable = Object.values(spec.flags as Readonly<Record<string, FlagSpec>>).some((f) => f.negatable === true);
  return parseArgs({ args: [...argv], strict: true, allowPositionals: spec.operands !== '', allowNegative: negatable, options: optionsOf(key) });
}
