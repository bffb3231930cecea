import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../../diagnostics/verdict/evidence.js';
import { speedUnmeasuredRule } from '../../../diagnostics/verdict/rules/speed-unmeasured.js';

// A speed-test direction without a figure is said, with its reason, and never decides the verdict.

const evidence = (throughput: Evidence['throughput']): Evidence => ({ throughput }) as Evidence;

describe('speedUnmeasuredRule', () => {
  it('names a failed upload with the measurement’s reason, as information', () => {
    const reason = 'http://upload.example/upload did not accept a connection within 3000 ms (3 attempts)';
    const drafts = speedUnmeasuredRule(evidence({ failed: { upload: reason }, errors: [reason] }));
    expect(drafts).toEqual([{ id: 'isp.speed-unmeasured', segment: 'isp', severity: 'info', evidence: [{ key: 'uploadUnmeasured', vars: { reason } }] }]);
  });

  it('says nothing when both directions have figures or no speed test ran', () => {
    expect(speedUnmeasuredRule(evidence({ errors: [] }))).toEqual([]);
    expect(speedUnmeasuredRule(evidence(undefined))).toEqual([]);
  });
});
