import { describe, expect, it } from 'vitest';
import type { ProbeResult } from '../../../diagnostics/engine/probe.js';
import { resultsView } from '../../../diagnostics/engine/runner.js';
import { pathProbe, type PathData } from '../../../diagnostics/probes/path.js';
import { vpnMtuProbe, type VpnMtuData } from '../../../diagnostics/probes/vpn-mtu.js';
import { everyCommand, probeContext } from './probe-context.js';

// #16: hops and the tunnel MTU when ping itself cannot run: "could not check", not a silent path
// or an MTU "not found" warning that reads like a network finding.

const adaptersOk: ProbeResult = { id: 'adapters', status: 'ok', durationMs: 1, data: { state: 'ok' } };
const tunnelHost: ProbeResult = { id: 'vpn-internal', status: 'ok', durationMs: 1, data: { tunnelUp: true, hosts: [{ host: '10.20.0.80', port: 443, viaTunnel: true }], dns: [] } };

describe('path and vpn-mtu when ping fails', () => {
  it.each([
    ['missing', { spawnError: 'spawn ping ENOENT' }, /ping is not installed/],
    ['not permitted', { spawnError: 'spawn ping EPERM' }, /ping is not permitted/],
    ['hanging', { timedOut: true, exitCode: null }, /ping did not finish/],
    ['crashing', { exitCode: 127 }, /ping could not run \(exit 127\)/],
    ['flooding its output', { stdout: 'line without end\n'.repeat(1000), truncated: true, exitCode: null, signal: 'SIGKILL' }, /ping printed more than Homeline reads/],
    ['killed by a signal', { exitCode: null, signal: 'SIGSEGV', stdout: 'PING 198.51.100.10' }, /ping crashed \(SIGSEGV\)/],
    // Written for this test: output with no statistics, answer or network error in it.
    ['printing random bytes', { stdout: '\u0000\u00ff\u0013 \u00e9\u0007garbage\u0001', exitCode: 0 }, /ping printed what Homeline cannot read \(exit 0\)/],
    ['printing another language', { stdout: 'Zeitüberschreitung der Anforderung.\n要求がタイムアウトしました。\n', exitCode: 0 }, /ping printed what Homeline cannot read/],
    ['cut off before any answer', { stdout: 'PING 198.51.100.10 (198.51.100.10) 56(84) bytes of data.\n64 bytes from 198.5', exitCode: 0 }, /ping printed what Homeline cannot read/],
  ] as const)('ping %s: both could not check, naming ping', async (_kind, answer, reason) => {
    const path = await pathProbe.run({ ...probeContext<PathData>('linux', everyCommand(answer), { internet: { pingTargets: ['198.51.100.10'] } }), results: resultsView([adaptersOk]) });
    expect(path.status).toBe('error');
    expect(path.error).toMatch(reason);
    const mtu = await vpnMtuProbe.run({ ...probeContext<VpnMtuData>('linux', everyCommand(answer)), results: resultsView([tunnelHost]) });
    expect(mtu.status).toBe('error');
    expect(mtu.error).toMatch(reason);
  });

  it('a path where ping ran but nobody answered stays a warning (a measurement)', async () => {
    const silent = everyCommand({ stdout: 'PING 198.51.100.10 (198.51.100.10) 56(84) bytes of data.\n\n--- 198.51.100.10 ping statistics ---\n3 packets transmitted, 0 received, 100% packet loss, time 400ms\n', exitCode: 1 });
    const path = await pathProbe.run({ ...probeContext<PathData>('linux', silent, { internet: { pingTargets: ['198.51.100.10'] } }), results: resultsView([adaptersOk]) });
    expect(path.status).toBe('warn');
  });
});
