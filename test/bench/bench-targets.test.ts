import { describe, expect, it } from 'vitest';
import { benchExitCode, lossTarget, timeTarget } from './bench-targets.js';

// The benchmark's judgement of issue #18's targets (the benchmark itself is never part of npm test).
describe('bench targets', () => {
  it('prints each target with its figure and says met or MISSED', () => {
    expect(timeTarget('healthy full check with throughput', 5200, 8000, true, ' (throughput probe 3.3 s)').text).toBe(
      'healthy full check with throughput: 5.2 s (throughput probe 3.3 s) (target <= 8.0 s): met',
    );
    expect(timeTarget('x', 8100, 8000)).toMatchObject({ met: false, gates: true });
    expect(timeTarget('x', null, 8000).text).toBe('x: failed (target <= 8.0 s): MISSED');
    expect(timeTarget('vpn', 2500, 2000, false).text).toMatch(/MISSED \(shown only/);
  });

  it('misses the loss target when any loss scenario is off, or none ran', () => {
    expect(lossTarget([{ label: 'a', lossRight: true }, { label: 'b', lossRight: null }], 3)).toMatchObject({ met: true });
    expect(lossTarget([{ label: 'a', lossRight: true }, { label: 'b', lossRight: false }], 3).text).toBe('loss within ±3 points of the loss injected: 1/2 scenarios: MISSED (b)');
    expect(lossTarget([{ label: 'h', lossRight: null }], 3).met).toBe(false);
  });

  it('exits 1 on a missed gating target, and only then', () => {
    const ok = { wrongVerdicts: 0, companyRan: true, throughputOk: true };
    expect(benchExitCode({ ...ok, targets: [timeTarget('full', 5000, 8000)] })).toBe(0);
    expect(benchExitCode({ ...ok, targets: [timeTarget('full', 10_600, 8000)] })).toBe(1);
    expect(benchExitCode({ ...ok, targets: [timeTarget('vpn quick', 2900, 2000, false)] })).toBe(0);
    expect(benchExitCode({ ...ok, throughputOk: false, targets: [] })).toBe(1);
    expect(benchExitCode({ ...ok, wrongVerdicts: 1, targets: [] })).toBe(1);
    expect(benchExitCode({ ...ok, companyRan: false, targets: [] })).toBe(1);
  });
});
