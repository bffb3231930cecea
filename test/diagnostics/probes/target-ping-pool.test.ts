import { describe, expect, it } from 'vitest';
import type { ProbeContext, ProbeResult } from '../../../diagnostics/engine/probe.js';
import { resultsView } from '../../../diagnostics/engine/runner.js';
import type { CommandSpec } from '../../../diagnostics/platform/command.js';
import type { OsKind } from '../../../diagnostics/platform/os-kind.js';
import { parallelPingTargets, targetPingProbe, type TargetPingData } from '../../../diagnostics/probes/target-ping.js';
import { targetsFromProfile } from '../../../diagnostics/profile/targets.js';
import { linuxOutput, optionValue, output, recording, windowsOutput } from '../net/ping/fake-ping.js';

const adaptersOk: ProbeResult = { id: 'adapters', status: 'ok', durationMs: 1, data: { state: 'ok' } };

/** A ping that answers every echo after a few ms, counting how many pings run at once. */
function countingPing(os: OsKind, answerMs: number) {
  const seen = { inFlight: 0, most: 0 };
  const run = recording(async (spec: CommandSpec) => {
    seen.most = Math.max(seen.most, ++seen.inFlight);
    await new Promise((r) => setTimeout(r, answerMs));
    seen.inFlight--;
    const target = spec.args[spec.args.length - 1]!;
    const count = optionValue(spec, os === 'win32' ? '-n' : '-c');
    return output(spec, os === 'win32' ? windowsOutput(target, count, () => false) : linuxOutput(target, count, () => false));
  });
  return { run, seen };
}

function ctx(os: OsKind, pingTargets: string[], run: ProbeContext<TargetPingData>['run'], observed: Partial<TargetPingData>[]): ProbeContext<TargetPingData> {
  // The profile schema allows 50 targets per list; the probe is bounded on its own, whatever it is given.
  return {
    targets: targetsFromProfile({ internet: { pingTargets } }, 'profile'),
    os,
    quick: true,
    signal: new AbortController().signal,
    run,
    results: resultsView([adaptersOk]),
    observe: (p) => void observed.push(p),
  };
}

describe('target-ping runs a bounded number of pings at once', () => {
  it('bounds targets per OS by a process budget: 16 on Linux, 10 on macOS, 4 on Windows', () => {
    expect(parallelPingTargets('linux')).toBe(16);
    expect(parallelPingTargets('darwin')).toBe(10);
    expect(parallelPingTargets('win32')).toBe(4);
  });

  it('300 targets on Linux: never more than 16 ping processes, every target measured, results observed as they finish', async () => {
    // Benchmark-range addresses: the fake runner answers, nothing is sent.
    const targets = Array.from({ length: 300 }, (_, i) => `198.18.${i >> 8}.${i & 255}`);
    const { run, seen } = countingPing('linux', 3);
    const observed: Partial<TargetPingData>[] = [];
    const out = await targetPingProbe.run(ctx('linux', targets, run, observed));
    expect(out.status).toBe('ok');
    expect(out.data.targets?.map((t) => t.target)).toEqual(targets);
    expect(run.calls).toHaveLength(300);
    expect(seen.most).toBe(16);
    expect(observed).toHaveLength(300);
    expect(observed.at(-1)?.pooled?.sent).toBe(300 * 100);
  });

  it('Windows pings with 25 processes a target: 6 targets never have more than 4 targets (100 processes) at once', async () => {
    const targets = Array.from({ length: 6 }, (_, i) => `198.51.100.${i + 1}`);
    // Each ping answers after 1 s, so a target's 25 processes (started over 1 s) overlap.
    const { run, seen } = countingPing('win32', 1000);
    const out = await targetPingProbe.run(ctx('win32', targets, run, []));
    expect(out.status).toBe('ok');
    expect(run.calls).toHaveLength(6 * 25);
    expect(seen.most).toBeLessThanOrEqual(100);
    expect(seen.most).toBeGreaterThan(25); // targets do overlap: the bound is a pool, not a queue of one
  }, 20_000);
});
