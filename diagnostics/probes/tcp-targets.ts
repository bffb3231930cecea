import { isIP } from 'node:net';
import { Resolver } from 'node:dns/promises';
import type { Probe, ProbeContext, ProbeOutcome } from '../engine/probe.js';
import { poolConnects, sampleConnects, summariseConnects, type ConnectLoss, type ConnectPlan, type ConnectSample } from '../net/tcp/connect-loss.js';
import { DNS_TIMEOUT_MS } from './dns-system.js';
import { measureBesidePath } from './skip-unless-path.js';
import { targetPingProbe } from './target-ping.js';

/** Loss and latency over TCP: the second witness next to ping (see connect-loss.ts). */
export interface TcpTargetsData {
  readonly hosts: readonly ConnectLoss[];
  /** Hosts that answered at least once, added up; null when none did. */
  readonly pooled: ReturnType<typeof poolConnects>;
}

/** Ping targets are asked on the HTTPS port: public test addresses serve it, and a reset is an answer too. */
export const PING_TARGET_TCP_PORT = 443;

/**
 * Stage 1 is enough to tell a working path from a dead one; stage 2 runs only when ping or stage 1
 * saw loss, so that a lossy line has enough handshakes for a figure worth comparing with ping's.
 * When only ping saw loss, stage 2 is larger and denser (`pingOnly`): ruling a few per cent of
 * ping loss out needs several hundred clean handshakes (Wilson 0 of 360 reaches up to 1.05 %),
 * or ICMP that a router rate-limits at 2–4 % stays "not confirmed" and the verdict unknown. The
 * pace stays at 25 handshakes a second per host, far from what a server takes for a SYN flood.
 * Stage 1 goes at 20 a second so that it is over (1 s, quick 0.5 s) when the first pings are,
 * since the speed test waits for it: load on the line would make handshakes look lost.
 */
const PLANS = {
  full: {
    stage1: { count: 20, intervalMs: 50, timeoutMs: 3500 },
    stage2: { count: 40, intervalMs: 75, timeoutMs: 3500 },
    pingOnly: { count: 100, intervalMs: 40, timeoutMs: 3500 },
  },
  quick: {
    stage1: { count: 10, intervalMs: 50, timeoutMs: 3500 },
    stage2: { count: 20, intervalMs: 75, timeoutMs: 3500 },
    // The app's checks are quick ones: it still needs enough handshakes to rule 2 % out (0 of 270: 1.5 %).
    pingOnly: { count: 80, intervalMs: 40, timeoutMs: 3500 },
  },
} as const satisfies Record<string, { stage1: ConnectPlan; stage2: ConnectPlan; pingOnly: ConnectPlan }>;

/** The second stage: none when nothing saw loss, the dense one when only ping did. */
export function secondStage(quick: boolean, seen: { tcpLoss: boolean; pingLoss: boolean }): ConnectPlan | null {
  const plan = quick ? PLANS.quick : PLANS.full;
  if (seen.tcpLoss) return plan.stage2;
  return seen.pingLoss ? plan.pingOnly : null;
}

/** The hosts to measure: each ping target on 443 and each HTTPS URL's host on its port, once each. */
export function tcpTargetsOf(pingTargets: readonly string[], httpsUrls: readonly string[]): { host: string; port: number }[] {
  const out: { host: string; port: number }[] = pingTargets.map((host) => ({ host, port: PING_TARGET_TCP_PORT }));
  for (const u of httpsUrls) {
    let url: URL;
    try {
      url = new URL(u);
    } catch {
      continue; // a bad URL is the https probe's to report
    }
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const port = url.port === '' ? (url.protocol === 'http:' ? 80 : 443) : Number(url.port);
    if (!out.some((o) => o.host === host)) out.push({ host, port });
  }
  return out;
}

async function addressOf(host: string): Promise<string | null> {
  if (isIP(host) !== 0) return host;
  const resolver = new Resolver({ timeout: DNS_TIMEOUT_MS, tries: 1 });
  return resolver.resolve4(host).then((a) => a[0] ?? null, () => null);
}

/**
 * Whether ping saw loss worth a dense second stage. A target that never answered while another
 * did is a dead target, judged on its own (a finding of its own), not loss of a few per cent
 * that more handshakes could rule out: only partial loss counts then. When no target answered
 * (ping filtered, an outage), any loss counts, as the TCP figures are all the line has.
 */
export function pingLossForTcp(targets: readonly { readonly sent: number; readonly received: number }[]): boolean {
  const answering = targets.filter((s) => s.received > 0);
  return (answering.length > 0 ? answering : targets).some((s) => s.received < s.sent);
}

/** pingLossForTcp once the ping probe has finished; "no" if the probe's own signal ends first. */
async function pingSawLoss(ctx: ProbeContext<TcpTargetsData>): Promise<boolean> {
  const done = await ctx.results.whenFinished(targetPingProbe, ctx.signal);
  return pingLossForTcp(done?.data.targets ?? []);
}

/** Timed TCP handshakes to the profile's internet hosts: loss and round trips where ping is not answered. */
export const tcpTargetsProbe: Probe<TcpTargetsData> = {
  id: 'tcp-targets',
  // Not after target-ping: on a lossy line ping runs long, and a quick check's deadline would cut
  // this witness off before it began. It runs beside ping and looks at ping's result only to
  // decide whether a second stage is worth it. Nor after adapters: it starts with the check.
  dependsOn: [],
  // Stage 1 (1 s), waiting for ping on a lossy line (up to ~8 s), then the dense stage (4 s).
  timeoutMs: 16_000,
  run: (ctx) => measureBesidePath(ctx, { hosts: [], pooled: null }, () => sampleTargets(ctx), (o) => o.data.hosts.some((h) => h.answered > 0)),
};

async function sampleTargets(ctx: ProbeContext<TcpTargetsData>): Promise<ProbeOutcome<TcpTargetsData>> {
  const empty: TcpTargetsData = { hosts: [], pooled: null };
  const list = tcpTargetsOf(ctx.targets.internet.pingTargets, ctx.targets.internet.httpsUrls);
  if (list.length === 0) return { status: 'skipped', data: empty, error: 'the profile names no ping target or URL' };
  const plan = ctx.quick ? PLANS.quick : PLANS.full;
  const addresses = await Promise.all(list.map((t) => addressOf(t.host)));
  const samples: ConnectSample[][] = list.map(() => []);
  const stage = async (p: ConnectPlan): Promise<void> => {
    await Promise.all(
      list.map(async (t, i) => {
        const address = addresses[i];
        if (address === null || address === undefined) return;
        samples[i]!.push(...(await sampleConnects(address, t.port, p, ctx.signal)));
      }),
    );
  };
  const summarise = (): ConnectLoss[] => list.map((t, i) => summariseConnects(t.host, t.port, addresses[i] ?? null, samples[i]!));
  await stage(plan.stage1);
  let hosts = summarise();
  ctx.observe({ hosts, pooled: poolConnects(hosts) });
  const anyAnswer = hosts.some((h) => h.answered > 0);
  const tcpLoss = hosts.some((h) => h.answered > 0 && h.lost > 0);
  const next = anyAnswer ? secondStage(ctx.quick, { tcpLoss, pingLoss: !tcpLoss && (await pingSawLoss(ctx)) }) : null;
  if (next !== null && !ctx.signal.aborted) {
    await stage(next);
    hosts = summarise();
  }
  const pooled = poolConnects(hosts);
  const status = pooled === null ? 'fail' : pooled.lossPct > 0 ? 'warn' : 'ok';
  return { status, data: { hosts, pooled } };
}
