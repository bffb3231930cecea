import { systemLang, translator, type Translator } from '../i18n/translator.js';
import { discoverTargets } from '../monitor/discover-targets.js';
import { formatChange, formatMonitorSummary, formatStatus } from '../monitor/format-monitor.js';
import { machineConditions } from '../monitor/machine-conditions.js';
import { monitorJson } from '../monitor/monitor-json.js';
import { runMonitor, type MonitorResult } from '../monitor/run-monitor.js';
import { runCommand, streamCommand } from '../platform/command.js';
import { currentOs } from '../platform/os-kind.js';
import { ProfileError } from '../profile/load-profile.js';
import { MonitorUsageError, parseMonitorInvocation, type MonitorInvocation } from './args-monitor.js';
import { loadEffectiveConfig, resolveCheckTargets } from '../config/effective-config.js';
import type { CommandIo as Io } from './command-io.js';
import { cannotWrite, writeOrKeep } from './output-file.js';

/** Where the live status line goes: a terminal gets it redrawn in place, a pipe gets nothing. */
export interface MonitorIo extends Io {
  readonly status?: (line: string) => void;
  /** Stops the run early (Ctrl+C); the CLI wires SIGINT to it. */
  readonly stopSignal?: AbortSignal;
}

const usage = (e: MonitorUsageError, t: Translator, io: Io): number => {
  const msg = e.key ? t.t(e.key, e.vars) : e.message;
  io.stderr(`${t.t('cli.usageError', { message: msg })}\n${t.list('monitor.cli.help').join('\n')}\n`);
  return 2;
};

/** `homeline monitor`: watches the connection for a while, prints what dropped, exits 0 clean / 1 problems / 2 usage. */
export async function monitorCommand(argv: readonly string[], io: MonitorIo): Promise<number> {
  let inv: MonitorInvocation;
  try {
    inv = parseMonitorInvocation(argv);
  } catch (e) {
    if (!(e instanceof MonitorUsageError)) throw e;
    return usage(e, translator(systemLang()), io);
  }
  const t = translator(inv.lang ?? systemLang());
  const os = currentOs() ?? 'linux';
  let targets;
  try {
    targets = await resolveCheckTargets(inv.profile, await loadEffectiveConfig(t.lang), t.lang);
  } catch (e) {
    if (!(e instanceof ProfileError)) throw e;
    io.stderr(`${e.message}\n`);
    return 2;
  }
  // Known before watching for minutes: a --json file that cannot be written.
  const unwritable = inv.json === undefined || inv.json === '-' ? undefined : await cannotWrite(inv.json, t);
  if (unwritable !== undefined) {
    io.stderr(`${unwritable}\n`);
    return 2;
  }
  const found = await discoverTargets(targets, { os, run: runCommand });
  const notes = found.notes.map((n) => t.t(`monitor.note.${n}`));
  for (const n of notes) io.stderr(`${n}\n`);
  if (found.targets.length === 0) return 2;
  const minutes = Math.round(inv.durationMs / 6000) / 10;
  io.stdout(`${t.t('monitor.cli.start', { count: found.targets.length, duration: minutes < 1 ? `${inv.durationMs / 1000} s` : `${minutes} min` })}\n`);

  const stop = new AbortController();
  const timer = setTimeout(() => stop.abort(), inv.durationMs);
  const onStop = (): void => stop.abort();
  io.stopSignal?.addEventListener('abort', onStop, { once: true });
  let result: MonitorResult;
  const startedAt = Date.now();
  try {
    result = await runMonitor({
      targets: found.targets,
      os,
      stream: streamCommand,
      intervalMs: inv.intervalMs,
      conditions: machineConditions({ os, run: runCommand, pauseOnPowerSaver: true, watchVpn: found.targets.some((x) => x.role.startsWith('vpn')) }),
      onChange: (c) => io.stdout(`${formatChange(c.type, c.event, t)}\n`),
      ...(io.status ? { onTick: (s: Parameters<typeof formatStatus>[0]) => io.status!(formatStatus(s, startedAt, t)) } : {}),
      signal: stop.signal,
    });
  } finally {
    clearTimeout(timer);
    io.stopSignal?.removeEventListener('abort', onStop);
  }
  io.status?.('');
  io.stdout(`${formatMonitorSummary(result, t)}\n`);
  if (inv.json !== undefined) {
    const text = `${JSON.stringify(monitorJson(result, found.notes), null, 2)}\n`;
    if (inv.json === '-') io.stdout(text);
    else if (await writeOrKeep(inv.json, text, t, io)) io.stderr(`${t.t('monitor.cli.wrote', { file: inv.json })}\n`);
    else return 2;
  }
  return result.events.length === 0 ? 0 : 1;
}
