import type { Probe } from '../engine/probe.js';
import { inconclusiveReasons, watchedRunner } from '../engine/watched-runner.js';
import { probeTcp, type TcpProbe } from '../net/tcp/connect.js';
import { readProxy } from '../platform/proxy/read-proxy.js';
import type { ProxyFacts } from '../platform/proxy/types.js';

export interface ProxyData {
  readonly facts: ProxyFacts;
  /** The configured proxy (or the PAC script's server), tried over TCP: a dead proxy breaks the web. */
  readonly reachability: TcpProbe | null;
}

/** The port a PAC URL is served on. */
function pacTarget(url: string): { host: string; port: number } | null {
  try {
    const u = new URL(url);
    return { host: u.hostname, port: Number(u.port) || (u.protocol === 'https:' ? 443 : 80) };
  } catch {
    return null;
  }
}

/** The system proxy settings, and whether the proxy they name answers. */
export const proxyProbe: Probe<ProxyData> = {
  id: 'proxy',
  dependsOn: [],
  timeoutMs: 8000,
  async run(ctx) {
    const watched = watchedRunner(ctx.run);
    const facts = await readProxy({ os: ctx.os, run: watched.run, env: process.env, signal: ctx.signal });
    ctx.observe({ facts });
    // Settings that could not be read because the tools failed are "could not check", not "ok".
    const failed = facts.mode === 'unknown' ? inconclusiveReasons(watched.outputs) : [];
    if (failed.length > 0) return { status: 'error', data: { facts, reachability: null }, error: failed.join('; ') };
    const server = facts.mode === 'manual' ? facts.servers.find((s) => s.port !== null) : undefined;
    const target = server ? { host: server.host, port: server.port! } : facts.mode === 'pac' && facts.pacUrl ? pacTarget(facts.pacUrl) : null;
    const reachability = target ? await probeTcp(target.host, target.port, { timeoutMs: 3000, signal: ctx.signal }) : null;
    return { status: reachability && reachability.state !== 'open' ? 'fail' : 'ok', data: { facts, reachability } };
  },
};
