import { isLang, systemLang, translator, type Translator } from '../i18n/translator.js';
import { EXIT, type CommandIo } from './command-io.js';
import { COMMANDS, commandOf, familyOf, type CommandKey } from './command-specs.js';
import { splitCommand } from './command-words.js';
import { commandHelp, familyHelp, overviewHelp, synopsis } from './help-text.js';
import { checkFlags, UsageError, usageText } from './usage.js';

/**
 * What main() does before any command runs: answers `--help`, `-h` and `help [CMD]`, and refuses a
 * flag the command does not declare (or one without its value) in one line naming it, exit 2.
 * Returns undefined when the command should run.
 */
export function answerHelpOrFlagError(argv: readonly string[], io: CommandIo): number | undefined {
  const { words, rest } = splitCommand(argv);
  const t = translator(langIn(argv));
  if (words[0] === 'help') return showHelp(words.slice(1), t, io);
  const key = words.length === 0 ? 'check' : commandOf(words);
  const asksHelp = rest.some((a) => a === '--help' || a === '-h');
  if (asksHelp && words.length > 0 && key === undefined && familyOf(words[0]!).length > 0) return showHelp(words.slice(0, 1), t, io);
  if (key === undefined) return undefined; // an unknown command: the command parser says so
  // `homeline --help` without a command is the overview, not check's page.
  if (asksHelp) return showHelp(words, t, io);
  try {
    checkFlags(key, rest);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    return usageFailure(key, e, t, io);
  }
  return undefined;
}

function showHelp(words: readonly string[], t: Translator, io: CommandIo): number {
  if (words.length === 0) {
    io.stdout(overviewHelp(t));
    return EXIT.ok;
  }
  const key = commandOf(words);
  if (key && COMMANDS[key].words.length === words.length) {
    io.stdout(commandHelp(key, t));
    return EXIT.ok;
  }
  const family = familyOf(words[0]!);
  if (family.length > 0 && words.length === 1) {
    io.stdout(familyHelp(family, t));
    return EXIT.ok;
  }
  io.stderr(`${t.t('cli.usageError', { message: t.t('cliHelp.error.unknownCommand', { command: words.join(' ') }) })}\n${t.t('cliHelp.overview.more')}\n`);
  return EXIT.usage;
}

/** The one-line error, then the command's synopsis; exit 2. */
export function usageFailure(key: CommandKey, e: UsageError, t: Translator, io: CommandIo): number {
  io.stderr(`${t.t('cli.usageError', { message: usageText(e, t) })}\n${t.t('cliHelp.label.usage')} ${synopsis(key)}\n`);
  return EXIT.usage;
}

/** `--lang X` or `--lang=X` anywhere in argv, else the system language. */
export function langIn(argv: readonly string[]): ReturnType<typeof systemLang> {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (value !== undefined && isLang(value)) return value;
  }
  return systemLang();
}
