import { describe, expect, it } from 'vitest';
import { pingCommand } from '../../../../diagnostics/net/ping/command.js';
import { burstEchoes, DEFAULT_PLANS, type PingBurst } from '../../../../diagnostics/net/ping/plan.js';
import type { OsKind } from '../../../../diagnostics/platform/os-kind.js';

/** How long a burst takes at most: the stagger, then each process's own schedule until ping exits. */
function burstMs(os: OsKind, b: PingBurst, replyTimeoutMs: number): number {
  const stagger = b.intervalMs - b.intervalMs / b.processes;
  const perEcho = os === 'win32' ? Math.max(1000, replyTimeoutMs) : b.intervalMs;
  return stagger + (b.count - 1) * perEcho + replyTimeoutMs;
}

describe.each(['linux', 'darwin', 'win32'] as const)('the %s plan', (os) => {
  const plan = DEFAULT_PLANS[os];
  it('sends 100 echoes in stage 1 and in the fallback', () => {
    expect(burstEchoes(plan.stage1)).toBe(100);
    expect(burstEchoes(plan.fallback)).toBe(100);
  });
  it('fits both stages into the ping probes\u2019 12 s with room to spare', () => {
    expect(burstMs(os, plan.stage1, plan.replyTimeoutMs) + burstMs(os, plan.stage2, plan.replyTimeoutMs)).toBeLessThanOrEqual(11_000);
    expect(burstMs(os, plan.fallback, plan.replyTimeoutMs)).toBeLessThanOrEqual(11_000);
  });
  it('builds valid commands for every burst', () => {
    for (const b of [plan.stage1, plan.stage2, plan.fallback]) {
      expect(() => pingCommand(os, { target: '203.0.113.10', count: b.count, intervalMs: b.intervalMs, replyTimeoutMs: plan.replyTimeoutMs })).not.toThrow();
    }
  });
});

describe('echo counts', () => {
  it('reach 1500 where the OS can send fast enough, and 600 with ping.exe', () => {
    expect(burstEchoes(DEFAULT_PLANS.linux.stage1) + burstEchoes(DEFAULT_PLANS.linux.stage2)).toBe(1500);
    expect(burstEchoes(DEFAULT_PLANS.darwin.stage1) + burstEchoes(DEFAULT_PLANS.darwin.stage2)).toBe(1500);
    expect(burstEchoes(DEFAULT_PLANS.win32.stage1) + burstEchoes(DEFAULT_PLANS.win32.stage2)).toBe(600);
  });
  it('use no interval under what unprivileged users may ask for (iputils 2 ms, macOS 100 ms)', () => {
    expect(DEFAULT_PLANS.linux.stage2.intervalMs).toBeGreaterThanOrEqual(2);
    for (const b of [DEFAULT_PLANS.darwin.stage1, DEFAULT_PLANS.darwin.stage2]) expect(b.intervalMs).toBeGreaterThanOrEqual(100);
  });
});
