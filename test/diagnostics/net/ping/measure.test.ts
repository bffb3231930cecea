import { describe, expect, it } from 'vitest';
import { measurePing } from '../../../../diagnostics/net/ping/measure.js';
import { quickPlan } from '../../../../diagnostics/net/ping/plan.js';
import { runCommand, type CommandSpec } from '../../../../diagnostics/platform/command.js';
import { linuxOutput, optionValue, output, recording, windowsOutput } from './fake-ping.js';
import { fixture } from './ping-fixtures.js';
import { mulberry32 } from '../../../support/seeded-random.js';

const target = '203.0.113.10';
const seqRtt = (seq: number): number => 10 + (seq % 3);

/** Fake iputils: answers each run's `-c` echoes, losing those `lost` picks. */
const fakeLinux = (lost: (seq: number, call: number) => boolean) =>
  recording((spec, call) => output(spec, linuxOutput(target, optionValue(spec, '-c'), (seq) => lost(seq, call), seqRtt)));

describe('measurePing staging (fake iputils)', () => {
  it('stops after 100 echoes at 9 ms on a clean line', async () => {
    const run = fakeLinux(() => false);
    const s = await measurePing(target, { run, os: 'linux' });
    expect(run.calls.map((c) => c.args)).toEqual([['-n', '-c', '100', '-i', '0.009', '-W', '1', target]]);
    expect(s).toEqual({
      target,
      sent: 100,
      received: 100,
      lossPct: 0,
      lossCi95: [0, 3.7],
      rttMs: { min: 10, avg: 11, max: 12, p50: 11, p90: 12 },
      jitterMs: 1.33, // 11,12,10,11,12,10…: differences 1,2,1,1,2,…
      ttlExceededFrom: [],
      unreachableFrom: [],
      errors: [],
    });
  });

  it('stops after 100 echoes on a dead line: more echoes say nothing new about an outage', async () => {
    const run = fakeLinux(() => true);
    const s = await measurePing(target, { run, os: 'linux' });
    expect(run.calls).toHaveLength(1);
    expect(s).toMatchObject({ sent: 100, received: 0, lossPct: 100, lossCi95: [96.3, 100], rttMs: null, jitterMs: null, errors: [] });
  });

  it('on partial loss adds stage 2 at 4 ms in batches and stops once the loss is pinned to ±2 points', async () => {
    const run = fakeLinux((seq) => seq % 10 === 0);
    const s = await measurePing(target, { run, os: 'linux' });
    // 10 of 100, then 46 of 467 twice: 102 of 1034 is 9.9 % (8.2–11.8 %), settled above the 2 % threshold.
    expect(run.calls.map((c) => [optionValue(c, '-c'), optionValue(c, '-i')])).toEqual([[100, 0.009], [467, 0.004], [467, 0.004]]);
    expect(s).toMatchObject({ sent: 1034, received: 932, lossPct: 9.9, stoppedBy: 'lossy' });
  });

  it('pools the stages as they came, and stops a nearly clean line once it cannot be a problem', async () => {
    // 5 lost in stage 1, none after: 5 of 567 still might be 2 %, 5 of 1034 cannot.
    const run = fakeLinux((seq, call) => call === 0 && seq <= 5);
    const s = await measurePing(target, { run, os: 'linux' });
    expect(run.calls).toHaveLength(3);
    expect(s).toMatchObject({ sent: 1034, received: 1029, lossPct: 0.5, stoppedBy: 'clean' });
  });

  it('sends all 1500 on a borderline line (2 % loss): the cap decides', async () => {
    const run = fakeLinux((seq) => seq % 50 === 0);
    const s = await measurePing(target, { run, os: 'linux' });
    expect(run.calls).toHaveLength(4);
    expect(s).toMatchObject({ sent: 1500, stoppedBy: 'cap' });
  });

  it('starts no stage-2 batch that would end after the time budget, judged by how long the last one took', async () => {
    // Like the lab's rate-limited ICMP: every run is lossy at its end, so iputils waits out its
    // 1 s reply timeout, and a 467-echo batch at 4 ms takes 3 s instead of 1.9 s.
    let clock = 0;
    const run = recording((spec) => {
      clock += optionValue(spec, '-c') === 100 ? 1900 : 3000;
      return output(spec, linuxOutput(target, optionValue(spec, '-c'), (seq) => seq % 2 === 0, seqRtt));
    });
    const s = await measurePing(target, { run, os: 'linux', now: () => clock }, quickPlan(true));
    // Stage 1 ends at 1.9 s; batch 1 (planned 2.9 s) ends at 4.9 s; batch 2 would end at 7.9 s, within
    // a quick check's 8 s; batch 3 would end at 10.9 s: not started.
    expect(run.calls.map((c) => optionValue(c, '-c'))).toEqual([100, 467, 467]);
    expect(s).toMatchObject({ sent: 1034, stoppedBy: 'time' });
  });

  it('a full check keeps 11 s: three batches of 3 s fit after a 1.9 s stage 1', async () => {
    let clock = 0;
    const run = recording((spec) => {
      clock += optionValue(spec, '-c') === 100 ? 1900 : 3000;
      return output(spec, linuxOutput(target, optionValue(spec, '-c'), (seq) => seq % 50 === 0, seqRtt));
    });
    const s = await measurePing(target, { run, os: 'linux', now: () => clock }, quickPlan(false));
    expect(s).toMatchObject({ sent: 1500, stoppedBy: 'cap' });
  });

  it('keeps sampling to the cap when no budget is set', async () => {
    let clock = 0;
    const run = recording((spec) => {
      clock += 5000;
      return output(spec, linuxOutput(target, optionValue(spec, '-c'), (seq) => seq % 50 === 0, seqRtt));
    });
    const s = await measurePing(target, { run, os: 'linux', now: () => clock }, { budgetMs: undefined });
    expect(s).toMatchObject({ sent: 1500, stoppedBy: 'cap' });
  });

  // 10 % settles before the cap; 30 % needs about 2000 echoes for ±2 points, so the cap ends it.
  it.each([
    [10, 1500],
    [30, 1501],
  ])('measures %i %% random loss within ±3 points in at least 97 of 100 runs, with fewer than %i echoes on average', async (pct, maxEchoes) => {
    let within = 0;
    let covered = 0;
    let echoes = 0;
    for (let seed = 1; seed <= 100; seed++) {
      const random = mulberry32(seed * 7919 + pct);
      const s = await measurePing(target, { run: fakeLinux(() => random() < pct / 100), os: 'linux' });
      echoes += s.sent;
      if (Math.abs(s.lossPct - pct) <= 3) within++;
      if (s.lossCi95[0] <= pct && pct <= s.lossCi95[1]) covered++;
    }
    console.info(`${pct} % loss: ${within}/100 within ±3 points, ${covered}/100 covered, ${echoes / 100} echoes on average`);
    expect(within).toBeGreaterThanOrEqual(97);
    expect(covered).toBeGreaterThanOrEqual(90); // a 95 % interval
    expect(echoes / 100).toBeLessThan(maxEchoes);
  });

  it('falls back to 200 ms in 4 processes when ping refuses the short interval, and says so', async () => {
    const run = recording((spec) =>
      optionValue(spec, '-i') < 0.2
        ? output(spec, fixture('linux-refused-interval.txt'), { stderr: fixture('linux-refused-interval.stderr.txt'), exitCode: 2 })
        : output(spec, linuxOutput(target, optionValue(spec, '-c'), (seq) => seq === 3)),
    );
    const s = await measurePing(target, { run, os: 'linux' });
    expect(run.calls.map((c) => optionValue(c, '-i'))).toEqual([0.009, 0.2, 0.2, 0.2, 0.2]);
    expect(s).toMatchObject({ sent: 100, received: 96, lossPct: 4 });
    expect(s.errors).toEqual(['ping refused a 9 ms interval', 'measured 100 echoes at 200 ms instead']);
  });

  it('reports a ping that cannot start, without stage 2 and without throwing', async () => {
    const run = recording((spec) => output(spec, '', { exitCode: null, spawnError: 'spawn ping ENOENT' }));
    const s = await measurePing(target, { run, os: 'linux' });
    expect(run.calls).toHaveLength(1);
    expect(s).toMatchObject({ sent: 0, received: 0, lossPct: 0, lossCi95: [0, 100], rttMs: null, errors: ['ping could not start: spawn ping ENOENT'] });
  });

  it('reports an unknown host', async () => {
    const run = recording((spec) => output(spec, '', { stderr: fixture('linux-unknown-host.stderr.txt'), exitCode: 2 }));
    const s = await measurePing('nothing.invalid', { run, os: 'linux' });
    expect(s.errors).toEqual(['unknown host nothing.invalid', 'ping: nothing.invalid: Temporary failure in name resolution']);
    expect(s.sent).toBe(0);
  });

  it('reports a target that is no address or host name instead of running anything', async () => {
    const run = fakeLinux(() => false);
    const s = await measurePing('-f', { run, os: 'linux' });
    expect(run.calls).toHaveLength(0);
    expect(s.errors).toEqual(['not an address or host name: "-f"']);
  });

  it('counts TTL-exceeded and unreachable answers as lost, naming who sent them', async () => {
    const run = recording((spec) => output(spec, fixture('linux-host-unreachable.txt')));
    const s = await measurePing('192.0.2.99', { run, os: 'linux' });
    expect(s).toMatchObject({ sent: 6, received: 0, lossPct: 100, unreachableFrom: ['192.0.2.10'], ttlExceededFrom: [] });
  });
});

