import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mapPool } from '../../diagnostics/engine/pool.js';
import { announceReadiness } from './announce-readiness.js';
import { reportDigest, type LabReport } from './lab-report.js';
import { LabSession } from './lab-session.js';
import { labReadiness } from './prerequisites.js';
import { repoRoot } from './repo-root.js';
import { assertBuilt, runCheck, type CheckRun } from './run-check.js';
import { startLabMonitor, type LabMonitorResult } from './run-monitor-in-lab.js';
import { FAULT_MODES, LINUX_TOOLS, makeBaseBin, makeCaseBin, survivors, type FaultMode, type LinuxTool } from './tool-shims.js';

// #16 fault injection with the REAL commands replaced: for each tool the engine runs on Linux and
// each way a tool can break, the built `homeline check --quick --json -` runs in the healthy lab's
// client namespace with a PATH whose first folder holds the broken tool (tool-shims.ts). The
// network is healthy, so whatever the check says beyond "fine" or "could not tell" is a false blame,
// and "fine" while a tool the verdict needs was broken is a false all-clear.

const readiness = await labReadiness();
announceReadiness('tool fault injection', readiness);

/** The tools without which no verdict may say "fine" (they feed adapters, gateway-ping, target-ping). */
const VERDICT_TOOLS: ReadonlySet<LinuxTool> = new Set(['ping', 'ip']);
/** The engine's run deadline for --quick (diagnostics/check.ts), plus what node start and JSON printing cost on a loaded machine. */
const QUICK_DEADLINE_MS = 15_000;
const WALL_SLACK_MS = 15_000;
/** How long each monitor case watches. */
const MONITOR_S = 5;
/** Checks at once: enough to overlap the waiting (hangs, timeouts) without starving a 2-core machine. */
const POOL = 3;
/**
 * Tools a probe runs only on the side, not as the witness of what it reports: such a probe must
 * report what it reported with the tool working, and name the tool in its data. (dns-system's
 * `ip route get` and vpn-client's `nmcli` are no side uses: the route decides whose resolver
 * failed, and nmcli alone names NetworkManager's IPsec tunnels, so both say "could not check".)
 */
const SIDE_USES: Readonly<Record<string, readonly LinuxTool[]>> = {
  // Battery and Wi-Fi power saving are read without it; an unreadable profile is a note naming it.
  power: ['powerprofilesctl'],
};
/** Modes where the tool did not run to its end (the runner's couldNotRun), as opposed to printing something. */
const COULD_NOT_RUN: ReadonlySet<FaultMode> = new Set(['not-executable', 'not-permitted', 'crash', 'hang', 'flood']);
/** Tools many healthy machines lack (no Wi-Fi card, no NetworkManager, no GNOME): "not installed" is an answer for them. */
const OPTIONAL_TOOLS: ReadonlySet<LinuxTool> = new Set(['iw', 'nmcli', 'gsettings', 'powerprofilesctl']);
/** Probes that run none of the engine's tools, so no broken tool may change what they found. */
const TOOL_FREE_PROBES = ['https', 'dns-public', 'captive-portal'] as const;

interface Case {
  readonly tool: LinuxTool;
  readonly mode: FaultMode;
}
interface Outcome extends Case {
  readonly run?: CheckRun;
  readonly failure?: string;
  readonly survivors: readonly number[];
}

// HOMELINE_SHIM_TOOLS=ping,ip runs only those tools' cases (while working on one).
const only = process.env.HOMELINE_SHIM_TOOLS?.split(',');
const CASES: readonly Case[] = LINUX_TOOLS.filter((t) => only === undefined || only.includes(t)).flatMap((tool) => FAULT_MODES.map((mode) => ({ tool, mode })));
const validate = new Ajv2020({ strict: false, allErrors: true, validateFormats: false }).compile(
  JSON.parse(readFileSync(join(repoRoot(), 'diagnostics', 'schema', 'published', 'report.schema.json'), 'utf8')) as object,
);

/** The probes whose kept raw output shows that they ran `tool`. */
function probesThatRan(report: LabReport, tool: string): string[] {
  const raw = (report as unknown as { raw?: { probe: string; cmd: string }[] }).raw ?? [];
  return [...new Set(raw.filter((r) => r.cmd === tool).map((r) => r.probe))];
}

