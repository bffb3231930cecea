import { parseArgs } from 'node:util';
import { collectStats } from '../fleet/collect-stats.js';
import { diffChecks, diffIsEmpty } from '../fleet/diff.js';
import { formatDiff } from '../fleet/format-diff.js';
import { formatStatsCsv } from '../fleet/format-stats-csv.js';
import { formatStatsHtml } from '../fleet/format-stats-html.js';
import { formatStatsText } from '../fleet/format-stats-text.js';
import { CheckLoadError, loadCheck } from '../fleet/load-check.js';
import { problemLine } from '../fleet/load-problem.js';
import { isTimeZone, localTimeZone } from '../fleet/time-slot.js';
import { isLang, systemLang, translator, type Translator } from '../i18n/translator.js';
import type { CommandIo } from './command-io.js';
import { langOfArgv, optionsOfAll } from './usage.js';
import { commandHelp, synopsis } from './help-text.js';
import { cannotWrite, writeOrKeep } from './output-file.js';

/**
 * `homeline diff A B` and `homeline stats DIR|FILE…`: the help desk's commands, apart from `check`.
 * Exit codes: diff 0 nothing changed, 1 something changed (like diff(1)), 2 usage error or a file
 * that is not a check; stats 0 (unreadable files are reported, not fatal), 2 usage error.
 */

const FORMATS = ['text', 'csv', 'json', 'html'] as const;
type Format = (typeof FORMATS)[number];

type Io = CommandIo;

class FleetUsage extends Error {}

function parse(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: optionsOfAll('diff', 'stats'),
    });
  } catch (e) {
    throw new FleetUsage(e instanceof Error ? e.message : String(e));
  }
}

async function diffCommand(files: readonly string[], json: boolean, t: Translator, io: Io): Promise<number> {
  if (files.length !== 2) throw new FleetUsage(t.t('fleet.usage.diffArgs'));
  const checks = [];
  for (const file of files) {
    try {
      checks.push(await loadCheck(file));
    } catch (e) {
      if (!(e instanceof CheckLoadError)) throw e;
      io.stderr(`${problemLine(e.file, e.problem, t)}\n`);
      return 2;
    }
  }
  const d = diffChecks(checks[0]!, checks[1]!);
  io.stdout(json ? `${JSON.stringify(d, null, 2)}\n` : `${formatDiff(d, t)}\n`);
  return diffIsEmpty(d) ? 0 : 1;
}

async function statsCommand(paths: readonly string[], v: ReturnType<typeof parse>['values'], t: Translator, io: Io): Promise<number> {
  if (paths.length === 0) throw new FleetUsage(t.t('fleet.usage.statsArgs'));
  const format = v.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) throw new FleetUsage(t.t('fleet.usage.format', { value: format }));
  const timeZone = v['time-zone'] ?? localTimeZone();
  if (!isTimeZone(timeZone)) throw new FleetUsage(t.t('fleet.usage.timeZone', { value: timeZone }));
  const unwritable = v.out ? await cannotWrite(v.out, t) : undefined;
  if (unwritable !== undefined) {
    io.stderr(`${unwritable}\n`);
    return 2;
  }
  const stats = await collectStats(paths, { timeZone });
  const render: Record<Format, () => string> = {
    text: () => `${formatStatsText(stats, t)}\n`,
    csv: () => formatStatsCsv(stats, t),
    json: () => `${JSON.stringify(stats, null, 2)}\n`,
    html: () => formatStatsHtml(stats, t),
  };
  const out = render[format as Format]();
  if (!v.out) io.stdout(out);
  else if (!(await writeOrKeep(v.out, out, t, io))) return 2;
  return 0;
}

/** Runs `diff` or `stats` (argv starts with the command name); returns the exit code. */
export async function runFleetCommand(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  let t = translator(langOfArgv(rest) ?? systemLang());
  try {
    const { values, positionals } = parse(rest);
    if (values.lang !== undefined) {
      if (!isLang(values.lang)) throw new FleetUsage(t.t('cliUsage.lang', { value: values.lang }));
      t = translator(values.lang);
    }
    if (values.help) {
      io.stdout(commandHelp(command === 'diff' ? 'diff' : 'stats', t));
      return 0;
    }
    if (values.out === '') throw new FleetUsage(t.t('cliUsage.needsFile', { flag: '--out' }));
    return command === 'diff' ? await diffCommand(positionals, values.json ?? false, t, io) : await statsCommand(positionals, values, t, io);
  } catch (e) {
    if (!(e instanceof FleetUsage)) throw e;
    io.stderr(`${t.t('cli.usageError', { message: e.message })}\n${t.t('cliHelp.label.usage')} ${synopsis(command === 'diff' ? 'diff' : 'stats')}\n`);
    return 2;
  }
}
