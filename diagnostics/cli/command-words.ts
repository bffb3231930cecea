import { COMMANDS, commandKeys, commandOf, type FlagSpec } from './command-specs.js';

/** Every flag that takes a value in some command: its value is not a command word. */
export const VALUE_FLAGS: ReadonlySet<string> = new Set(
  commandKeys().flatMap((k) => Object.entries(COMMANDS[k].flags as Readonly<Record<string, FlagSpec>>).filter(([, f]) => f.type === 'string').map(([n]) => `--${n}`)).concat('--lang'),
);

/**
 * The command words (the leading words that name a declared command, wherever flags stand before
 * them) and the remaining arguments.
 */
export function splitCommand(argv: readonly string[]): { words: string[]; rest: string[] } {
  const positions: number[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    if (a.startsWith('-') && a !== '-') {
      if (VALUE_FLAGS.has(a)) i++;
      continue;
    }
    positions.push(i);
    if (positions.length === 3) break;
  }
  const candidate = positions.map((i) => argv[i]!);
  const key = commandOf(candidate);
  // `help` takes the following words as the command to explain; an unknown word is kept so its
  // parser can name it.
  const taken = candidate[0] === 'help' ? positions.length : key ? COMMANDS[key].words.length : Math.min(1, candidate.length);
  const used = new Set(positions.slice(0, taken));
  return { words: positions.slice(0, taken).map((i) => argv[i]!), rest: argv.filter((_, i) => !used.has(i)) };
}
