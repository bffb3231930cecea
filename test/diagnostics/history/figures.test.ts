import { describe, expect, it } from 'vitest';
import { extractFigures, NO_FIGURES } from '../../../diagnostics/history/figures.js';
import type { Report } from '../../../diagnostics/schema/report.js';

function report(probes: Record<string, unknown>): Report {
  return {
    schemaVersion: 1, startedAt: '2026-11-23T19:30:00.000Z', durationMs: 1, lang: 'en', quick: false,
    platform: { os: 'linux', release: '6', arch: 'x64' },
    verdict: { segment: 'isp', headline: '', summary: '' }, findings: [], raw: [],
    probes: Object.entries(probes).map(([id, data]) => ({ id, status: 'ok' as const, durationMs: 1, data: data as Record<string, unknown> })),
  };
}

const stats = (sent: number, received: number, lossPct: number, avg: number) => ({ target: 'x', sent, received, lossPct, lossCi95: [0, 1], rttMs: { min: avg, avg, max: avg, p50: avg, p90: avg }, jitterMs: 0, ttlExceededFrom: [], unreachableFrom: [], errors: [] });

describe('key figures of a report', () => {
  it('reads router, internet, first hop, DNS, throughput and loaded latency', () => {
    const f = extractFigures(report({
      'gateway-ping': { gateway: '192.168.1.1', stats: stats(100, 100, 0, 2.345), lossPct: 0 },
      'target-ping': { targets: [], pooled: { sent: 400, received: 362, lossPct: 9.5, lossCi95: [7, 12], avgRttMs: 38.24 } },
      'isp-hop-ping': { hop: '100.64.0.1', stats: stats(50, 46, 8, 9) },
      'dns-system': { resolvers: [{ address: '192.168.1.1', scope: 'default', role: 'router' }], notes: [], outcomes: [{ server: '192.168.1.1', name: 'a', ms: 3, kind: 'servfail', detail: '' }, { server: '192.0.2.53', name: 'a', ms: 3, kind: 'ok', addresses: [] }] },
      'dns-public': { outcomes: [{ server: '203.0.113.53', name: 'a', ms: 9, kind: 'ok', addresses: [] }] },
      throughput: { provider: 'profile', server: 'x', streams: 4, durationMs: 8000, download: { mbps: 18.44, bytes: 1, durationMs: 1 }, upload: { mbps: 9.06, bytes: 1, durationMs: 1 }, minDownloadMbps: 25, minUploadMbps: 5 },
      'loaded-latency': { target: 'x', idleMs: 21, loadedMs: 240.5, increaseMs: 219.5, grade: 'D' },
    }));
    expect(f).toEqual({
      gatewayLossPct: 0, gatewayAvgMs: 2.3, internetLossPct: 9.5, internetSent: 400, internetReceived: 362, internetAvgMs: 38.2,
      ispHop: '100.64.0.1', ispHopLossPct: 8, dnsOk: true, dnsFailedServer: '192.168.1.1', dnsFailedOutcome: 'servfail',
      dnsFailedOwner: 'router', dnsPublicOk: true,
      downloadMbps: 18.4, uploadMbps: 9.1, minDownloadMbps: 25, minUploadMbps: 5, idleLatencyMs: 21, loadedLatencyMs: 240.5,
      mediaLossPct: null, mediaSent: null, mediaRttMs: null, mediaJitterMs: null, mediaCallOwner: null,
    });
  });

  it('reads the UDP test call and whose the check found its trouble to be', () => {
    const r = report({ 'media-path': { udp: 'works', pooled: { sent: 400, received: 360, lossPct: 10, rttAvgMs: 21.26, jitterMs: 34.04 } } });
    const withFinding = { ...r, findings: [{ id: 'media.call-quality', segment: 'isp' as const, severity: 'warning' as const, title: '', evidence: [], steps: [] }] };
    expect(extractFigures(withFinding)).toMatchObject({ mediaLossPct: 10, mediaSent: 400, mediaRttMs: 21.3, mediaJitterMs: 34, mediaCallOwner: 'isp' });
    expect(extractFigures(r)).toMatchObject({ mediaLossPct: 10, mediaCallOwner: null });
    // A probe that sent nothing (not configured) gives no figures.
    expect(extractFigures(report({ 'media-path': { pooled: null } }))).toMatchObject({ mediaLossPct: null, mediaSent: null });
  });

  it('keeps two significant digits below 1, so a 0.034 ms round trip is not cited as "0 ms"', () => {
    const f = extractFigures(report({
      'gateway-ping': { gateway: '192.0.2.1', stats: stats(100, 100, 0, 0.0345), lossPct: 0 },
      'target-ping': { targets: [], pooled: { sent: 3000, received: 2100, lossPct: 30, lossCi95: [28, 32], avgRttMs: 0.0612 } },
    }));
    expect(f).toMatchObject({ gatewayAvgMs: 0.035, internetAvgMs: 0.061, internetLossPct: 30 });
  });

  it('gives "not measured" for missing, skipped or malformed probe data instead of throwing', () => {
    expect(extractFigures(report({}))).toEqual(NO_FIGURES);
    const f = extractFigures(report({
      'gateway-ping': { gateway: null, stats: null, lossPct: null },
      'target-ping': { pooled: 'garbage' },
      'dns-system': { outcomes: [] },
      throughput: { provider: 'x', download: { mbps: 'fast' } },
      'loaded-latency': { idleMs: 20 },
    }));
    expect(f).toEqual(NO_FIGURES);
  });

  it('keeps an upload-only throughput result and an outage (nothing received)', () => {
    const f = extractFigures(report({
      'target-ping': { targets: [], pooled: { sent: 40, received: 0, lossPct: 100, lossCi95: [91, 100], avgRttMs: null } },
      throughput: { upload: { mbps: 3.2, bytes: 1, durationMs: 1 } },
    }));
    expect(f).toMatchObject({ internetLossPct: 100, internetReceived: 0, internetAvgMs: null, downloadMbps: null, uploadMbps: 3.2 });
  });
});
