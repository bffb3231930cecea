import { describe, expect, it } from 'vitest';
import type { Probe, ProbeOutcome } from '../../../diagnostics/engine/probe.js';
import { runProbes } from '../../../diagnostics/engine/runner.js';
import type { CommandRunner } from '../../../diagnostics/platform/command.js';
import { targetsFromProfile } from '../../../diagnostics/profile/targets.js';
import { measureBesidePath } from '../../../diagnostics/probes/skip-unless-path.js';

// A probe that measures beside the adapters probe: it starts at once, skips like before when the
// machine has no way out, and needs no adapters verdict once its own answers show the way out.

const noCommands: CommandRunner = async (spec) => ({ cmd: spec.cmd, args: spec.args, stdout: '', stderr: '', exitCode: 0, signal: null, timedOut: false, truncated: false, durationMs: 1 });
const base = { targets: targetsFromProfile({}, 'profile'), os: 'linux' as const, quick: false, run: noCommands, deadlineMs: 5000 };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A stand-in for the adapters probe (the helper finds it by id) that answers `state` after `ms`. */
const adapters = (state: string, ms: number): Probe<object> => ({
  id: 'adapters',
  dependsOn: [],
  timeoutMs: 5000,
  run: async () => {
    await sleep(ms);
    return { status: state === 'ok' ? 'ok' : 'fail', data: { state, adapters: [], defaultRoute: null, primary: null } };
  },
});

type D = { readonly answers: number };
/** A measuring probe beside it: `answers` replies after `ms`; notes when adapters was done at its end. */
function measuring(answers: number, ms: number, seen: string[]): Probe<D> {
  return {
    id: 'measure',
    dependsOn: [],
    timeoutMs: 5000,
    run: (ctx) =>
      measureBesidePath<D>(
        ctx,
        { answers: 0 },
        async (): Promise<ProbeOutcome<D>> => {
          seen.push(`started, adapters ${ctx.results.of(adapters('ok', 0)) ? 'done' : 'running'}`);
          await sleep(ms);
          return { status: answers > 0 ? 'ok' : 'fail', data: { answers } };
        },
        (o) => o.data.answers > 0,
      ),
  };
}

describe('measureBesidePath', () => {
  it('starts before the adapters probe finished, and returns its answers without waiting for it', async () => {
    const seen: string[] = [];
    const started = performance.now();
    const { results } = await runProbes([adapters('ok', 400), measuring(3, 20, seen)], base);
    expect(seen).toEqual(['started, adapters running']);
    expect(results[1]).toMatchObject({ status: 'ok', data: { answers: 3 } });
    // It finished long before adapters: its duration is its own measurement's.
    expect(results[1]!.durationMs).toBeLessThan(results[0]!.durationMs);
    expect(performance.now() - started).toBeGreaterThanOrEqual(390);
  });

  it('skips as before when the machine has no way out, whichever finished first', async () => {
    for (const [adaptersMs, measureMs] of [[10, 100], [100, 10]] as const) {
      const { results } = await runProbes([adapters('no-route', adaptersMs), measuring(0, measureMs, [])], base);
      expect(results[1]).toMatchObject({ status: 'skipped', error: 'this computer has no network path (no-route)', data: { answers: 0 } });
    }
  });

  it('keeps a measurement without answers when adapters finds a way out', async () => {
    const { results } = await runProbes([adapters('ok', 30), measuring(0, 10, [])], base);
    expect(results[1]).toMatchObject({ status: 'fail', data: { answers: 0 } });
  });
});
