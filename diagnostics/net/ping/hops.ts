import type { CommandOutput, CommandRunner } from '../../platform/command.js';
import { refusedInterval } from './measure.js';
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
/**
 * The echoes' interval: short, as the provider's hop is what the check's slowest ping waits for
 * (three echoes 200 ms apart took 0.4 s). Not one ping per echo: under load each process start
 * costs the check 10-40 ms. iputils takes 50 ms from users (older versions refuse anything under
 * 200 ms: then 200), macOS 100 ms; ping.exe sends one a second whatever it is told.
 */
const INTERVAL_MS: Readonly<Record<OsKind, number>> = { linux: 50, darwin: 100, win32: 200 };
/** The interval every ping allows unprivileged users. */
const SAFE_INTERVAL_MS = 200;

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
 * three echoes each a short interval apart, so the whole path takes about a tenth of a second.
 * The list stops at the TTL where the target answered.
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
      const once = (intervalMs: number): Promise<CommandOutput | null> =>
        Promise.resolve()
          .then(() => deps.run(pingCommand(deps.os, { target, count: ECHOES, intervalMs, replyTimeoutMs: REPLY_TIMEOUT_MS, ttl }), deps.signal))
          .catch(() => null);
      let out = await once(INTERVAL_MS[deps.os]);
      if (out !== null && INTERVAL_MS[deps.os] < SAFE_INTERVAL_MS && refusedInterval(out)) out = await once(SAFE_INTERVAL_MS);
      if (out === null) return { ttl, address: null, reachedTarget: false };
      const p = parsePingOutput(deps.os, out);
      const echo = mostFrequent(p.replies.map((r) => r.from));
      if (echo !== null) return { ttl, address: echo, reachedTarget: true };
      return { ttl, address: mostFrequent(p.ttlExceededFrom), reachedTarget: false };
    }),
  );
  const reached = hops.findIndex((h) => h.reachedTarget);
  return reached >= 0 ? hops.slice(0, reached + 1) : hops;
}