describe('measurePing with parallel processes', () => {
  it('on Windows: 25 ping.exe × 4 echoes, started evenly across a second', async () => {
    const run = recording((spec) => output(spec, windowsOutput(target, optionValue(spec, '-n'), () => false)));
    const s = await measurePing(target, { run, os: 'win32' });
    expect(run.calls).toHaveLength(25);
    expect(run.calls[0]!.args).toEqual(['-4', '-n', '4', '-w', '1000', target]);
    const spread = run.startedAt.at(-1)! - run.startedAt[0]!;
    expect(spread).toBeGreaterThanOrEqual(900);
    expect(spread).toBeLessThan(3000);
    expect(s).toMatchObject({ sent: 100, received: 100, lossPct: 0 });
  });

  it('on Windows with loss: stage 2 adds 100 × 5 and the replies of all 125 processes are pooled', async () => {
    const run = recording((spec, call) => output(spec, windowsOutput(target, optionValue(spec, '-n'), (i) => (call * 7 + i) % 5 === 0)));
    const s = await measurePing(target, { run, os: 'win32' });
    expect(run.calls).toHaveLength(125);
    expect(run.calls.slice(25).every((c) => optionValue(c, '-n') === 5)).toBe(true);
    expect(s).toMatchObject({ sent: 600, received: 480, lossPct: 20, stoppedBy: 'cap' });
  });

  it('on macOS: pooled sequences from 0, and jitter taken within each process only', async () => {
    const mac = (spec: CommandSpec, call: number): string => {
      const count = optionValue(spec, '-c');
      const lines = [`PING ${target} (${target}): 56 data bytes`];
      let received = 0;
      for (let seq = 0; seq < count; seq++) {
        if (call === 0 && seq === 0) {
          lines.push('Request timeout for icmp_seq 0');
          continue;
        }
        received++;
        // Every process has its own steady latency: interleaving them would invent jitter.
        lines.push(`64 bytes from ${target}: icmp_seq=${seq} ttl=57 time=${(20 + call).toFixed(3)} ms`);
      }
      lines.push('', `--- ${target} ping statistics ---`, `${count} packets transmitted, ${received} packets received, 0.0% packet loss`);
      return lines.join('\n');
    };
    const run = recording((spec, call) => output(spec, mac(spec, call)));
    const s = await measurePing(target, { run, os: 'darwin' }, { stage1: { processes: 10, count: 10, intervalMs: 10 }, stage2: { processes: 20, count: 70, intervalMs: 10 }, stage2Batches: 1 });
    expect(run.calls).toHaveLength(30);
    expect(run.calls[0]!.args).toEqual(['-n', '-c', '10', '-i', '0.01', '-W', '1000', target]);
    expect(s).toMatchObject({ sent: 1500, received: 1499, jitterMs: 0 });
    expect(s.rttMs).toMatchObject({ min: 20, max: 49 });
  });
});

