import { z } from 'zod';
import type { ThroughputMeasurement } from '../provider.js';

const num = z.number().finite().nonnegative();
const direction = z.looseObject({
  /** Bytes per second, as the Ookla CLI reports it. */
  bandwidth: num,
  bytes: num,
  /** Milliseconds. */
  elapsed: num,
  latency: z.looseObject({ iqm: num.optional() }).optional(),
});

/**
 * The result object of `speedtest --format=json` (Ookla CLI 1.x), or the same object as the
 * speedtest-net package hands it back (timestamp turned into a Date, `type` removed).
 */
export const ooklaResultSchema = z.looseObject({
  type: z.literal('result').optional(),
  timestamp: z.union([z.string(), z.date()]).optional(),
  ping: z.looseObject({ latency: num, jitter: num.optional() }).optional(),
  download: direction.optional(),
  upload: direction.optional(),
  packetLoss: num.optional(),
  isp: z.string().optional(),
  server: z.looseObject({ id: z.number().optional(), host: z.string().optional(), name: z.string().optional(), location: z.string().optional() }),
  result: z.looseObject({ url: z.string().optional() }).optional(),
});
export type OoklaResult = z.infer<typeof ooklaResultSchema>;

/** Ookla output that holds no usable result; the message says what is wrong with it. */
export class OoklaResultError extends Error {
  override readonly name = 'OoklaResultError';
}

/**
 * Reads the Ookla CLI's JSON: the whole text (its last `"type":"result"` line when progress lines
 * come first) or an already parsed object. Throws an OoklaResultError naming what is wrong with it.
 */
export function parseOoklaResult(input: string | unknown): OoklaResult {
  let value: unknown = input;
  if (typeof input === 'string') {
    const lines = input.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.startsWith('{'));
    const parsed = lines.flatMap((l) => {
      try {
        return [JSON.parse(l) as unknown];
      } catch {
        return [];
      }
    });
    const result = parsed.filter((p) => typeof p === 'object' && p !== null && (p as { type?: unknown }).type === 'result').at(-1);
    const failure = parsed.find((p) => typeof p === 'object' && p !== null && typeof (p as { error?: unknown }).error === 'string');
    if (result === undefined) {
      const why = failure ? `: ${(failure as { error: string }).error}` : '';
      throw new OoklaResultError(`the Ookla speedtest printed no result${why}`);
    }
    value = result;
  }
  const r = ooklaResultSchema.safeParse(value);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new OoklaResultError(`the Ookla speedtest result is not understood: ${issue?.path.join('.') || '(top)'} ${issue?.message ?? ''}`.trim());
  }
  return r.data;
}

/** The Ookla result as a throughput measurement: rates, the server, and its latency figures. */
export function ooklaMeasurement(r: OoklaResult, durationMs: number): ThroughputMeasurement {
  const dir = (d: OoklaResult['download']) =>
    d === undefined ? undefined : { mbps: Math.round((d.bandwidth * 8) / 100_000) / 10, bytes: d.bytes, durationMs: d.elapsed };
  const download = dir(r.download);
  const upload = dir(r.upload);
  const host = r.server.host ?? '';
  const server = [r.server.name, r.server.location].filter(Boolean).join(', ');
  const idle = r.ping?.latency ?? null;
  return {
    provider: 'ookla',
    server: server === '' ? host : host === '' ? server : `${server} (${host})`,
    streams: 0,
    durationMs,
    ...(download ? { download } : {}),
    ...(upload ? { upload } : {}),
    ...(idle !== null
      ? { latency: { line: { target: host, idleMs: idle, downloadMs: r.download?.latency?.iqm ?? null, uploadMs: r.upload?.latency?.iqm ?? null } } }
      : {}),
    errors: [],
    ...(r.result?.url ? { resultUrl: r.result.url } : {}),
  };
}
