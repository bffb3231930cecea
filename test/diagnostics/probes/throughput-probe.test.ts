import { describe, expect, it } from 'vitest';
import type { ProbeContext, ProbeResult } from '../../../diagnostics/engine/probe.js';
import { resultsView } from '../../../diagnostics/engine/runner.js';
import { loadedLatencyProbe, type LoadedLatencyData } from '../../../diagnostics/probes/loaded-latency.js';
import { throughputProbe, transferPlan, type ThroughputData } from '../../../diagnostics/probes/throughput.js';
import { targetsFromProfile } from '../../../diagnostics/profile/targets.js';
import type { Profile } from '../../../diagnostics/schema/profile.js';

function ctx<D extends object>(profile: Profile, results: ProbeResult[]): ProbeContext<D> {
  return {
    targets: targetsFromProfile(profile, 'profile'),
    os: 'linux',
    quick: false,
    signal: new AbortController().signal,
    run: async () => {
      throw new Error('no command may run here');
    },
    results: resultsView(results),
    observe: () => undefined,
  };
}

const adaptersOk: ProbeResult = { id: 'adapters', status: 'ok', durationMs: 1, data: { state: 'ok' } };

describe('throughputProbe', () => {
  it('is slow, so --quick leaves it out, and runs after the probes a busy line would spoil', () => {
    expect(throughputProbe.slow).toBe(true);
    expect(loadedLatencyProbe.slow).toBe(true);
    expect(throughputProbe.dependsOn.map((p) => p.id)).toEqual(
      expect.arrayContaining(['gateway-ping', 'isp-hop-ping', 'target-ping', 'dns-system', 'https']),
    );
  });

  it('skips without URLs or Ookla, and keeps the minimums in its data', async () => {
    const out = await throughputProbe.run(ctx<ThroughputData>({ throughput: { minDownloadMbps: 10 } }, [adaptersOk]));
    expect(out.status).toBe('skipped');
    expect(out.data.minDownloadMbps).toBe(10);
  });

  it('does not measure a line that is down', async () => {
    const dead: ProbeResult = { id: 'target-ping', status: 'fail', durationMs: 1, data: { pooled: { sent: 100, received: 0 } } };
    const out = await throughputProbe.run(ctx<ThroughputData>({ throughput: { downloadUrl: 'http://192.0.2.1/x' } }, [adaptersOk, dead]));
    expect(out.status).toBe('skipped');
    expect(out.error).toMatch(/does not answer/);
  });

  it('reports Ookla enabled without recorded licence acceptance as a failure, starting nothing', async () => {
    const out = await throughputProbe.run(ctx<ThroughputData>({ throughput: { ookla: { enabled: true, licenceAccepted: false } } }, [adaptersOk]));
    expect(out.status).toBe('fail');
    expect(out.data.provider).toBe('ookla');
    expect(out.error).toMatch(/licence/);
  });
});

describe('transferPlan', () => {
  it('reads HOMELINE_THROUGHPUT_PLAN and names a bad one', () => {
    expect(transferPlan({})).toMatchObject({ streams: 8, warmupMs: 500, measureMs: 3000 });
    expect(transferPlan({ HOMELINE_THROUGHPUT_PLAN: '2,500,2000' })).toMatchObject({ streams: 2, warmupMs: 500, measureMs: 2000 });
    expect(() => transferPlan({ HOMELINE_THROUGHPUT_PLAN: 'fast' })).toThrow(/HOMELINE_THROUGHPUT_PLAN/);
  });
});

describe('loadedLatencyProbe', () => {
  it('grades the line from the throughput probe’s pings', async () => {
    const tp: ProbeResult = {
      id: 'throughput',
      status: 'ok',
      durationMs: 1,
      data: {
        latency: {
          line: { target: '198.51.100.1', idleMs: 10, downloadMs: 180, uploadMs: 310 },
          gateway: { target: '192.0.2.1', idleMs: 1, downloadMs: 1.2, uploadMs: 1.1 },
        },
      },
    };
    const out = await loadedLatencyProbe.run(ctx<LoadedLatencyData>({}, [tp]));
    expect(out.status).toBe('warn');
    expect(out.data).toMatchObject({ target: '198.51.100.1', idleMs: 10, loadedMs: 310, increaseMs: 300, grade: 'D', rpm: 194, responsiveness: 'low' });
    expect(out.data.gateway?.increaseMs).toBe(0.2);
  });

  it('skips when the throughput probe measured no round trips', async () => {
    const out = await loadedLatencyProbe.run(ctx<LoadedLatencyData>({}, [{ id: 'throughput', status: 'skipped', durationMs: 0, data: {}, error: 'no URL' }]));
    expect(out.status).toBe('skipped');
  });
});
