import { checkRunner } from './platform/windows-cim/check-runner.js';
import os from 'node:os';
import { resultsView, runProbes, type ProbeEvent } from './engine/runner.js';
import type { Probe } from './engine/probe.js';
import { translator, type Lang } from './i18n/translator.js';
import { runCommand, type CommandRunner } from './platform/command.js';
import { currentOs, type OsKind } from './platform/os-kind.js';
import { ALL_PROBES, START_FIRST } from './probes/all-probes.js';
import type { Targets } from './profile/targets.js';
import { recordOf, type HistoryRecord } from './history/history-record.js';
import { patternFindings } from './history/pattern-findings.js';
import { findPatterns } from './history/patterns.js';
import { DROPOUT_KIT_DAYS, summarizeDropouts } from './history/dropout-summary.js';
import type { StoredEvent } from './history/monitor-event-rows.js';
import { eventDayTime, recentDropoutVerdict, reportEvents } from './report/monitor-evidence.js';
import { dropoutFindings } from './report/dropout-findings.js';
import { buildIspCall } from './report/isp-call.js';
import { ispCallFacts } from './report/isp-call-facts.js';
import type { IspSettings } from './settings/user-settings.js';
import { reportSchema, type RawOutput, type Report, type Witness } from './schema/report.js';
import { decide, rankFindings } from './verdict/decide.js';
import { gatherEvidence } from './verdict/evidence.js';
import { localizeFinding } from './verdict/localize.js';
import { verdictWitnesses } from './verdict/line-witnesses.js';
import { ALL_RULES } from './verdict/rules/all-rules.js';

export interface CheckOptions {
  readonly targets: Targets;
  readonly lang: Lang;
  readonly quick: boolean;
  /** Injected for tests and replay; default: this machine. */
  readonly os?: OsKind;
  readonly run?: CommandRunner;
  readonly probes?: readonly Probe<object>[];
  readonly deadlineMs?: number;
  readonly onEvent?: (event: ProbeEvent) => void;
  readonly now?: () => Date;
  /** Earlier checks: recurring loss in them becomes a finding and is cited in the ISP call kit. */
  readonly history?: readonly HistoryRecord[];
  /** The connection monitor's recorded events: cited by a clean check, the call kit, and carried in the report. */
  readonly events?: readonly StoredEvent[];
  /** The user's line details (contract speed, customer number) for the call kit. */
  readonly isp?: IspSettings;
  /** IANA zone for history patterns and the kit's times; default: this machine's. */
  readonly timeZone?: string;
}

/**
 * The checks that could not run, each with the tools it ran that failed ("gateway-ping (ping)"), so
 * the verdict names what to repair. A tool counts as failed when it exited other than 0 or not at
 * all; a probe whose tools all exited 0 printed what could not be read, and all of them are named.
 */
function namedFailures(probes: readonly string[], raw: readonly RawOutput[]): string {
  return probes
    .map((id) => {
      const mine = raw.filter((r) => r.probe === id);
      const failed = mine.filter((r) => r.exitCode !== 0);
      const tools = [...new Set((failed.length > 0 ? failed : mine).map((r) => r.cmd))];
      return tools.length > 0 ? `${id} (${tools.join(', ')})` : id;
    })
    .join(', ');
}
const witnessesOf = (w: readonly Witness[]): { witnesses?: Witness[] } => (w.length === 0 ? {} : { witnesses: [...w] });

/** The targets with the user's contract speeds beside the company's minimums (see fast-line.ts). */
function withContract(targets: Targets, isp: IspSettings | undefined): Targets {
  const down = isp?.contractDownMbps;
  const up = isp?.contractUpMbps;
  if (down === undefined && up === undefined) return targets;
  const throughput = { ...targets.throughput, ...(down !== undefined ? { contractDownMbps: down } : {}), ...(up !== undefined ? { contractUpMbps: up } : {}) };
  return { ...targets, throughput };
}

/** Overall budgets: every probe's own timeout fits inside, so the deadline only catches the unexpected. */
const DEADLINE_MS = { quick: 15_000, full: 60_000 } as const;

/**
 * Runs one connection check: the probes, then the rules, then the verdict, as a validated report.
 * The one entry point for the CLI, the Electron main process and the tests.
 */
