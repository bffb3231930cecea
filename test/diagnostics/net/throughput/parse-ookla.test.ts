import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ooklaMeasurement, parseOoklaResult } from '../../../../diagnostics/net/throughput/ookla/parse-ookla.js';

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');

describe('parseOoklaResult', () => {
  it('reads the result line after progress lines (speedtest --format=json --progress=yes)', () => {
    const r = parseOoklaResult(fixture('ookla-cli-1.2-progress.jsonl'));
    const m = ooklaMeasurement(r, 24_000);
    // bandwidth is bytes per second: 6 052 155 B/s = 48.4 Mbit/s.
    expect(m.download).toEqual({ mbps: 48.4, bytes: 72625860, durationMs: 12003 });
    expect(m.upload).toEqual({ mbps: 9.6, bytes: 12617338, durationMs: 10504 });
    expect(m.server).toBe('Example ISP, Frankfurt (speedtest.example-isp.de)');
    expect(m.provider).toBe('ookla');
    expect(m.latency?.line).toEqual({ target: 'speedtest.example-isp.de', idleMs: 11.204, downloadMs: 84.911, uploadMs: 231.774 });
    expect(m.resultUrl).toMatch(/^https:\/\/www\.speedtest\.net\/result\/c\//);
  });

  it('reads a single result object (speedtest --format=json)', () => {
    const m = ooklaMeasurement(parseOoklaResult(fixture('ookla-cli-1.2-result.json')), 25_000);
    expect(m.download?.mbps).toBe(249.5);
    expect(m.upload?.mbps).toBe(39.9);
    expect(m.server).toBe('Exempel Stadsnät, Stockholm (speedtest.exempel.se)');
  });

  it('reads the object speedtest-net hands back (timestamp as a Date, no type)', () => {
    const obj = JSON.parse(fixture('ookla-cli-1.2-result.json')) as Record<string, unknown>;
    delete obj.type;
    obj.timestamp = new Date(String(obj.timestamp));
    expect(ooklaMeasurement(parseOoklaResult(obj), 1).download?.bytes).toBe(375931456);
  });

  it('names the missing result when the licence was refused', () => {
    expect(() => parseOoklaResult(fixture('ookla-cli-licence-refused.txt'))).toThrow(/printed no result/);
  });

  it('names the field that is wrong', () => {
    expect(() => parseOoklaResult({ download: { bandwidth: 'fast', bytes: 1, elapsed: 1 }, server: {} })).toThrow(/download\.bandwidth/);
    expect(() => parseOoklaResult('garbage\n<html>')).toThrow(/printed no result/);
    expect(() => parseOoklaResult('{"error":"Cannot read from socket"}')).toThrow(/Cannot read from socket/);
  });
});
