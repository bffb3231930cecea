import { describe, expect, it } from 'vitest';
import { isSmokeRun, runSmoke, SMOKE_EXIT, type SmokePorts } from '../../../electron/smoke/smoke-run.js';
import type { InvokeResult } from '../../../electron/ipc/contract.js';

// The smoke run's steps without the Electron binary: what it prints and the exit code it answers.

const report = { verdict: { segment: 'none' }, probes: [{}, {}, {}] };

function ports(over: Partial<SmokePorts>): { ports: SmokePorts; lines: string[]; calls: unknown[][] } {
  const lines: string[] = [];
  const calls: unknown[][] = [];
  return {
    lines,
    calls,
    ports: {
      rendererLoaded: () => Promise.resolve(),
      invoke: (channel, request) => {
        calls.push([channel, request]);
        return Promise.resolve({ ok: true, value: { report } } as unknown as InvokeResult);
      },
      print: (line) => lines.push(line),
      ...over,
    },
  };
}

describe('the Electron smoke run', () => {
  it('is asked for by its flag only', () => {
    expect(isSmokeRun(['electron', '.', '--smoke'])).toBe(true);
    expect(isSmokeRun(['electron', '.', '--start-hidden'])).toBe(false);
    expect(isSmokeRun(['electron', '.', '--smoke-test'])).toBe(false);
  });

  it('loads the UI, runs one quick check through the contract, prints OK and answers 0', async () => {
    const p = ports({});
    expect(await runSmoke(p.ports)).toBe(SMOKE_EXIT.ok);
    expect(p.calls).toEqual([['check.run', { quick: true }]]);
    expect(p.lines).toEqual(['homeline smoke: renderer loaded', 'homeline smoke: check done, 3 probes, verdict none', 'homeline smoke: OK']);
  });

  it('passes whatever the verdict: the runner network is not the app health', async () => {
    const p = ports({ invoke: () => Promise.resolve({ ok: true, value: { report: { ...report, verdict: { segment: 'isp' } } } } as unknown as InvokeResult) });
    expect(await runSmoke(p.ports)).toBe(SMOKE_EXIT.ok);
    expect(p.lines.at(-2)).toContain('verdict isp');
  });

  it('fails when the UI does not load, and never runs the check then', async () => {
    const p = ports({ rendererLoaded: () => Promise.reject(new Error('the UI did not load: ERR_FILE_NOT_FOUND (-6)')) });
    expect(await runSmoke(p.ports)).toBe(SMOKE_EXIT.failed);
    expect(p.calls).toEqual([]);
    expect(p.lines).toEqual(['homeline smoke: FAIL renderer: the UI did not load: ERR_FILE_NOT_FOUND (-6)']);
  });

  it('fails with the contract error when the check answers one', async () => {
    const p = ports({ invoke: () => Promise.resolve({ ok: false, error: { code: 'failed', message: 'no targets' } }) });
    expect(await runSmoke(p.ports)).toBe(SMOKE_EXIT.failed);
    expect(p.lines.at(-1)).toBe('homeline smoke: FAIL check: failed: no targets');
    expect(p.lines).not.toContain('homeline smoke: OK');
  });

  it('fails when dispatch itself throws (a report that breaks the contract)', async () => {
    const p = ports({ invoke: () => Promise.reject(new Error('report.verdict: invalid')) });
    expect(await runSmoke(p.ports)).toBe(SMOKE_EXIT.failed);
    expect(p.lines.at(-1)).toBe('homeline smoke: FAIL check: report.verdict: invalid');
  });

  it('answers 2 when a step hangs past the timeout, naming the step', async () => {
    const p = ports({ invoke: () => new Promise(() => undefined), timeoutMs: 30 });
    expect(await runSmoke(p.ports)).toBe(SMOKE_EXIT.timedOut);
    expect(p.lines.at(-1)).toBe('homeline smoke: FAIL check: no result within 30 ms');
  });
});