export async function runCheck(o: CheckOptions): Promise<Report> {
  const osKind = o.os ?? currentOs();
  if (osKind === undefined) throw new Error(`Homeline has no adapters for ${process.platform}`);
  const now = o.now ?? (() => new Date());
  const startedAt = now();
  const began = performance.now();
  // On Windows one PowerShell, started now, answers the check's PowerShell queries.
  const runner = checkRunner(osKind, o.run ?? runCommand);
  const { results, raw } = await runProbes(o.probes ?? ALL_PROBES, {
    targets: withContract(o.targets, o.isp),
    os: osKind,
    quick: o.quick,
    run: runner.run,
    deadlineMs: o.deadlineMs ?? (o.quick ? DEADLINE_MS.quick : DEADLINE_MS.full),
    startFirst: START_FIRST,
    ...(o.onEvent ? { onEvent: o.onEvent } : {}),
  }).finally(runner.close);
  const evidence = gatherEvidence(resultsView(results));
  const zone = o.timeZone ? { timeZone: o.timeZone } : {};
  const patterns = findPatterns(o.history ?? [], { now: startedAt, ...zone });
  const drafts = rankFindings([...ALL_RULES.flatMap((rule) => rule(evidence)), ...patternFindings(patterns)]);
  const decision = decide(drafts, evidence);
  const t = translator(o.lang);
  const events = o.events ?? [];
  const recent = decision.segment === 'none' ? recentDropoutVerdict(events, startedAt, t, o.timeZone) : null;
  // A check whose every rule passed but some probe could not run is no plain all-clear: it says
  // so in the headline and names what it could not check (#16), never "looks fine" about it.
  const unchecked = results.filter((r) => r.status === 'error').map((r) => r.id);
  const allClear =
    unchecked.length === 0
      ? { headline: t.t('verdict.none.headline'), summary: t.t('verdict.none.summary') }
      : { headline: t.t('verdict.none.partialHeadline'), summary: t.t('verdict.none.partialSummary', { failed: namedFailures(unchecked, raw) }) };
  const verdict =
    decision.segment === 'none'
      ? { segment: decision.segment, ...(recent ?? allClear) }
      : decision.segment === 'unknown' && decision.top !== null
        ? // Witnesses that contradict each other: say plainly what each of them saw.
          { segment: 'unknown' as const, headline: t.t(`finding.${decision.top.id}.title`), summary: localizeFinding(decision.top, t).evidence.join(' ') }
      : decision.segment === 'unknown' || decision.top === null
        ? {
            segment: 'unknown' as const,
            headline: t.t('verdict.unknown.headline'),
            summary: t.t('verdict.unknown.summary', { failed: namedFailures(decision.failedProbes, raw) }),
          }
        : {
            segment: decision.segment,
            headline: t.t(`finding.${decision.top.id}.title`),
            summary: t.t(`verdict.${decision.segment}.summary`),
          };
  const report: Report = {
    schemaVersion: 1,
    startedAt: startedAt.toISOString(),
    durationMs: Math.round(performance.now() - began),
    lang: o.lang,
    quick: o.quick,
    platform: { os: osKind, release: os.release(), arch: os.arch() },
    verdict: { ...verdict, ...witnessesOf(decision.segment === 'unknown' && decision.top === null ? [] : verdictWitnesses(decision.top, evidence)) },
    // The home network's and the VPN's recorded drop-outs ride along as advice, after the verdict was decided.
    findings: [...drafts, ...dropoutFindings(events, { now: startedAt, ...zone, when: (ms) => eventDayTime(ms, t, o.timeZone) })].map((d) => localizeFinding(d, t)),
    probes: results.map((r) => ({
      id: r.id,
      status: r.status,
      durationMs: r.durationMs,
      data: r.data as Record<string, unknown>,
      ...(r.error === undefined ? {} : { error: r.error }),
    })),
    raw: [...raw],
    ...(events.length > 0 ? { monitorEvents: reportEvents(events, startedAt) } : {}),
  };
  if (verdict.segment === 'isp') {
    // The kit reads the same figures history keeps, so a kit rebuilt later from history matches.
    const dropouts = summarizeDropouts(events, { segment: 'isp', now: startedAt, days: DROPOUT_KIT_DAYS, ...zone });
    const facts = ispCallFacts(recordOf(report), { patterns, dropouts, ...(o.isp ? { isp: o.isp } : {}), ...zone });
    report.ispCall = buildIspCall(facts, t);
  }
  // A report that breaks its own schema is a bug: fail here rather than hand it to a help desk.
  return reportSchema.parse(JSON.parse(JSON.stringify(report)));
}
