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
import { synopsis } from './help-text.js';
import { monitorPauses } from './monitor-pauses.js';
import { dataDir, userHistory, userSettings } from '../config/user-data.js';
import type { HistoryStore } from '../history/history-store.js';
import type { MonitorEvent } from '../monitor/types.js';
import { eventKey, SnapshotTaker } from '../monitor/snapshots.js';
import { runCheck } from '../check.js';
import { cannotWrite, writeOrKeep } from './output-file.js';
import { langOfArgv, usageText } from './usage.js';

/** The monitor's I/O: the one CommandIo, whose status line and stop signal it uses. */
export type MonitorIo = Io;

const usage = (e: MonitorUsageError, t: Translator, io: Io): number => {
  io.stderr(`${t.t('cli.usageError', { message: usageText(e, t) })}\n${t.t('cliHelp.label.usage')} ${synopsis('monitor')}\n`);
  return 2;
};

/** `homeline monitor`: watches the connection for a while, prints what dropped, exits 0 clean / 1 problems / 2 usage. */
export async function monitorCommand(argv: readonly string[], io: MonitorIo): Promise<number> {
  let inv: MonitorInvocation;
  try {
    inv = parseMonitorInvocation(argv);
  } catch (e) {
    if (!(e instanceof MonitorUsageError)) throw e;
    return usage(e, translator(langOfArgv(argv) ?? systemLang()), io);
  }
  const t = translator(inv.lang ?? systemLang());
  const os = currentOs() ?? 'linux';
  let targets;
  let config;
  try {
    config = await loadEffectiveConfig(t.lang);
    targets = await resolveCheckTargets(inv.profile, config, t.lang);
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
  // ping-unusable is worded with its reason from its own section; the others from the monitor's.
  const notes = found.notes.map((n) => (n === 'ping-unusable' ? t.t('monitorPing.unusable', { reason: found.pingFailure ?? '' }) : t.t(`monitor.note.${n}`)));
  for (const n of notes) io.stderr(`${n}\n`);
  if (found.targets.length === 0) return 2;
  const minutes = Math.round(inv.durationMs / 6000) / 10;
  io.stdout(`${t.t('monitor.cli.start', { count: found.targets.length, duration: minutes < 1 ? `${inv.durationMs / 1000} s` : `${minutes} min` })}\n`);

  // Each event goes into the history as it ends, so a run that is killed keeps what it saw.
  const warn = (s: string): void => io.stderr(`${s}\n`);
  const store: HistoryStore | null = inv.history ? userHistory(dataDir(), await userSettings(dataDir(), t, warn), t, warn) : null;
  // A quick check when an event begins (rate-limited), kept with the event (issue part 2).
  const snapshots = new SnapshotTaker(async () => {
    const { raw: _raw, ...report } = await runCheck({ targets, lang: t.lang, quick: true, os, run: runCommand });
    return report;
  });
  const kept = new Set<string>();
  let writes: Promise<void> = Promise.resolve();
  const keep = (e: MonitorEvent): void => {
    const key = eventKey(e);
    if (store === null || !store.persistent || e.end === null || kept.has(key)) return;
    const end = e.end;
    kept.add(key);
    writes = writes.then(async () => {
      const snapshot = await snapshots.of(e);
      try {
        store.addEvent({ ...e, end, ...(snapshot ? { snapshot } : {}) });
      } catch (err) {
        warn(t.t('history.writeFailed', { detail: err instanceof Error ? err.message : String(err) }));
      }
    });
  };
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
      conditions: machineConditions({
        os,
        run: runCommand,
        ...monitorPauses(config.policy.values, { onMetered: inv.onMetered }),
        watchVpn: found.targets.some((x) => x.role.startsWith('vpn')),
      }),
      onChange: (c) => {
        io.stdout(`${formatChange(c.type, c.event, t)}\n`);
        if (c.type === 'began' && store !== null) snapshots.began(c.event);
        if (c.type === 'ended') keep(c.event);
      },
      ...(io.status ? { onTick: (s: Parameters<typeof formatStatus>[0]) => io.status!(formatStatus(s, startedAt, t)) } : {}),
      signal: stop.signal,
    });
  } finally {
    clearTimeout(timer);
    io.stopSignal?.removeEventListener('abort', onStop);
  }
  // Events still going on when the run stopped are closed at its end, as the summary shows them.
  for (const e of result.events) keep(e);
  await writes;
  store?.close();
  io.status?.('');
  io.stdout(`${formatMonitorSummary(result, t)}\n`);
  if (inv.json !== undefined) {
    const text = `${JSON.stringify(monitorJson(result, found.notes, found.pingFailure), null, 2)}\n`;
    if (inv.json === '-') io.stdout(text);
    else if (await writeOrKeep(inv.json, text, t, io)) io.stderr(`${t.t('monitor.cli.wrote', { file: inv.json })}\n`);
    else return 2;
  }
  return result.events.length === 0 ? 0 : 1;
}
