import { isLang, type Lang } from '../i18n/translator.js';
import { parseCommandArgs } from './usage.js';

/** `homeline monitor [--duration 10m] [--json FILE] [--profile FILE] [--interval MS] [--no-history] [--on-metered] [--lang …]`. */
export interface MonitorInvocation {
  readonly durationMs: number;
  readonly json?: string;
  readonly profile?: string;
  readonly intervalMs: number;
  readonly history: boolean;
  /** Keep watching on a metered connection for this run, whatever the policy (see monitor-pauses.ts). */
  readonly onMetered: boolean;
  readonly lang?: Lang;
}

/** A usage mistake in `homeline monitor`; `key` and `vars` name the translated message. */
export class MonitorUsageError extends Error {
  constructor(message: string, readonly key?: string, readonly vars?: Record<string, string>) {
    super(message);
    this.name = 'MonitorUsageError';
  }
}

const UNIT_MS: Readonly<Record<string, number>> = { s: 1000, m: 60_000, h: 3_600_000 };
const MAX_MS = 24 * 3_600_000;

/** "90s", "10m", "1h", "1.5h" or plain seconds; null for anything else or beyond 24 h. */
export function parseDuration(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)([smh]?)$/.exec(text.trim());
  if (!m) return null;
  const ms = Math.round(Number(m[1]) * UNIT_MS[m[2] || 's']!);
  return ms >= 1000 && ms <= MAX_MS ? ms : null;
}

/** Parses the arguments after `monitor`. Throws MonitorUsageError naming what is wrong. */
export function parseMonitorInvocation(argv: readonly string[]): MonitorInvocation {
  let parsed;
  try {
    parsed = parseCommandArgs('monitor', argv);
  } catch (e) {
    throw new MonitorUsageError(e instanceof Error ? e.message : String(e));
  }
  const v = parsed.values;
  // parseArgs fills --duration and --interval from the declaration's defaults (command-specs.ts).
  const duration = v.duration!;
  const durationMs = parseDuration(duration);
  if (durationMs === null) throw new MonitorUsageError(`not a duration: ${duration}`, 'monitor.cli.badDuration', { value: duration });
  const intervalMs = Number(v.interval);
  if (!Number.isInteger(intervalMs) || intervalMs < 200 || intervalMs > 60_000) throw new MonitorUsageError(`--interval must be whole milliseconds from 200 to 60000, not "${v.interval}"`, 'cliUsage.interval', { value: String(v.interval) });
  if (v.lang !== undefined && !isLang(v.lang)) throw new MonitorUsageError(`--lang must be en, de or sv, not "${v.lang}"`, 'cliUsage.lang', { value: v.lang });
  for (const [name, value] of [['json', v.json], ['profile', v.profile]] as const) {
    if (value === '') throw new MonitorUsageError(`--${name} needs a file name`, 'cliUsage.needsFile', { flag: `--${name}` });
  }
  return {
    durationMs,
    intervalMs,
    history: v.history !== false,
    onMetered: v['on-metered'] === true,
    ...(v.json !== undefined ? { json: v.json } : {}),
    ...(v.profile !== undefined ? { profile: v.profile } : {}),
    ...(v.lang !== undefined ? { lang: v.lang as Lang } : {}),
  };
}
