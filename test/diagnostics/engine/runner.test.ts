import { describe, expect, it } from 'vitest';
import type { Probe } from '../../../diagnostics/engine/probe.js';
import { checkOrder, resultsView, runProbes, type ProbeEvent } from '../../../diagnostics/engine/runner.js';
import type { CommandRunner } from '../../../diagnostics/platform/command.js';
import { targetsFromProfile } from '../../../diagnostics/profile/targets.js';

const noCommands: CommandRunner = async (spec) => ({
  cmd: spec.cmd, args: spec.args, stdout: `out of ${spec.cmd}`, stderr: '', exitCode: 0, signal: null, timedOut: false, truncated: false, durationMs: 1,
});
const base = { targets: targetsFromProfile({}, 'profile'), os: 'linux' as const, quick: false, run: noCommands, deadlineMs: 5000 };
const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => { clearTimeout(t); resolve(); });
  });

function probe(id: string, opts: Partial<Probe<{ v: number }>> & { waitMs?: number } = {}): Probe<{ v: number }> {
  return {
    id,
    dependsOn: opts.dependsOn ?? [],
    timeoutMs: opts.timeoutMs ?? 1000,
    ...(opts.slow ? { slow: true } : {}),
    run: opts.run ?? (async (ctx) => { await sleep(opts.waitMs ?? 0, ctx.signal); return { status: 'ok', data: { v: 1 } }; }),
  };
}

describe('runProbes', () => {
  it('runs independent probes in parallel and dependants after their dependencies', async () => {
    const a = probe('a', { waitMs: 150 });
    const b = probe('b', { waitMs: 150 });
    const order: string[] = [];
    const c = probe('c', {
      dependsOn: [a, b],
      run: async (ctx) => {
        order.push(`c saw a=${ctx.results.of(a)?.status} b=${ctx.results.of(b)?.status}`);
        return { status: 'ok', data: { v: 3 } };
      },
    });
    const started = performance.now();
    const events: ProbeEvent[] = [];
    const { results } = await runProbes([c, a, b], { ...base, onEvent: (e) => events.push(e) });
    const wall = performance.now() - started;
    expect(results.map((r) => r.id)).toEqual(['c', 'a', 'b']);
    expect(order).toEqual(['c saw a=ok b=ok']);
    expect(wall).toBeLessThan(290); // a and b overlapped: far less than 2 × 150 ms
    expect(events.filter((e) => e.type === 'start').map((e) => (e.type === 'start' ? e.id : ''))).toContain('c');
  });

  it('starts the probes named in startFirst before the others, and reports in declaration order', async () => {
    const ids = ['a', 'b', 'c', 'd'];
    const started: string[] = [];
    const probes = ids.map((id) => probe(id));
    const plain = await runProbes(probes, { ...base, onEvent: (e) => e.type === 'start' && started.push(e.id) });
    expect(started).toEqual(['a', 'b', 'c', 'd']);
    started.length = 0;
    const first = await runProbes(probes, { ...base, startFirst: ['d', 'c'], onEvent: (e) => e.type === 'start' && started.push(e.id) });
    expect(started).toEqual(['d', 'c', 'a', 'b']);
    expect(first.results.map((r) => r.id)).toEqual(plain.results.map((r) => r.id));
  });

  it('keeps what a probe observed when it times out, and carries on with the rest', async () => {
    const slowOne = probe('slow', {
      timeoutMs: 100,
      run: async (ctx) => {
        ctx.observe({ v: 42 });
        await new Promise(() => undefined); // never settles
        return { status: 'ok', data: { v: 0 } };
      },
    });
    const fine = probe('fine');
    const { results } = await runProbes([slowOne, fine], base);
    expect(results[0]).toMatchObject({ id: 'slow', status: 'error', data: { v: 42 } });
    expect(results[0]!.error).toMatch(/timed out after 100 ms/);
    expect(results[1]).toMatchObject({ id: 'fine', status: 'ok' });
  });

  it('turns a throwing probe into an error result with its partial data', async () => {
    const broken = probe('broken', {
      run: async (ctx) => {
        ctx.observe({ v: 7 });
        throw new Error('parser exploded');
      },
    });
    const { results } = await runProbes([broken], base);
    expect(results[0]).toMatchObject({ status: 'error', error: 'parser exploded', data: { v: 7 } });
  });

  it('aborts the probe signal at the timeout so its commands are killed', async () => {
    let aborted = false;
    const p = probe('p', {
      timeoutMs: 50,
      run: async (ctx) => {
        await sleep(1000, ctx.signal);
        aborted = ctx.signal.aborted;
        return { status: 'ok', data: { v: 1 } };
      },
    });
    await runProbes([p], base);
    await sleep(10);
    expect(aborted).toBe(true);
  });

  it('skips slow probes under --quick and probes that would start after the deadline', async () => {
    const slow = probe('throughput', { slow: true });
    const first = probe('first', { waitMs: 120, timeoutMs: 5000 });
    const late = probe('late', { dependsOn: [first] });
    const { results } = await runProbes([slow, first, late], { ...base, quick: true, deadlineMs: 60 });
    expect(results.find((r) => r.id === 'throughput')).toMatchObject({ status: 'skipped', error: 'left out by --quick' });
    expect(results.find((r) => r.id === 'first')?.status).toBe('error'); // capped by the 60 ms deadline
    expect(results.find((r) => r.id === 'late')).toMatchObject({ status: 'skipped' });
  });

  it('records the raw output of every command a probe ran', async () => {
    const p = probe('cmd', {
      run: async (ctx) => {
        await ctx.run({ cmd: 'ip', args: ['route'] });
        return { status: 'ok', data: { v: 1 } };
      },
    });
    const { raw } = await runProbes([p], base);
    expect(raw).toEqual([{ probe: 'cmd', cmd: 'ip', args: ['route'], exitCode: 0, stdout: 'out of ip', stderr: '' }]);
  });
});

