#!/usr/bin/env node
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runCheck } from '../check.js';
import { systemLang, translator } from '../i18n/translator.js';
import { runCommand } from '../platform/command.js';
import { loadRecording, ReplayError, replayRunner } from '../platform/replay.js';
import { ProfileError } from '../profile/load-profile.js';
import { formatSummary } from '../report/summary.js';
import { parseInvocation, UsageError } from './args.js';
import { langOfArgv, usageText } from './usage.js';
import { EXIT, type CommandIo } from './command-io.js';
import { openCheckMemory } from './check-history.js';
import { recordOf } from '../history/history-record.js';
import { loadEffectiveConfig, redactionOf, resolveCheckTargets } from '../config/effective-config.js';
import { policyCommand, policyWarnings } from './policy-command.js';
import { answerHelpOrFlagError } from './help-command.js';
import { overviewHelp, usageLine } from './help-text.js';
import { cannotWrite, writeOrKeep } from './output-file.js';

export { EXIT };
export type Io = CommandIo;

/** `homeline` as a function: parses argv, runs the command, returns the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  // --help, `help CMD` and flags a command does not declare are answered from the declarations.
  const early = answerHelpOrFlagError(argv, io);
  if (early !== undefined) return early;
  // The help-desk commands have their own options; they are routed before `check`'s parser.
  // Loaded only when asked for: `homeline check` should not pay for the outbox's, ticket's or
  // monitor's modules before its first ping starts (issue #18).
  if (argv[0] === 'ticket') return (await import('./ticket-command.js')).ticketCommand(argv.slice(1), io);
  if (argv[0] === 'outbox') return (await import('./outbox-command.js')).outboxCommand(argv.slice(1), io);
  if (argv[0] === 'parse') return (await import('./pasted-output-command.js')).parseCommand(argv.slice(1), io);
  if (argv[0] === 'monitor') return (await import('./monitor-command.js')).monitorCommand(argv.slice(1), io);
  if (argv[0] === 'diff' || argv[0] === 'stats') return (await import('./fleet-commands.js')).runFleetCommand(argv, io);
  let inv;
  try {
    inv = parseInvocation(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    const t = translator(langOfArgv(argv) ?? systemLang());
    io.stderr(`${t.t('cli.usageError', { message: usageText(e, t) })}\n${usageLine(argv, t)}\n`);
    return EXIT.usage;
  }
  const t = translator(inv.lang ?? systemLang());
  if (inv.command === 'help') {
    io.stdout(overviewHelp(t));
    return EXIT.ok;
  }
  if (inv.command === 'policy') return policyCommand(inv.json, t, io.stdout, io.stderr);
  // The bundle, fleet and history modules (zip, sketches) load only when a command needs them,
  // after the check for `check` (issue #18: Node's start-up is part of the quick check's 2 s).
  if (inv.command === 'bundle-preview') return (await (await import('./bundle-commands.js')).previewBundleFile(inv.file, t, io)) ? EXIT.ok : EXIT.usage;
  if (inv.command === 'view') return (await (await import('./bundle-commands.js')).viewBundleFile(inv.file, inv.html, t, io)) ? EXIT.ok : EXIT.usage;
  if (inv.command !== 'check') return (await import('./history-commands.js')).runHistoryCommand(inv, io, t);
  let targets;
  let config;
  try {
    // Without --profile the managed policy's targets apply; its ignored values are reported, not fatal.
    config = await loadEffectiveConfig(t.lang);
    for (const line of policyWarnings(config.policy, t)) io.stderr(`${line}\n`);
    targets = await resolveCheckTargets(inv.profile, config, t.lang);
  } catch (e) {
    if (!(e instanceof ProfileError)) throw e;
    io.stderr(`${e.message}\n`);
    return EXIT.usage;
  }
  // A file that cannot be written is known now: say so before the check runs, not after.
  for (const file of [inv.json === '-' ? undefined : inv.json, inv.bundle]) {
    const problem = file === undefined ? undefined : await cannotWrite(file, t);
    if (problem !== undefined) {
      io.stderr(`${problem}\n`);
      return EXIT.usage;
    }
  }
  // HOMELINE_REPLAY lets a harness that cannot add arguments (the fault lab) feed a recording too.
  const replayFile = inv.replay ?? process.env.HOMELINE_REPLAY;
  let run = runCommand;
  if (replayFile) {
    try {
      run = replayRunner(await loadRecording(replayFile), runCommand);
    } catch (e) {
      if (!(e instanceof ReplayError)) throw e;
      io.stderr(`${e.message}\n`);
      return EXIT.usage;
    }
  }
  const memory = await openCheckMemory(inv.history, t, (s) => io.stderr(`${s}\n`));
  let report;
  try {
    report = await runCheck({ targets, lang: t.lang, quick: inv.quick, run, history: memory.past, events: memory.events, ...(memory.isp ? { isp: memory.isp } : {}) });
    memory.record(report);
  } finally {
    memory.close();
  }
  const json = `${JSON.stringify(report, null, 2)}\n`;
  // The result is printed first: a report file that then fails to write loses nothing (it is
  // kept in the temporary folder, and the check is in the history), but exits 2.
  let wrote = true;
  if (inv.json === '-') io.stdout(json);
  else {
    io.stdout(`${formatSummary(report, t)}\n`);
    if (inv.json !== undefined) wrote = await writeOrKeep(inv.json, json, t, io);
  }
  const { exportAfterCheck, fleetExportOf } = await import('./fleet-export-step.js');
  await exportAfterCheck(report, fleetExportOf(config.effective.settings), t, (line) => io.stderr(`${line}\n`));
  if (inv.bundle !== undefined) {
    const [{ writeCheckBundle }, { historyExcerpt }] = await Promise.all([import('./bundle-commands.js'), import('../history/bundle-excerpt.js')]);
    // With --json - the report owns stdout, so the bundle's message goes to stderr.
    const bundleIo = inv.json === '-' ? { stdout: io.stderr, stderr: io.stderr } : io;
    const history = historyExcerpt([...memory.past, recordOf(report)], new Date());
    if (!(await writeCheckBundle(inv.bundle, report, targets, t, bundleIo, history, redactionOf(config.effective)))) return EXIT.usage;
  }
  if (!wrote) return EXIT.usage;
  return report.verdict.segment === 'none' ? EXIT.ok : EXIT.problem;
}

/** The process's own streams; a terminal also gets the monitor's status line, redrawn in place, and Ctrl+C stops a monitor. */
function cliIo(): Io {
  const stop = new AbortController();
  if (process.argv[2] === 'monitor') process.once('SIGINT', () => stop.abort());
  return {
    stdout: (s) => process.stdout.write(process.stderr.isTTY ? `\r\x1b[K${s}` : s),
    stderr: (s) => process.stderr.write(s),
    stopSignal: stop.signal,
    ...(process.stderr.isTTY ? { status: (line: string) => void process.stderr.write(`\r\x1b[K${line}`) } : {}),
  };
}

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  main(process.argv.slice(2), cliIo()).then(
    (code) => {
      // Exit once the output is flushed: a name lookup that is still waiting in the system
      // resolver (getaddrinfo cannot be cancelled) must not hold the answer back for seconds.
      process.stdout.write('', () => process.exit(code));
    },
    (e: unknown) => {
      process.stderr.write(`homeline: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 3;
    },
  );
}
