import type { CommandRunner } from '../../platform/command.js';
import type { OsKind } from '../../platform/os-kind.js';
import { isPingTarget, pingCommand } from './command.js';
import { parsePingOutput } from './parse.js';

/** One position on the path, as TTL-limited echoes found it. */
export interface Hop {
  readonly ttl: number;
  /** Who answered at this distance: a router's "time exceeded", or the target itself; null if nobody. */
  readonly address: string | null;
  readonly reachedTarget: boolean;
}

/** Echoes per TTL: one router may rate-limit its "time exceeded" answers, three rarely all go. */
const ECHOES = 3;
const REPLY_TIMEOUT_MS = 1000;
// Each echo is its own one-echo ping, started this far apart: three echoes from one ping need an
// interval, and 200 ms is the shortest every ping allows unprivileged users (old iputils' floor;
// ping.exe sends one a second whatever it is told), so one ping took 0.4-2 s where these take one
// round trip. The answers are what the check's slowest ping (the provider's hop) waits for.
const STAGGER_MS = 50;
// Must be given, though a one-echo ping never waits it out: the value every ping accepts.
const INTERVAL_MS = 200;

/** Waits `ms`, or less when the signal aborts. */
function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (ms <= 0 || signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
  });
}

/** The address named most often (routers behind a load balancer may differ between echoes). */
function mostFrequent(addresses: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const a of addresses) counts.set(a, (counts.get(a) ?? 0) + 1);
  let best: string | null = null;
  for (const [a, n] of counts) if (best === null || n > counts.get(best)!) best = a;
  return best;
}

/**
 * The first routers toward a target, found with TTL-limited echoes: TTL 1..maxTtl all at once,
 * each as three one-echo pings a moment apart, so the whole path takes about one round trip. The list stops at the TTL where the target answered.
 * Never rejects on expected failures (no ping, abort, a target that is no address or name: no
 * hops); a TTL nobody answered has a null address. Throws only on a maxTtl outside 1..64.
 */
export async function discoverHops(
  target: string,
  deps: { readonly run: CommandRunner; readonly os: OsKind; readonly signal?: AbortSignal },
  maxTtl = 4,
): Promise<Hop[]> {
  if (!Number.isInteger(maxTtl) || maxTtl < 1 || maxTtl > 64) throw new TypeError(`maxTtl out of range: ${maxTtl}`);
  // Targets come from profiles: a bad one yields no path rather than a crash.
  if (!isPingTarget(target)) return [];
  const ttls = Array.from({ length: maxTtl }, (_, i) => i + 1);
  const hops = await Promise.all(
    ttls.map(async (ttl): Promise<Hop> => {
      const spec = pingCommand(deps.os, { target, count: 1, intervalMs: INTERVAL_MS, replyTimeoutMs: REPLY_TIMEOUT_MS, ttl });
      const outs = await Promise.all(
        Array.from({ length: ECHOES }, async (_, i) => {
          await pause(i * STAGGER_MS, deps.signal);
          if (deps.signal?.aborted) return null;
          return Promise.resolve()
            .then(() => deps.run(spec, deps.signal))
            .catch(() => null);
        }),
      );
      const parsed = outs.flatMap((out) => (out === null ? [] : [parsePingOutput(deps.os, out)]));
      const echo = mostFrequent(parsed.flatMap((p) => p.replies.map((r) => r.from)));
      if (echo !== null) return { ttl, address: echo, reachedTarget: true };
      return { ttl, address: mostFrequent(parsed.flatMap((p) => p.ttlExceededFrom)), reachedTarget: false };
    }),
  );
  const reached = hops.findIndex((h) => h.reachedTarget);
  return reached >= 0 ? hops.slice(0, reached + 1) : hops;
}