describe('results.whenFinished', () => {
  it('hands a probe another one\'s result the moment it finishes, while both run', async () => {
    const slow = probe('slow', { waitMs: 120 });
    const seen: string[] = [];
    const watcher = probe('watcher', {
      run: async (ctx) => {
        seen.push(`before: ${ctx.results.of(slow)?.status ?? 'running'}`);
        const r = await ctx.results.whenFinished(slow, ctx.signal);
        seen.push(`after: ${r?.status ?? 'none'}`);
        return { status: 'ok', data: { v: 2 } };
      },
    });
    const started = performance.now();
    const { results } = await runProbes([watcher, slow], base);
    expect(seen).toEqual(['before: running', 'after: ok']);
    expect(results.map((r) => r.status)).toEqual(['ok', 'ok']);
    expect(performance.now() - started).toBeLessThan(400); // no polling step, no second wait
  });

  it('answers undefined for a probe not in the run, and when the waiting probe is stopped first', async () => {
    const absent = probe('absent');
    const long = probe('long', { waitMs: 2000 });
    const answers: string[] = [];
    const asker = probe('asker', {
      timeoutMs: 80,
      run: async (ctx) => {
        answers.push(String(await ctx.results.whenFinished(absent, ctx.signal)));
        const r = ctx.results.whenFinished(long, ctx.signal);
        ctx.signal.addEventListener('abort', () => void r.then((v) => answers.push(`aborted: ${String(v)}`)));
        await r;
        return { status: 'ok', data: { v: 0 } };
      },
    });
    const { results } = await runProbes([asker, long], { ...base, deadlineMs: 400 });
    expect(results[0]).toMatchObject({ id: 'asker', status: 'error', error: 'timed out after 80 ms' });
    expect(answers).toEqual(['undefined', 'aborted: undefined']);
  });

  it('answers at once with the result (or undefined) in a finished run\'s view', async () => {
    const a = probe('a');
    const view = resultsView([{ id: 'a', status: 'ok', durationMs: 1, data: { v: 1 } }]);
    await expect(view.whenFinished(a, new AbortController().signal)).resolves.toMatchObject({ id: 'a', status: 'ok' });
    await expect(view.whenFinished(probe('b'), new AbortController().signal)).resolves.toBeUndefined();
  });
});

describe('checkOrder', () => {
  it('rejects cycles, unknown dependencies and duplicate ids', () => {
    const a: Probe<object> = { id: 'a', dependsOn: [], timeoutMs: 1, run: async () => ({ status: 'ok', data: {} }) };
    const b: Probe<object> = { ...a, id: 'b', dependsOn: [a] };
    (a as unknown as { dependsOn: Probe<object>[] }).dependsOn = [b];
    expect(() => checkOrder([a, b])).toThrow(/cycle/);
    const c: Probe<object> = { id: 'c', dependsOn: [{ ...b, id: 'zz', dependsOn: [] }], timeoutMs: 1, run: b.run };
    expect(() => checkOrder([c])).toThrow(/depends on zz/);
    expect(() => checkOrder([c, c])).toThrow(/unique/);
  });
});
