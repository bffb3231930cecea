import { describe, expect, it } from 'vitest';
import { formatStatsText } from '../../../diagnostics/fleet/format-stats-text.js';
import { MAX_FINDING_KEYS, MAX_LISTED, StatsAccumulator } from '../../../diagnostics/fleet/stats.js';
import { translator } from '../../../diagnostics/i18n/translator.js';
import { planCheck, reportFor } from '../../support/generated-check.js';

describe('StatsAccumulator bounds', () => {
  it('lists the first unreadable files by name and only counts the rest', () => {
    const acc = new StatsAccumulator('UTC');
    for (let i = 0; i < MAX_LISTED + 50; i++) acc.reject(`f${i}.homeline`, { key: 'empty' });
    const s = acc.result();
    expect(s.unreadable.count).toBe(MAX_LISTED + 50);
    expect(s.unreadable.files).toHaveLength(MAX_LISTED);
    expect(s.unreadable.files[0]).toEqual({ file: 'f0.homeline', reason: 'the file is empty.', problem: { key: 'empty' } });
    expect(formatStatsText(s, translator('en'))).toContain('… and 50 more.');
  });

  it('counts finding ids beyond the limit as "other"', () => {
    const acc = new StatsAccumulator('UTC');
    const base = reportFor(planCheck(0));
    for (let i = 0; i < MAX_FINDING_KEYS + 10; i++) {
      acc.add({ name: `c${i}`, meta: { source: 'report' }, report: { ...base, findings: [{ id: `odd.id-${i}`, segment: 'device', severity: 'info', title: '', evidence: [], steps: [] }] } });
    }
    const byFinding = acc.result().byFinding;
    expect(Object.keys(byFinding)).toHaveLength(MAX_FINDING_KEYS + 1);
    expect(byFinding.other).toBe(10);
  });

  it('refuses an unknown time zone before reading anything', () => {
    expect(() => new StatsAccumulator('Mars/Olympus')).toThrow(RangeError);
  });
});
