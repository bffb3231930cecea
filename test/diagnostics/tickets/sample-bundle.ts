import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { prepareLocalBundle } from '../../../diagnostics/bundle/local-bundle.js';
import { zipBundle } from '../../../diagnostics/bundle/zip-bundle.js';
import type { Report } from '../../../diagnostics/schema/report.js';
import { emptyReport } from '../bundle/bundle-test-kit.js';

/** A report as `homeline check` writes it: the provider loses packets, the home network is clean. */
export function sampleReport(overrides: Partial<Report> = {}): Report {
  return emptyReport({
    verdict: { segment: 'isp', headline: 'Your internet provider is losing packets', summary: 'Clean to the router, 12 % loss beyond it.' },
    findings: [
      { id: 'isp-loss', segment: 'isp', severity: 'problem', title: 'Packet loss beyond the router', evidence: ['12 % of 200 echoes to 198.51.100.10 were lost'], steps: ['Call your provider'] },
    ],
    probes: [{ id: 'gateway', status: 'ok', durationMs: 12, data: {} }],
    ispCall: { checklist: ['Have your customer number ready'], script: 'I measured 12 % loss.' },
    ...overrides,
  });
}

/**
 * Bytes shaped like a bundle for connector tests, which only carry them: a zip with a binary entry
 * so that byte-for-byte comparisons would notice any text re-encoding on the way.
 */
export function sampleBundleBytes(report: Report = sampleReport()): Uint8Array {
  const noise = new Uint8Array(4096);
  for (let i = 0; i < noise.length; i++) noise[i] = (i * 131 + 7) & 0xff;
  return zipSync({
    'report.json': strToU8(JSON.stringify(report)),
    'manifest.json': strToU8(JSON.stringify({ bundleVersion: 1, files: ['report.json', 'noise.bin'] })),
    'noise.bin': noise,
  });
}

/** Writes a real bundle (the bundle writer's, redacted) into a fresh temporary folder; returns its path. */
export async function writeSampleBundle(report: Report = sampleReport(), name = 'homeline-bundle.homeline'): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'homeline-bundle-')), name);
  writeFileSync(file, zipBundle(await prepareLocalBundle(report, { now: new Date('2026-11-23T08:01:00Z'), keepAddresses: ['198.51.100.10'] })));
  return file;
}