describe.skipIf(!readiness.ok)('broken system tools (PATH shims) against the built check', () => {
  let session: LabSession | undefined;
  let root = '';
  let baseline: CheckRun | undefined;
  const outcomes = new Map<string, Outcome>();
  const monitors = new Map<FaultMode, { result?: LabMonitorResult; failure?: string; wallMs: number; survivors: readonly number[] }>();
  const key = (c: Case): string => `${c.tool}/${c.mode}`;

  beforeAll(async () => {
    assertBuilt();
    session = await LabSession.open();
    const lab = session.lab;
    root = mkdtempSync(join(tmpdir(), 'homeline-shims-'));
    const base = makeBaseBin(root);
    const runWith = (path: string, home: string): Promise<CheckRun> =>
      runCheck(lab, { quick: true, timeoutMs: 90_000, env: { PATH: path, HOMELINE_HOME: home, HOMELINE_POLICY_FILE: 'none' }, extraArgs: ['--no-history', '--lang', 'en'] });
    // The healthy lab with every tool real: the reference each broken case is held against.
    baseline = await runWith(makeCaseBin(root, 'baseline', null, 'missing', base).path, mkdtempSync(join(root, 'home-')));
    await mapPool(CASES, POOL, async (c) => {
      const bin = makeCaseBin(root, `${c.tool}-${c.mode}`, c.tool, c.mode, base);
      let outcome: Outcome;
      try {
        outcome = { ...c, run: await runWith(bin.path, mkdtempSync(join(root, 'home-'))), survivors: [] };
      } catch (e) {
        outcome = { ...c, failure: e instanceof Error ? e.message : String(e), survivors: [] };
      }
      outcomes.set(key(c), { ...outcome, survivors: survivors(bin.pidFile) });
    });
    // `monitor` streams ping for its whole run: each broken ping for 5 s.
    if (only === undefined || only.includes('ping')) {
      await mapPool(FAULT_MODES, POOL, async (mode) => {
        const bin = makeCaseBin(root, `monitor-ping-${mode}`, 'ping', mode, base);
        const started = performance.now();
        try {
          const result = await startLabMonitor(lab, { durationS: MONITOR_S, home: mkdtempSync(join(root, 'home-')), env: { PATH: bin.path, HOMELINE_POLICY_FILE: 'none' } }).done;
          monitors.set(mode, { result, wallMs: performance.now() - started, survivors: survivors(bin.pidFile) });
        } catch (e) {
          monitors.set(mode, { failure: e instanceof Error ? e.message : String(e), wallMs: performance.now() - started, survivors: survivors(bin.pidFile) });
        }
      });
    }
  }, 900_000);

  afterAll(async () => {
    await session?.close();
    if (root !== '') rmSync(root, { recursive: true, force: true });
  });

  it('the baseline (every tool real) finds the healthy lab fine', () => {
    expect(baseline?.report.verdict.segment, baseline ? reportDigest(baseline.report) : 'no baseline').toBe('none');
  });

  for (const c of CASES) {
    it(`${c.tool} ${c.mode}: ends in time, valid report, no false all-clear, no blame, nothing lost`, () => {
      const o = outcomes.get(key(c));
      expect(o?.failure, 'the check printed a report').toBeUndefined();
      const run = o!.run!;
      const report = run.report;
      const context = `${key(c)}: exit ${String(run.exitCode)}, ${run.wallMs} ms; ${reportDigest(report)}\nstderr: ${run.stderr.slice(0, 1000)}`;
      // Finishes within its deadline, and the tool's hanging children died with their group.
      expect(report.durationMs ?? Infinity, context).toBeLessThanOrEqual(QUICK_DEADLINE_MS + 1000);
      expect(run.wallMs, context).toBeLessThanOrEqual(QUICK_DEADLINE_MS + WALL_SLACK_MS);
      expect(o!.survivors, `${context}\nshim processes left running`).toEqual([]);
      // The contract's exit codes and the published schema.
      expect(run.exitCode, context).toBe(report.verdict.segment === 'none' ? 0 : 1);
      expect(validate(report), `${context}\n${JSON.stringify(validate.errors)}`).toBe(true);
      // The network is healthy: any party named is blamed on the broken tool's word.
      expect(['none', 'unknown'], context).toContain(report.verdict.segment);
      expect(report.findings.filter((f) => f.severity === 'problem' && f.segment !== 'unknown').map((f) => f.id), context).toEqual([]);
      // Never "fine" while a tool the verdict rests on could not run.
      if (VERDICT_TOOLS.has(c.tool)) {
        expect(report.verdict.segment, context).toBe('unknown');
        expect(report.verdict.summary, context).toContain(`(${c.tool})`);
      }
      // The probes that ran the tool say they could not check, naming it; none claims a measurement.
      for (const id of probesThatRan(report, c.tool)) {
        const probe = report.probes.find((p) => p.id === id);
        const baseStatus = baseline?.report.probes.find((p) => p.id === id)?.status;
        if (probe?.status === baseStatus && baseStatus !== 'ok') continue; // the baseline could not either (tool not installed)
        // Half of a real output may hold real answers (a hop that replied): the probe may then keep
        // what it found with the whole output, or say it could not check; nothing else.
        const realHalf = c.mode === 'truncated' && probe?.status === baseStatus;
        if (realHalf || SIDE_USES[id]?.includes(c.tool) === true || (c.mode === 'missing' && OPTIONAL_TOOLS.has(c.tool))) {
          expect(probe?.status, `${context}\nprobe ${id} (side use of ${c.tool})`).toBe(baseStatus);
          // A side tool that could not run at all is still named in what the probe reports.
          if (SIDE_USES[id]?.includes(c.tool) === true && COULD_NOT_RUN.has(c.mode)) {
            expect(JSON.stringify(probe?.data), `${context}\nprobe ${id} names ${c.tool}`).toContain(c.tool);
          }
          continue;
        }
        expect(probe?.status, `${context}\nprobe ${id}`).toBe('error');
        expect(probe?.error ?? '', `${context}\nprobe ${id}`).toContain(c.tool);
      }
      // Nothing lost: every probe of the baseline is still reported, and those that run no tool agree.
      expect(report.probes.map((p) => p.id).sort(), context).toEqual(baseline!.report.probes.map((p) => p.id).sort());
      for (const id of TOOL_FREE_PROBES) {
        expect(report.probes.find((p) => p.id === id)?.status, `${context}\nprobe ${id}`).toBe(baseline!.report.probes.find((p) => p.id === id)?.status);
      }
    });
  }

  for (const mode of FAULT_MODES) {
    it.skipIf(only !== undefined && !only.includes('ping'))(`monitor --duration ${MONITOR_S}s, ping ${mode}: ends in time, blames no one, leaves no process`, () => {
      const m = monitors.get(mode);
      expect(m?.failure, 'the monitor wrote its JSON').toBeUndefined();
      const r = m!.result!;
      const context = `monitor ping/${mode}: exit ${String(r.exitCode)}, ${Math.round(m!.wallMs)} ms; notes ${JSON.stringify(r.json.notes)}; events ${JSON.stringify(r.json.events)}\nstderr: ${r.stderr.slice(0, 800)}`;
      expect(m!.wallMs, context).toBeLessThanOrEqual(MONITOR_S * 1000 + WALL_SLACK_MS + QUICK_DEADLINE_MS);
      expect(m!.survivors, `${context}\nshim processes left running`).toEqual([]);
      // The lab is healthy: a drop-out here would be the broken ping's word against the network.
      expect(r.json.events, context).toEqual([]);
      expect(r.exitCode, context).toBe(0);
      // A ping that never answered at discovery is not used to watch: the monitor falls back to TCP.
      // (Half of a real output holds real replies, so discovery may keep ICMP then.)
      if (mode !== 'truncated') expect(r.json.targets.map((t) => t.method), context).not.toContain('icmp');
      // ...and says why, never silently: a line naming ping, and the note with its reason in the JSON.
      if (mode !== 'truncated') {
        expect(r.json.notes, context).toContain('ping-unusable');
        expect(r.json.pingFailure ?? '', context).toMatch(/\bping\b/);
        expect(r.stderr, context).toContain(`ping could not be used (${r.json.pingFailure ?? ''})`);
      }
    });
  }
});
