import { uploadPlan } from '../../../../diagnostics/net/throughput/http-provider.js';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureDownload } from '../../../../diagnostics/net/throughput/http-download.js';
import { measureUpload } from '../../../../diagnostics/net/throughput/http-upload.js';
import type { TransferPlan } from '../../../../diagnostics/net/throughput/types.js';

// The transfer loops against a loopback server: they count bytes, name a failing server, and stop
// on time. Rates on loopback say nothing about a line; the lab measures those against tbf.

const PLAN: TransferPlan = { streams: 2, warmupMs: 200, measureMs: 1000, connectTimeoutMs: 1000 };
const never = new AbortController().signal;
let server: http.Server;
let base = '';
let uploadedBytes = 0;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === '/big.bin') {
      res.writeHead(200, { 'content-length': String(64 * 1024 * 1024) });
      const chunk = Buffer.alloc(64 * 1024);
      let left = 1024;
      const pump = (): void => {
        while (left > 0) {
          left--;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('close', () => (left = 0));
      return pump();
    }
    if (req.url === '/upload') {
      // Answers only once the whole body has arrived, as the upload contract asks.
      req.on('data', (c: Buffer) => (uploadedBytes += c.length));
      req.on('end', () => res.writeHead(204).end());
      return;
    }
    req.resume();
    res.writeHead(500).end('broken');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

describe('measureDownload', () => {
  it('counts bytes only in the measured phase, and stops by the cap', async () => {
    const began = performance.now();
    const out = await measureDownload(new URL(`${base}/big.bin`), PLAN, never);
    expect(out.errors).toEqual([]);
    expect(out.result?.bytes).toBeGreaterThan(0);
    // At least the intervals that must agree (4 × 250 ms), at most the cap.
    expect(out.result?.durationMs).toBeGreaterThanOrEqual(1000);
    expect(out.result?.durationMs).toBeLessThanOrEqual(PLAN.measureMs);
    expect(['stable', 'cap']).toContain(out.result?.stopped);
    expect(out.result?.streams).toBe(2);
    expect(out.result?.mbps).toBeCloseTo((out.result!.bytes * 8) / out.result!.durationMs / 1000, 0);
    // One ramp step (two intervals: 500 ms), then at most the cap.
    expect(performance.now() - began).toBeLessThan(500 + PLAN.measureMs + 1500);
  });

  it('names a server that answers 500', async () => {
    const out = await measureDownload(new URL(`${base}/broken`), PLAN, never);
    expect(out.result).toBeNull();
    expect(out.errors).toEqual([`${base}/broken answered HTTP 500`]);
  });
});

describe('measureUpload', () => {
  it('counts bodies the server finished reading', async () => {
    uploadedBytes = 0;
    const out = await measureUpload(new URL(`${base}/upload`), PLAN, never);
    expect(out.errors).toEqual([]);
    expect(out.result?.bytes).toBeGreaterThan(0);
    // What was counted in the window never exceeds what the server received in all.
    expect(out.result!.bytes).toBeLessThanOrEqual(uploadedBytes);
  });

  it('names a server that answers 500, and a port nobody listens on', async () => {
    const bad = await measureUpload(new URL(`${base}/broken`), PLAN, never);
    expect(bad.result).toBeNull();
    expect(bad.errors).toContain(`${base}/broken answered HTTP 500`);
    const closed = await measureUpload(new URL('http://127.0.0.1:1/upload'), PLAN, never);
    expect(closed.result).toBeNull();
    expect(closed.errors.join()).toMatch(/ECONNREFUSED/);
  });
});

describe("the 'fast' stop on a real transfer", () => {
  // Loopback carries far more than 1 Mbit/s however loaded the machine: with that as the bound,
  // both directions must stop as 'fast' once the intervals after the first step (≥ 1 s) carried it.
  const fast: TransferPlan = { ...PLAN, measureMs: 5000, fastMbps: 1 };

  it('stops the download and the upload as fast, on a window of at least a second whose rate is the bound or more', async () => {
    for (const out of [await measureDownload(new URL(`${base}/big.bin`), fast, never), await measureUpload(new URL(`${base}/upload`), fast, never)]) {
      expect(out.errors).toEqual([]);
      expect(out.result?.stopped).toBe('fast');
      expect(out.result!.durationMs).toBeGreaterThanOrEqual(1000);
      expect(out.result!.durationMs).toBeLessThan(fast.measureMs);
      expect(out.result!.mbps).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('uploadPlan', () => {
  const plan = { streams: 8, warmupMs: 500, measureMs: 3000, connectTimeoutMs: 3000 };
  const down = (streams: number) => ({ result: { mbps: 100, bytes: 1, durationMs: 1000, streams }, errors: [] });

  it('starts the upload with every stream when the download needed them all, else ramps from the start', () => {
    expect(uploadPlan(plan, down(8))).toEqual({ ...plan, startStreams: 8 });
    expect(uploadPlan(plan, down(4))).toBe(plan);
    expect(uploadPlan(plan, { result: null, errors: ['HTTP 500'] })).toBe(plan);
    expect(uploadPlan(plan, undefined)).toBe(plan);
  });
});
