import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inNs } from '../lab/lab-exec.js';
import type { Lab } from '../lab/lab-types.js';
import { throughputProfilePath } from '../lab/repo-root.js';

// The benchmark's reference for a shaped line, measured in the same run as the check: one curl
// transfer of a fixed length each way, from the lab's client to the throughput profile's own
// URLs, sized to take about REFERENCE_SECONDS at the shaped rate. One TCP stream, no ramp logic,
// no stopping rule: what a plain download and upload of a file see on that line.

const REFERENCE_SECONDS = 3;

/** Rates curl measured, in Mbit/s (null when its transfer failed, with why). */
export interface ReferenceRates {
  readonly downMbps: number | null;
  readonly upMbps: number | null;
  readonly note: string;
}

function profileUrls(): { download: string; upload: string } {
  const p = JSON.parse(readFileSync(throughputProfilePath(), 'utf8')) as { throughput?: { downloadUrl?: string; uploadUrl?: string } };
  const download = p.throughput?.downloadUrl;
  const upload = p.throughput?.uploadUrl;
  if (!download || !upload) throw new Error(`${throughputProfilePath()} names no throughput URLs`);
  return { download, upload };
}

const bytesFor = (mbit: number): number => Math.round(((mbit * 1e6) / 8) * REFERENCE_SECONDS);

/** curl's own average speed (bytes/s) as Mbit/s, or why there is none. */
async function curlRate(lab: Lab, args: readonly string[], field: 'speed_download' | 'speed_upload'): Promise<number | string> {
  const r = await inNs(lab.ns.client, 'curl', ['-sS', '-o', '/dev/null', '--max-time', String(REFERENCE_SECONDS * 4), '-w', `%{${field}} %{http_code}`, ...args], { allowFail: true, timeoutMs: REFERENCE_SECONDS * 5000 });
  const [speed, code] = r.stdout.trim().split(' ');
  const bps = Number(speed);
  if (r.code !== 0 || !code?.startsWith('2') || !(bps > 0)) return `curl ${field}: exit ${String(r.code)}, HTTP ${code ?? '-'} ${r.stderr.trim()}`;
  return (bps * 8) / 1e6;
}

/** Downloads then uploads a fixed length on the lab's (shaped) line; rates in Mbit/s. */
export async function referenceRates(lab: Lab, shape: { readonly downMbit: number; readonly upMbit: number }): Promise<ReferenceRates> {
  const urls = profileUrls();
  const dir = mkdtempSync(join(tmpdir(), 'homeline-bench-ref-'));
  try {
    const down = await curlRate(lab, ['-r', `0-${bytesFor(shape.downMbit) - 1}`, urls.download], 'speed_download');
    const body = join(dir, 'body.bin');
    writeFileSync(body, randomBytes(bytesFor(shape.upMbit)));
    const up = await curlRate(lab, ['-H', 'content-type: application/octet-stream', '--data-binary', `@${body}`, urls.upload], 'speed_upload');
    const notes = [down, up].filter((v): v is string => typeof v === 'string');
    return { downMbps: typeof down === 'number' ? down : null, upMbps: typeof up === 'number' ? up : null, note: notes.join('; ') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
