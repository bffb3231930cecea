import { describe, expect, it, vi } from 'vitest';
import type { CommandRunner } from '../../../diagnostics/platform/command.js';
import { discoverTargets } from '../../../diagnostics/monitor/discover-targets.js';
import { monitorJson } from '../../../diagnostics/monitor/monitor-json.js';
import type { MonitorResult } from '../../../diagnostics/monitor/run-monitor.js';
import { targetsFromProfile } from '../../../diagnostics/profile/targets.js';
import { translator } from '../../../diagnostics/i18n/translator.js';
import { fakeOutput, type Answer } from '../../support/fake-runner.js';

// #16: with a broken ping the monitor used to switch to TCP without a word. Discovery now says
// that ping could not be used and why (note + reason); the CLI prints it and --json carries it.

// No packet leaves this machine: TCP connects are answered here. 192.0.2.1 (router) refuses port
// 443 (an answer), 203.0.113.10 accepts, 203.0.113.20 is silent.
vi.mock('../../../diagnostics/net/tcp/connect.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../diagnostics/net/tcp/connect.js')>()),
  probeTcp: (host: string) => Promise.resolve({ state: host === '192.0.2.1' ? 'refused' : host === '203.0.113.10' ? 'open' : 'timeout', ms: 1 }),
}));

const targets = targetsFromProfile({ internet: { pingTargets: ['203.0.113.10', '203.0.113.20'] } }, 'profile');
/** Written for this test: a default route via 192.0.2.1, and ping answering as `ping` says. */
const runner = (ping: Answer): CommandRunner => (spec) =>
  Promise.resolve(fakeOutput(spec, spec.cmd === 'ip' ? { stdout: 'default via 192.0.2.1 dev eth0 proto dhcp metric 100\n' } : ping));

describe('discoverTargets when ping cannot be used', () => {
  it.each([
    ['missing', { spawnError: 'spawn ping ENOENT' }, /ping is not installed/],
    ['not permitted', { stderr: 'ping: socket: Operation not permitted', exitCode: 2 }, /ping: socket: Operation not permitted/],
    ['hanging', { timedOut: true, exitCode: null }, /ping did not finish/],
    ['printing garbage', { stdout: '\u0000\u00ff Zeitüberschreitung', exitCode: 0 }, /ping printed what Homeline cannot read/],
  ] as const)('ping %s: says so with the reason; TCP where the port answers, the silent host is not watched', async (_kind, answer, reason) => {
    const found = await discoverTargets(targets, { os: 'linux', run: runner(answer) });
    expect(found.notes).toContain('ping-unusable');
    expect(found.pingFailure).toMatch(reason);
    expect(found.targets.map((t) => [t.id, t.method])).toEqual([
      ['router', 'tcp'],
      ['internet-1', 'tcp'],
    ]);
    // The CLI's line, in every language, carries the reason.
    for (const lang of ['en', 'de', 'sv'] as const) {
      const line = translator(lang).t('monitorPing.unusable', { reason: found.pingFailure! });
      expect(line).toContain(found.pingFailure!);
      expect(line).toContain('443');
    }
  });

  it('a ping that ran and heard nothing is a measurement: no note, the silent host stays on ICMP', async () => {
    const silent = 'PING 203.0.113.20 (203.0.113.20) 56(84) bytes of data.\n\n--- 203.0.113.20 ping statistics ---\n2 packets transmitted, 0 received, 100% packet loss, time 1001ms\n';
    const found = await discoverTargets(targets, { os: 'linux', run: runner({ stdout: silent, exitCode: 1 }) });
    expect(found.notes).not.toContain('ping-unusable');
    expect(found.pingFailure).toBeUndefined();
    expect(found.targets.find((t) => t.id === 'internet-2')?.method).toBe('icmp');
  });

  it('the --json file carries the reason beside the note', () => {
    const result = { startedAt: 0, endedAt: 1000, targets: [], events: [], figures: [], pausedMs: 0, sleeps: [] } as unknown as MonitorResult;
    expect(monitorJson(result, ['ping-unusable'], 'ping is not installed or not on the PATH (spawn ping ENOENT)')).toMatchObject({
      notes: ['ping-unusable'],
      pingFailure: 'ping is not installed or not on the PATH (spawn ping ENOENT)',
    });
    expect(monitorJson(result, [])).not.toHaveProperty('pingFailure');
  });
});
