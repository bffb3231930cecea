import { parseArgs } from 'node:util';
import { isLang, type Lang } from '../i18n/translator.js';
import { parseBundleInvocation, type BundleInvocation } from './args-bundle.js';
import { parseHistoryInvocation, type HistoryInvocation } from './args-history.js';
import { splitCommand, VALUE_FLAGS } from './command-words.js';
import { optionsOfAll, UsageError } from './usage.js';

export { UsageError };

/** What the command line asked for. */
export type Invocation =
  | { readonly command: 'help'; readonly lang?: Lang }
  | { readonly command: 'policy'; readonly json?: string; readonly lang?: Lang }
  | {
      readonly command: 'check';
      readonly profile?: string;
      readonly json?: string;
      readonly bundle?: string;
      /** Recorded command output to answer commands from (a report or a recording file). */
      readonly replay?: string;
      readonly quick: boolean;
      /** False with `--no-history`: the check is not recorded. */
      readonly history: boolean;
      readonly lang?: Lang;
    }
  | HistoryInvocation
  | BundleInvocation;

const COMMANDS = ['check', 'help', 'policy'] as const;

/** Command words with their own parser, given the whole argv. */
const SUBCOMMANDS: Readonly<Record<string, (argv: readonly string[]) => Invocation>> = {
  history: parseHistoryInvocation,
  isp: parseHistoryInvocation,
  bundle: parseBundleInvocation,
  view: parseBundleInvocation,
};

/**
 * Parses `homeline [check] [options]`. `check` is the default command, so `npm run check -- --quick`
 * and `homeline check --quick` mean the same.
 */
export function parseInvocation(argv: readonly string[]): Invocation {
  const twice = repeatedOption(argv);
  if (twice) throw new UsageError(`${twice} is given more than once; give it once.`, 'cliUsage.repeated', { flag: twice });
  // Commands other than `check` have their own options and parsers.
  const sub = SUBCOMMANDS[splitCommand(argv).words[0] ?? ''];
  if (sub) {
    try {
      return sub(argv);
    } catch (e) {
      if (e instanceof UsageError) throw e;
      throw new UsageError(e instanceof Error ? e.message : String(e));
    }
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      allowNegative: true,
      strict: true,
      // `policy` shares check's parser; it refuses check's own flags below.
      options: optionsOfAll('check', 'policy'),
    });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const { values, positionals } = parsed;
  if (values.lang !== undefined && !isLang(values.lang)) {
    throw new UsageError(`--lang must be en, de or sv, not "${values.lang}".`, 'cliUsage.lang', { value: values.lang });
  }
  const lang = values.lang as Lang | undefined;
  const [command = 'check', ...extra] = positionals;
  if (!(COMMANDS as readonly string[]).includes(command)) throw new UsageError(`unknown command "${command}".`, 'cliUsage.unknownCommand', { command });
  if (values.help || command === 'help') return { command: 'help', ...(lang ? { lang } : {}) };
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}".`, 'cliUsage.unexpected', { value: extra[0]! });
  for (const key of ['profile', 'json', 'bundle', 'replay'] as const) {
    if (values[key] === '') throw new UsageError(`--${key} needs a file name.`, 'cliUsage.needsFile', { flag: `--${key}` });
  }
  if (command === 'policy') {
    const other = (['profile', 'bundle', 'replay'] as const).find((k) => values[k] !== undefined) ?? (values.quick ? 'quick' : undefined);
    if (other) throw new UsageError(`--${other} does not apply to "homeline policy".`, 'cliUsage.notForPolicy', { flag: `--${other}` });
    return { command: 'policy', ...(values.json !== undefined ? { json: values.json } : {}), ...(lang ? { lang } : {}) };
  }
  return {
    command: 'check',
    quick: values.quick ?? false,
    history: values.history ?? true,
    ...(values.profile !== undefined ? { profile: values.profile } : {}),
    ...(values.json !== undefined ? { json: values.json } : {}),
    ...(values.bundle !== undefined ? { bundle: values.bundle } : {}),
    ...(values.replay !== undefined ? { replay: values.replay } : {}),
    ...(lang ? { lang } : {}),
  };
}


/**
 * The first option that takes a value and is given twice (`--profile a --profile b`): node's
 * parser would silently keep the last, so a check could run with the wrong profile unnoticed.
 */
function repeatedOption(argv: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') return undefined;
    const name = a.split('=', 1)[0]!;
    if (!VALUE_FLAGS.has(name)) continue;
    if (seen.has(name)) return name;
    seen.add(name);
    if (!a.includes('=')) i++;
  }
  return undefined;
}

