import { wilsonInterval } from '../ping/stats.js';
import { probeTcp, type TcpState } from './connect.js';

/**
 * Loss and latency measured with TCP handshakes, for networks that drop ping. A handshake whose
 * SYN or SYN-ACK was lost still completes, but only after the sender's retransmission timer
 * (1 s on Linux and macOS, up to 3 s on Windows): a connect that takes that much longer than the
 * fastest one counts as one lost packet, and one that never completes counts as lost too.
 */

/** How much slower than the fastest handshake a connect must be to have needed a retransmission. */
export const RETRANSMIT_EXTRA_MS = 800;

/** One timed handshake: its end state and, when it completed, how long it took. */
export interface ConnectSample {
  readonly state: TcpState;
  readonly ms: number | null;
}

/** The figures of one host: how many handshakes, how many were lost, and the round trips of the clean ones. */
export interface ConnectLoss {
  readonly host: string;
  readonly port: number;
  /** The address connected to; null when the name could not be resolved. */
  readonly address: string | null;
  readonly sent: number;
  /** Handshakes that completed, or were refused (a reset is an answer too). */
  readonly answered: number;
  /** Answered only after a retransmission. */
  readonly retransmitted: number;
  /** Never answered plus retransmitted: the packets the line lost. */
  readonly lost: number;
  readonly lossPct: number;
  readonly lossCi95: readonly [number, number];
  /** Average handshake time of the answers that needed no retransmission, ms. */
  readonly avgMs: number | null;
  readonly minMs: number | null;
  /** How the failed handshakes ended (timeout, unreachable…), counted. */
  readonly failures: Readonly<Partial<Record<TcpState, number>>>;
}

const answeredState = (s: TcpState): boolean => s === 'open' || s === 'refused';
const round1 = (x: number): number => Math.round(x * 10) / 10;

/** Sums one host's samples into its figures. Pure. */
export function summariseConnects(host: string, port: number, address: string | null, samples: readonly ConnectSample[]): ConnectLoss {
  const answered = samples.filter((s) => answeredState(s.state) && s.ms !== null);
  const minMs = answered.length === 0 ? null : Math.min(...answered.map((s) => s.ms!));
  const slow = minMs === null ? [] : answered.filter((s) => s.ms! > minMs + RETRANSMIT_EXTRA_MS);
  const clean = answered.filter((s) => !slow.includes(s));
  const lost = samples.length - answered.length + slow.length;
  const failures: Partial<Record<TcpState, number>> = {};
  for (const s of samples) if (!answeredState(s.state)) failures[s.state] = (failures[s.state] ?? 0) + 1;
  return {
    host,
    port,
    address,
    sent: samples.length,
    answered: answered.length,
    retransmitted: slow.length,
    lost,
    lossPct: samples.length === 0 ? 0 : round1((100 * lost) / samples.length),
    lossCi95: wilsonInterval(lost, samples.length),
    avgMs: clean.length === 0 ? null : round1(clean.reduce((n, s) => n + s.ms!, 0) / clean.length),
    minMs: minMs === null ? null : round1(minMs),
    failures,
  };
}

/** How a batch of handshakes is paced. */
export interface ConnectPlan {
  readonly count: number;
  /** Handshakes start this far apart, without waiting for earlier ones (a steady rate). */
  readonly intervalMs: number;
  /** Long enough for one retransmission on every OS. */
  readonly timeoutMs: number;
}

/** Runs `count` timed handshakes to one address, `intervalMs` apart. Never throws. */
export async function sampleConnects(address: string, port: number, plan: ConnectPlan, signal?: AbortSignal): Promise<ConnectSample[]> {
  const runs: Promise<ConnectSample>[] = [];
  for (let i = 0; i < plan.count && !signal?.aborted; i++) {
    if (i > 0) await new Promise((r) => setTimeout(r, plan.intervalMs));
    if (signal?.aborted) break;
    const started = performance.now();
    // A refusal has no connectMs, yet its reset timed the round trip just as well.
    runs.push(
      probeTcp(address, port, { timeoutMs: plan.timeoutMs, ...(signal ? { signal } : {}) }).then((p) => ({
        state: p.state,
        ms: p.connectMs ?? (p.state === 'refused' ? Math.round((performance.now() - started) * 10) / 10 : null),
      })),
    );
  }
  return Promise.all(runs);
}

/** Pools hosts that answered at least once: a host that never answers over TCP is not a line figure. */
export function poolConnects(hosts: readonly ConnectLoss[]): { sent: number; received: number; lossPct: number; lossCi95: readonly [number, number]; avgRttMs: number | null } | null {
  const live = hosts.filter((h) => h.answered > 0);
  const sent = live.reduce((n, h) => n + h.sent, 0);
  if (sent === 0) return null;
  const lost = live.reduce((n, h) => n + h.lost, 0);
  const timed = live.filter((h) => h.avgMs !== null);
  const weight = timed.reduce((n, h) => n + h.answered - h.retransmitted, 0);
  const avg = weight === 0 ? null : timed.reduce((n, h) => n + h.avgMs! * (h.answered - h.retransmitted), 0) / weight;
  return {
    sent,
    received: sent - lost,
    lossPct: round1((100 * lost) / sent),
    lossCi95: wilsonInterval(lost, sent),
    avgRttMs: avg === null ? null : round1(avg),
  };
}
