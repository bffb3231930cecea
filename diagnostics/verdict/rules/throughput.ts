import type { FindingDraft, Rule } from '../finding-draft.js';
import type { Evidence } from '../evidence.js';

type Direction = 'download' | 'upload';

const ID = { download: 'isp.slow-download', upload: 'isp.slow-upload' } as const;
const KEY = { download: 'throughputDownload', upload: 'throughputUpload' } as const;

function slow(e: Evidence, dir: Direction): FindingDraft[] {
  const t = e.throughput;
  const measured = t?.[dir];
  const min = dir === 'download' ? t?.minDownloadMbps : t?.minUploadMbps;
  if (!t || !measured || min === undefined || measured.mbps >= min) return [];
  return [
    {
      id: ID[dir],
      segment: 'isp',
      severity: 'problem',
      evidence: [
        {
          key: KEY[dir],
          vars: {
            mbps: measured.mbps,
            min,
            streams: t.streams ?? 0,
            server: t.server ?? '',
            seconds: Math.round(measured.durationMs / 100) / 10,
          },
        },
      ],
    },
  ];
}

/**
 * A line below the company's minimum is the provider's to fix (or the contract's to upgrade):
 * one finding per direction, citing the measured Mbit/s against the minimum.
 */
export const throughputRule: Rule = (e) => [...slow(e, 'download'), ...slow(e, 'upload')];
