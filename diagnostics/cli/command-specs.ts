/**
 * Every `homeline` command, declared once: its words, its group in `homeline --help`, its operands and
 * its flags (type, value placeholder, default). The parsers take their parseArgs options from here and
 * the help renders from here, so a flag cannot be accepted without being documented. The texts live in
 * diagnostics/i18n/sections/cli-help-*.ts under `cliHelp.cmd.<key>`. Adding a command is one entry
 * below plus its texts.
 */

/** One flag: `string` flags take a value (`value` is its placeholder in the synopsis). */
export interface FlagSpec {
  readonly type: 'string' | 'boolean';
  readonly value?: string;
  readonly short?: string;
  readonly default?: string | boolean;
  /** A boolean that is on by default and turned off with `--no-NAME` (parseArgs' allowNegative). */
  readonly negatable?: boolean;
  /** The command cannot run without it (its parser says so); the synopsis shows it without brackets. */
  readonly required?: boolean;
}

/** The headings of `homeline --help`, in the order shown. */
export const GROUPS = ['connection', 'provider', 'helpdesk', 'agents', 'admin'] as const;
export type Group = (typeof GROUPS)[number];

export interface CommandSpec {
  /** What the user types after `homeline`: ['isp', 'kit']. */
  readonly words: readonly string[];
  readonly group: Group;
  /** The operands part of the synopsis, e.g. `FILE|-`; empty when the command takes none. */
  readonly operands: string;
  readonly flags: Readonly<Record<string, FlagSpec>>;
  /** Literal command lines; the same in every language. */
  readonly examples: readonly string[];
}

