import type { OsKind } from '../../platform/os-kind.js';
import type { CommandRunner } from '../../platform/command.js';
import { pingCommand } from './command.js';
import { parsePingOutput } from './parse.js';

export interface Hop {
  readonly ttl: number;
  /** Who answered at this distance: a router's "time exceeded", or the target itself. */
  readonly address: string | null;
  readonly reachedTarget: boolean;
}

/**
 * The first routers toward a target, found with TTL-limited echoes, every TTL at once so the
 * whole path takes one reply timeout. The list stops at the TTL where the target answered.
 */
export async function discoverHops(
  target: string,
  deps: { readonly run: CommandRunner; readonly os: OsKind; readonly signal?: AbortSignal },
  maxTtl = 4,
): Promise<Hop[]> {
  const ttls = Array.from({ length: maxTtl }, (_, i) => i + 1);
  const hops = await Promise.all(
    ttls.map(async (ttl): Promise<Hop> => {
      const spec = pingCommand(deps.os, { target, count: 3, intervalMs: deps.os === 'linux' ? 50 : 200, replyTimeoutMs: 1000, ttl });
      const out = await deps.run(spec, deps.signal);
      const p = parsePingOutput(deps.os, out);
      if (p.replies.length > 0) return { ttl, address: p.replies[0]!.from, reachedTarget: true };
      return { ttl, address: p.ttlExceededFrom[0] ?? null, reachedTarget: false };
    }),
  );
  const reached = hops.findIndex((h) => h.reachedTarget);
  return reached >= 0 ? hops.slice(0, reached + 1) : hops;
}
