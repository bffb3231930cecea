import { describe, expect, it } from 'vitest';
import { decide, rankFindings } from '../../../diagnostics/verdict/decide.js';
import type { Evidence } from '../../../diagnostics/verdict/evidence.js';
import { ALL_RULES } from '../../../diagnostics/verdict/rules/all-rules.js';
import { translator } from '../../../diagnostics/i18n/translator.js';
import { localizeFinding } from '../../../diagnostics/verdict/localize.js';
import { healthy } from './evidence-builder.js';

function verdictOf(e: Evidence) {
  const drafts = rankFindings(ALL_RULES.flatMap((r) => r(e)));
  return { ...decide(drafts, e), drafts, ids: drafts.map((d) => d.id) };
}

const line = (down: number, up: number): Evidence['throughput'] => ({
  provider: 'http',
  server: '203.0.113.80',
  streams: 4,
  durationMs: 12_000,
  download: { mbps: down, bytes: 1, durationMs: 5000 },
  upload: { mbps: up, bytes: 1, durationMs: 4600 },
  minDownloadMbps: 10,
  minUploadMbps: 2,
  errors: [],
});

const loaded = (increaseMs: number, gatewayIncreaseMs = 0): Evidence['loadedLatency'] => ({
  target: '198.51.100.1',
  idleMs: 10,
  loadedMs: 10 + increaseMs,
  increaseMs,
  grade: increaseMs < 30 ? 'A' : increaseMs < 60 ? 'B' : increaseMs < 200 ? 'C' : 'D',
  gateway: {
    target: '192.0.2.1',
    idleMs: 1,
    loadedMs: 1 + gatewayIncreaseMs,
    increaseMs: gatewayIncreaseMs,
    downloadMs: null,
    uploadMs: null,
    downloadIncreaseMs: null,
    uploadIncreaseMs: null,
  },
});

describe('throughput and bufferbloat rules', () => {
  it('finds nothing on a line above the minimums with low latency under load', () => {
    expect(verdictOf(healthy({ throughput: line(48, 19), loadedLatency: loaded(8) })).ids).toEqual([]);
  });

  it('blames the provider for a line below the minimum, citing measured and minimum', () => {
    const v = verdictOf(healthy({ throughput: line(4.8, 0.9) }));
    expect(v.segment).toBe('isp');
    expect(v.ids).toEqual(['isp.slow-download', 'isp.slow-upload']);
    const f = localizeFinding(v.drafts[0]!, translator('en'));
    expect(f.evidence[0]).toBe(
      'Download measured at 4.8 Mbit/s (4 parallel connections to 203.0.113.80, 5 s counted); the company’s minimum is 10 Mbit/s.',
    );
    expect(localizeFinding(v.drafts[0]!, translator('de')).evidence[0]).toContain('4,8 Mbit/s');
  });

  it('says nothing about speed without a minimum or without a figure', () => {
    const t = line(1, 1)!;
    expect(verdictOf(healthy({ throughput: { ...t, minDownloadMbps: undefined, minUploadMbps: undefined } })).ids).toEqual([]);
    expect(verdictOf(healthy({ throughput: { ...t, download: undefined, upload: undefined } })).ids).toEqual([]);
  });

  it('grades bufferbloat: a warning from 60 ms, a problem from 200 ms', () => {
    expect(verdictOf(healthy({ loadedLatency: loaded(59) })).ids).toEqual([]);
    const warn = verdictOf(healthy({ loadedLatency: loaded(120) }));
    expect(warn.drafts.map((d) => [d.id, d.severity])).toEqual([['isp.bufferbloat', 'warning']]);
    const bad = verdictOf(healthy({ loadedLatency: loaded(320) }));
    expect(bad.drafts.map((d) => [d.id, d.severity])).toEqual([['isp.bufferbloat', 'problem']]);
    expect(bad.segment).toBe('isp');
    expect(localizeFinding(bad.drafts[0]!, translator('en')).evidence[0]).toBe(
      'Round trip to 198.51.100.1: 10 ms when the line is idle, 330 ms while it is busy (+320 ms, grade D).',
    );
  });

  it('leaves a queue at home (the router slows down as much) to the home checks', () => {
    expect(verdictOf(healthy({ loadedLatency: loaded(320, 300) })).ids).toEqual([]);
  });
});