/** Flags every command takes. */
export const COMMON_FLAGS = {
  lang: { type: 'string', value: 'en|de|sv' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Record<string, FlagSpec>;

const FILE = 'FILE';

export const COMMANDS = {
  check: {
    words: ['check'],
    group: 'connection',
    operands: '',
    flags: {
      profile: { type: 'string', value: FILE },
      json: { type: 'string', value: 'FILE|-' },
      bundle: { type: 'string', value: FILE },
      replay: { type: 'string', value: FILE },
      quick: { type: 'boolean', default: false },
      history: { type: 'boolean', default: true, negatable: true },
    },
    examples: ['homeline check', 'homeline check --quick --lang de', 'homeline check --profile company.json --json report.json --bundle check.homeline'],
  },
  monitor: {
    words: ['monitor'],
    group: 'connection',
    operands: '',
    flags: {
      duration: { type: 'string', value: 'DURATION', default: '10m' },
      interval: { type: 'string', value: 'MS', default: '1000' },
      json: { type: 'string', value: 'FILE|-' },
      profile: { type: 'string', value: FILE },
      history: { type: 'boolean', default: true, negatable: true },
      'on-metered': { type: 'boolean', default: false },
    },
    examples: ['homeline monitor', 'homeline monitor --duration 1h --json monitor.json', 'homeline monitor --duration 30m --on-metered'],
  },
  history: {
    words: ['history'],
    group: 'connection',
    operands: '',
    flags: {
      days: { type: 'string', value: 'N', default: '14' },
      json: { type: 'boolean', default: false },
    },
    examples: ['homeline history', 'homeline history --days 30 --json'],
  },
  ispSet: {
    words: ['isp', 'set'],
    group: 'provider',
    operands: '',
    flags: {
      name: { type: 'string', value: 'NAME' },
      'contract-down': { type: 'string', value: 'MBITS' },
      'contract-up': { type: 'string', value: 'MBITS' },
      customer: { type: 'string', value: 'NO' },
      line: { type: 'string', value: 'ID' },
    },
    examples: ['homeline isp set --name "Example Net" --contract-down 100 --contract-up 40'],
  },
  ispShow: { words: ['isp', 'show'], group: 'provider', operands: '', flags: {}, examples: ['homeline isp show'] },
  ispKit: {
    words: ['isp', 'kit'],
    group: 'provider',
    operands: '',
    flags: {
      done: { type: 'string', value: 'restart=HH:MM,cable,second-device|none' },
      format: { type: 'string', value: 'text|html|pdf', default: 'text' },
      out: { type: 'string', value: FILE },
    },
    examples: ['homeline isp kit', 'homeline isp kit --done restart=19:40,cable', 'homeline isp kit --format pdf --out call-kit.pdf'],
  },
  bundlePreview: { words: ['bundle', 'preview'], group: 'helpdesk', operands: 'FILE', flags: {}, examples: ['homeline bundle preview check.homeline'] },
  ticket: {
    words: ['ticket'],
    group: 'helpdesk',
    operands: '',
    flags: {
      bundle: { type: 'string', value: FILE, required: true },
      to: { type: 'string', value: 'CONNECTOR' },
      config: { type: 'string', value: FILE },
    },
    examples: ['homeline ticket --bundle check.homeline', 'homeline ticket --bundle check.homeline --to servicenow --config helpdesk.json'],
  },
  outbox: {
    words: ['outbox'],
    group: 'helpdesk',
    operands: '[list|send|retry [ID…]]',
    flags: { json: { type: 'boolean', default: false } },
    examples: ['homeline outbox', 'homeline outbox retry --json'],
  },
  view: {
    words: ['view'],
    group: 'agents',
    operands: 'BUNDLE',
    flags: { html: { type: 'string', value: FILE } },
    examples: ['homeline view check.homeline', 'homeline view check.homeline --html report.html'],
  },
  parse: {
    words: ['parse'],
    group: 'agents',
    operands: '[KIND] FILE|-',
    flags: { json: { type: 'boolean', default: false } },
    examples: ['homeline parse pasted-ping.txt', 'homeline parse ipconfig - --json < pasted.txt'],
  },
  diff: {
    words: ['diff'],
    group: 'agents',
    operands: 'A B',
    flags: { json: { type: 'boolean', default: false } },
    examples: ['homeline diff monday.homeline friday.homeline'],
  },
  stats: {
    words: ['stats'],
    group: 'agents',
    operands: 'DIR|FILE…',
    flags: {
      format: { type: 'string', value: 'text|csv|json|html', default: 'text' },
      out: { type: 'string', value: FILE },
      'time-zone': { type: 'string', value: 'ZONE' },
    },
    examples: ['homeline stats tickets/', 'homeline stats tickets/ --format csv --out stats.csv --time-zone Europe/Berlin'],
  },
  policy: {
    words: ['policy'],
    group: 'admin',
    operands: '',
    flags: { json: { type: 'string', value: 'FILE|-' } },
    examples: ['homeline policy', 'homeline policy --json -'],
  },
} as const satisfies Record<string, CommandSpec>;

export type CommandKey = keyof typeof COMMANDS;

/** The flags a command accepts: its own and the common ones. */
export type FlagsOf<K extends CommandKey> = (typeof COMMANDS)[K]['flags'] & typeof COMMON_FLAGS;

export function commandKeys(): CommandKey[] {
  return Object.keys(COMMANDS) as CommandKey[];
}

export function flagsOf<K extends CommandKey>(key: K): FlagsOf<K> {
  return { ...COMMANDS[key].flags, ...COMMON_FLAGS } as FlagsOf<K>;
}

/** `homeline isp kit`. */
export function commandLine(key: CommandKey): string {
  return `homeline ${COMMANDS[key].words.join(' ')}`;
}

/** The command whose words begin `words` (the longest such), or undefined. */
export function commandOf(words: readonly string[]): CommandKey | undefined {
  let best: CommandKey | undefined;
  for (const key of commandKeys()) {
    const w = COMMANDS[key].words;
    if (w.every((x, i) => words[i] === x) && (!best || w.length > COMMANDS[best].words.length)) best = key;
  }
  return best;
}

/** The commands whose first word is `word` (`isp` → set, show, kit), for `homeline isp --help`. */
export function familyOf(word: string): CommandKey[] {
  return commandKeys().filter((k) => COMMANDS[k].words[0] === word);
}
