import { describe, expect, it } from 'vitest';
import { pingLossForTcp, secondStage } from '../../../diagnostics/probes/tcp-targets.js';
import { wilsonInterval } from '../../../diagnostics/net/ping/stats.js';

// The TCP witness's second stage: how many handshakes it adds decides whether a few per cent of
// ping loss can be confirmed or ruled out at all.

describe('the TCP witness second stage', () => {
  it('adds nothing when neither witness saw loss', () => {
    expect(secondStage(false, { tcpLoss: false, pingLoss: false })).toBeNull();
    expect(secondStage(true, { tcpLoss: false, pingLoss: false })).toBeNull();
  });

  it.each([
    [false, 20],
    [true, 10],
  ])('when only ping saw loss, adds enough clean handshakes to rule out 2 %% loss (three hosts, quick: %s)', (quick, stage1) => {
    const stage = secondStage(quick, { tcpLoss: false, pingLoss: true });
    expect(stage).not.toBeNull();
    const hosts = 3;
    const perHost = stage1 + (stage?.count ?? 0);
    // Ping stops as "lossy" only once its lower bound is at least 2 %: below that, clean TCP rules it out.
    expect(wilsonInterval(0, hosts * perHost)[1]).toBeLessThan(2);
  });

  it('is larger when only ping saw loss than when TCP saw loss itself (TCP loss confirms with fewer)', () => {
    const pingOnly = secondStage(false, { tcpLoss: false, pingLoss: true });
    const tcpSaw = secondStage(false, { tcpLoss: true, pingLoss: true });
    expect(pingOnly?.count).toBeGreaterThan(tcpSaw?.count ?? Infinity);
  });

  it('keeps a pace of at most 25 handshakes a second per host', () => {
    for (const quick of [false, true]) {
      for (const seen of [{ tcpLoss: true, pingLoss: false }, { tcpLoss: false, pingLoss: true }]) {
        expect(secondStage(quick, seen)?.intervalMs).toBeGreaterThanOrEqual(40);
      }
    }
  });

  it('is not worth it for a dead target beside live ones, only for partial loss or when no target answered', () => {
    const clean = { sent: 100, received: 100 };
    const dead = { sent: 100, received: 0 };
    expect(pingLossForTcp([dead, clean])).toBe(false);
    expect(pingLossForTcp([dead, { sent: 100, received: 97 }])).toBe(true);
    expect(pingLossForTcp([dead, dead])).toBe(true);
    expect(pingLossForTcp([clean, clean])).toBe(false);
    expect(pingLossForTcp([])).toBe(false);
  });
});
