import type { Translator } from '../i18n/translator.js';
import { PARSE_KINDS } from '../parse/kinds.js';
import { COMMANDS, commandKeys, commandLine, commandOf, flagsOf, GROUPS, type CommandKey, type FlagSpec } from './command-specs.js';
import { splitCommand } from './command-words.js';

/**
 * The help texts of `homeline`, rendered from the command declarations (command-specs.ts) and the
 * translated texts under `cliHelp`: one grouped overview, and one page per command.
 */

/** `--name VALUE`, `--no-name` or `--name`, as the synopsis and the options list write a flag. */
export function flagLabel(name: string, f: FlagSpec): string {
  if (f.negatable) return `--no-${name}`;
  const long = f.type === 'string' ? `--${name} ${f.value ?? 'VALUE'}` : `--${name}`;
  return f.short ? `-${f.short}, ${long}` : long;
}

/** `homeline isp kit [--format text|html|pdf] [--out FILE] [--lang en|de|sv]`. */
export function synopsis(key: CommandKey): string {
  const spec = COMMANDS[key];
  const flags = Object.entries(flagsOf(key) as Readonly<Record<string, FlagSpec>>)
    .filter(([name]) => name !== 'help')
    .map(([name, f]) => {
      const label = flagLabel(name, f).replace(/^-\w, /, '');
      return f.required ? label : `[${label}]`;
    });
  return [commandLine(key), spec.operands, ...flags].filter((s) => s !== '').join(' ');
}

const vars = { kinds: PARSE_KINDS.join(', ') };

function columns(rows: readonly (readonly [string, string])[], indent = '  '): string[] {
  const width = Math.max(...rows.map(([l]) => l.length));
  return rows.map(([l, r]) => `${indent}${l.padEnd(width)}  ${r}`);
}

/** `homeline --help`: every command once, under its group, with one line on what it does. */
export function overviewHelp(t: Translator): string {
  const lines = [...t.list('cliHelp.overview.intro', { check: synopsis('check') }), ''];
  const rows = commandKeys().map((k) => [COMMANDS[k].words.join(' '), k] as const);
  const width = Math.max(...rows.map(([w]) => w.length));
  for (const group of GROUPS) {
    const inGroup = rows.filter(([, k]) => COMMANDS[k].group === group);
    if (inGroup.length === 0) continue;
    lines.push(t.t(`cliHelp.group.${group}`));
    for (const [words, k] of inGroup) lines.push(`  ${words.padEnd(width)}  ${t.t(`cliHelp.cmd.${k}.summary`, vars)}`);
    lines.push('');
  }
  lines.push(...t.list('cliHelp.overview.outro'));
  return `${lines.join('\n')}\n`;
}

/** `homeline CMD --help`: usage, what it does, options with defaults, examples, exit codes. */
export function commandHelp(key: CommandKey, t: Translator): string {
  const spec = COMMANDS[key];
  const flags = Object.entries(flagsOf(key) as Readonly<Record<string, FlagSpec>>);
  const optionRows = flags.map(([name, f]) => {
    const own = name in spec.flags;
    const text = t.t(own ? `cliHelp.cmd.${key}.flags.${name}` : `cliHelp.common.${name}`, vars);
    const shown = f.default !== undefined && !f.negatable && f.type === 'string' ? ` ${t.t('cliHelp.label.default', { value: String(f.default) })}` : '';
    return [flagLabel(name, f), `${text}${shown}`] as const;
  });
  const lines = [
    `${t.t('cliHelp.label.usage')} ${synopsis(key)}`,
    '',
    ...t.list(`cliHelp.cmd.${key}.about`, vars),
    '',
    t.t('cliHelp.label.options'),
    ...columns(optionRows),
    '',
    t.t('cliHelp.label.examples'),
    ...spec.examples.map((e) => `  ${e}`),
    '',
    `${t.t('cliHelp.label.exit')} ${t.t(`cliHelp.cmd.${key}.exit`)}`,
  ];
  return `${lines.join('\n')}\n`;
}

/** `homeline isp --help`: the commands that begin with one word, one line each. */
export function familyHelp(keys: readonly CommandKey[], t: Translator): string {
  const rows = keys.map((k) => [synopsis(k), t.t(`cliHelp.cmd.${k}.summary`, vars)] as const);
  return `${[`${t.t('cliHelp.label.usage')}`, ...rows.flatMap(([s, d]) => [`  ${s}`, `      ${d}`]), '', t.t('cliHelp.overview.more')].join('\n')}\n`;
}

/** The synopsis of the command argv names, or where to find the commands when it names none. */
export function usageLine(argv: readonly string[], t: Translator): string {
  const { words } = splitCommand(argv);
  const key = commandOf(words.length === 0 ? ['check'] : words);
  return key ? `${t.t('cliHelp.label.usage')} ${synopsis(key)}` : t.t('cliHelp.overview.more');
}
