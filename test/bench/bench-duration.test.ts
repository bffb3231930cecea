import { describe, expect, it } from 'vitest';
import { benchSeconds } from './bench-duration.js';

// The monitor benchmark's duration option (the benchmark itself is never part of npm test).
describe('benchSeconds', () => {
  it('takes --duration in the monitor’s forms, then the environment, then 60 s', () => {
    expect(benchSeconds(['--duration', '10m'], {})).toBe(600);
    expect(benchSeconds(['--duration=90s'], { HOMELINE_BENCH_SECONDS: '5' })).toBe(90);
    expect(benchSeconds([], { HOMELINE_BENCH_SECONDS: '600' })).toBe(600);
    expect(benchSeconds([], {})).toBe(60);
  });

  it('names a bad value instead of running for the default', () => {
    expect(() => benchSeconds(['--duration', 'ten'], {})).toThrow('not a duration: ten');
    expect(() => benchSeconds(['--duration'], {})).toThrow('needs a value');
    expect(() => benchSeconds([], { HOMELINE_BENCH_SECONDS: '0' })).toThrow('HOMELINE_BENCH_SECONDS');
  });
});
