import type { OsKind } from '../../platform/os-kind.js';

/**
 * One burst of echoes: `processes` ping runs in parallel, each sending `count` echoes
 * `intervalMs` apart. The runs start staggered across one interval, so together they send at an
 * even rate (processes / interval) rather than in spikes a router's ICMP rate limit would cut.
 */
export interface PingBurst {
  readonly processes: number;
  readonly count: number;
  readonly intervalMs: number;
}

/**
 * How loss is sampled. Stage 1 is short: 100 clean echoes already tell 5 % loss from 0 %
 * (0.95^100 < 1 %), and 100 lost ones are an outage. Only partial loss in stage 1 starts stage 2,
 * which brings the total to enough echoes to pin the loss down within a few points.
 * `fallback` replaces stage 1 (and drops stage 2) when ping refuses the short interval.
 */
export interface PingPlan {
  readonly stage1: PingBurst;
  readonly stage2: PingBurst;
  readonly fallback: PingBurst;
  readonly replyTimeoutMs: number;
  /**
   * Stage 2 is sent in this many batches (default 3); after each the loss interval may stop it
   * (see sequential-loss.ts). Each batch costs one reply timeout at its end, hence few batches.
   */
  readonly stage2Batches?: number;
  /**
   * Stage 2 starts no batch that would end later than this after the measurement began, judged
   * by the batch's schedule or, once one has run, by how long the last one really took. ICMP
   * that a router rate-limits is lost in runs, so the loss interval settles late and every batch
   * runs; iputils then also waits out its reply timeout at each batch's end. Without a budget
   * that overran the probes' 12 s and lost every figure (issue #14, ping rate-limited).
   */
  readonly budgetMs?: number;
}

/**
 * The time budget of a quick check's pings: it ends at 15 s, and the TCP witness's dense stage
 * (about 4 s) waits for ping's result when only ping saw loss.
 */
export const QUICK_PING_BUDGET_MS = 8000;

/** The plan changes a quick check makes: only the shorter time budget. */
export function quickPlan(quick: boolean): Partial<PingPlan> {
  return quick ? { budgetMs: QUICK_PING_BUDGET_MS } : {};
}

/** Echoes a burst sends in all. */
export const burstEchoes = (b: PingBurst): number => b.processes * b.count;

/**
 * Per OS, sized so both stages fit the ping probes' 12 s budget. Where an OS will not send
 * faster, parallel processes make up the count.
 */
export const DEFAULT_PLANS: Readonly<Record<OsKind, PingPlan>> = {
  // iputils lets users send every 2 ms (older versions 200 ms: the fallback). 100 echoes at 9 ms
  // take 0.9 s, then 1400 more at 4 ms take 5.6 s: 1500 echoes measure 10 % or 30 % loss within
  // ±2.4 points. Not 10 ms: from 10 ms up iputils 20221126 adds ~5.6 ms to every interval
  // (100 echoes at -i 0.01 took 1.58 s, at -i 0.009 0.9 s), which was most of a clean check's wait.
  linux: {
    stage1: { processes: 1, count: 100, intervalMs: 9 },
    stage2: { processes: 1, count: 1400, intervalMs: 4 },
    fallback: { processes: 4, count: 25, intervalMs: 200 },
    replyTimeoutMs: 1000,
    // The ping probes' 12 s, less a second for process start and the parse; quick checks pass a shorter one.
    budgetMs: 11_000,
  },
  // macOS ping refuses intervals under 100 ms to users: 10 and 20 processes make up the rate.
  // 100 echoes in 1 s, then 1400 in 7 s.
  darwin: {
    stage1: { processes: 10, count: 10, intervalMs: 100 },
    stage2: { processes: 20, count: 70, intervalMs: 100 },
    fallback: { processes: 20, count: 5, intervalMs: 1000 },
    replyTimeoutMs: 1000,
    budgetMs: 11_000,
  },
  // ping.exe sends one echo a second whatever it is told. 100 echoes from 25 processes take
  // about 4 s; 1400 more would need 250 processes for the time left, so stage 2 stops at 500
  // (600 in all: 10 % loss within ±2.4 points, 30 % within ±3.7).
  win32: {
    stage1: { processes: 25, count: 4, intervalMs: 1000 },
    stage2: { processes: 100, count: 5, intervalMs: 1000 },
    fallback: { processes: 25, count: 4, intervalMs: 1000 },
    replyTimeoutMs: 1000,
    // Batches of 2 s would each wait a reply timeout more: 600 echoes settle ±3 points only at
    // 10 % loss and about 500 echoes, so one batch is as quick.
    stage2Batches: 1,
  },
};