describe('measurePing abort', () => {
  it('kills the processes, skips stage 2 and returns the echoes seen so far', async () => {
    const controller = new AbortController();
    // Like runCommand: the process is killed on abort and prints no statistics.
    const run = recording(
      (spec, _call, signal) =>
        new Promise((resolve) => {
          signal?.addEventListener('abort', () => resolve(output(spec, fixture('linux-killed.txt'), { timedOut: true, exitCode: null, signal: 'SIGKILL' })), { once: true });
        }),
    );
    setTimeout(() => controller.abort(), 20);
    const s = await measurePing('127.0.0.1', { run, os: 'linux', signal: controller.signal });
    expect(run.calls).toHaveLength(1);
    expect(s).toMatchObject({ sent: 6, received: 6, lossPct: 0 });
    expect(s.errors).toEqual([
      'ping was stopped before it finished (timeout or abort); counted the echoes seen so far',
      'measurement aborted; figures cover the echoes seen until then',
    ]);
  });

  it('does not start the processes still waiting for their turn', async () => {
    const controller = new AbortController();
    const run = recording((spec) => output(spec, windowsOutput(target, optionValue(spec, '-n'), () => false)));
    setTimeout(() => controller.abort(), 100);
    const s = await measurePing(target, { run, os: 'win32', signal: controller.signal });
    expect(run.calls.length).toBeGreaterThan(0);
    expect(run.calls.length).toBeLessThan(10); // 25 processes 40 ms apart
    expect(s.sent).toBe(run.calls.length * 4);
  });
});

describe('measurePing for real (loopback only)', () => {
  it('measures 127.0.0.1 with the default Linux plan: 100 clean echoes', async () => {
    const s = await measurePing('127.0.0.1', { run: runCommand, os: 'linux' });
    expect(s).toMatchObject({ target: '127.0.0.1', sent: 100, received: 100, lossPct: 0, lossCi95: [0, 3.7], errors: [] });
    expect(s.rttMs!.max).toBeLessThan(50);
    expect(s.jitterMs).not.toBeNull();
  });

  it('stops a real ping on abort and keeps what it saw', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 300);
    const started = performance.now();
    const s = await measurePing('127.0.0.1', { run: runCommand, os: 'linux', signal: controller.signal }, { stage1: { processes: 1, count: 200, intervalMs: 20 } });
    expect(performance.now() - started).toBeLessThan(2500); // not the 4 s the echoes would take
    expect(s.sent).toBeGreaterThan(3);
    expect(s.sent).toBeLessThan(200);
    expect(s.received).toBe(s.sent);
    expect(s.errors).toContain('measurement aborted; figures cover the echoes seen until then');
  });
});
