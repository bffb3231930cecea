import { NO_FIGURES } from '../../../diagnostics/history/figures.js';
import type { IspCallFacts } from '../../../diagnostics/report/isp-call-facts.js';

/** A lossy, slow, bloated line with an evening pattern in its history and the user's details. */
export const lossyEvenings: IspCallFacts = {
  checkedAt: new Date('2026-11-23T19:42:00Z'),
  timeZone: 'UTC',
  findingIds: ['isp.loss', 'isp.slow-download', 'isp.bufferbloat', 'isp.time-of-day-pattern'],
  figures: {
    ...NO_FIGURES,
    gatewayLossPct: 0,
    gatewayAvgMs: 2.4,
    internetLossPct: 9.5,
    internetSent: 400,
    internetReceived: 362,
    internetAvgMs: 38.2,
    ispHop: '100.64.0.1',
    ispHopLossPct: 8,
    dnsOk: true,
    downloadMbps: 18.4,
    uploadMbps: 9.1,
    minDownloadMbps: 25,
    minUploadMbps: 5,
    idleLatencyMs: 21,
    loadedLatencyMs: 240,
  },
  patterns: [{ kind: 'time-of-day', fromHour: 19, toHour: 22, badDays: 9, days: 14, lossMinPct: 8, lossMaxPct: 12.4 }],
  isp: { name: 'Example Telecom', contractDownMbps: 100, contractUpMbps: 40, customerNumber: 'K-4711', lineId: 'DEU.EXT.99' },
};
