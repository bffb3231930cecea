import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { ProbeResult } from '../../../diagnostics/engine/probe.js';
import { resultsView } from '../../../diagnostics/engine/runner.js';
import type { CommandRunner } from '../../../diagnostics/platform/command.js';
import type { OsKind } from '../../../diagnostics/platform/os-kind.js';
import { routeLookupCommand } from '../../../diagnostics/platform/route-lookup/command.js';
import { vpnInternalProbe, type VpnInternalData } from '../../../diagnostics/probes/vpn-internal.js';
import { fakeRunner, keyOf, type Answer } from '../../support/fake-runner.js';
import { probeContext } from './probe-context.js';

// #16 for vpn-internal: whether a company host's route leads into the tunnel rests on the route
// lookup. A lookup the tool could not give (garbage with exit 0, missing, hung, crashed) made the
// route "unknown" without a word; now the probe is "could not check", naming the tool, as dns-system.

// No packet leaves this machine: every company host "answers" here.
vi.mock('../../../diagnostics/net/tcp/connect.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../diagnostics/net/tcp/connect.js')>()),
  probeTcp: (host: string, port: number) => Promise.resolve({ host, port, state: 'open', connectMs: 12, address: host, code: null, banner: null }),
}));

const HOST = '198.18.5.5';
const fixture = (name: string) => readFileSync(new URL(`../platform/route-lookup/fixtures/${name}`, import.meta.url), 'utf8');
const adaptersOk: ProbeResult = { id: 'adapters', status: 'ok', durationMs: 1, data: { state: 'ok' } };
const profile = { vpn: { internalHosts: [{ host: HOST, port: 443 }, { host: 'intranet.corp.example', port: 443 }] } };

async function runWith(os: OsKind, run: CommandRunner) {
  const ctx = { ...probeContext<VpnInternalData>(os, run, profile), results: resultsView([adaptersOk]) };
  return vpnInternalProbe.run(ctx);
}
const routeAnswers = (os: OsKind, answer: Answer) => fakeRunner({ [keyOf(routeLookupCommand(os, HOST))]: answer });

describe('vpn-internal when the route lookup gives no answer', () => {
  // Written for this test: each way a broken route tool answers.
  it.each([
    ['linux', 'garbage with exit 0', { stdout: '\u0000\u00ff not json', exitCode: 0 }, /route to the company hosts not read: ip printed what Homeline cannot read \(exit 0\)/],
    ['linux', 'other JSON with exit 0', { stdout: '[{"Fehler":"Zeitüberschreitung"}]', exitCode: 0 }, /ip printed what Homeline cannot read \(exit 0\)/],
    ['linux', 'nothing with exit 0', { stdout: '', exitCode: 0 }, /ip printed what Homeline cannot read \(exit 0\)/],
    ['linux', 'missing', { spawnError: 'spawn ip ENOENT' }, /ip is not installed/],
    ['linux', 'hanging', { timedOut: true, exitCode: null }, /ip did not finish/],
    ['linux', 'crashing', { exitCode: null, signal: 'SIGSEGV' }, /ip crashed \(SIGSEGV\)/],
    ['darwin', 'garbage with exit 0', { stdout: 'Zeitüberschreitung\n', exitCode: 0 }, /route printed what Homeline cannot read \(exit 0\)/],
    ['win32', 'text instead of JSON', { stdout: 'Find-NetRoute : Fehler', exitCode: 0 }, /powershell\.exe printed what Homeline cannot read/],
  ] as const)('%s, route tool %s: could not check naming the tool; what was measured is kept', async (os, _kind, answer, reason) => {
    const out = await runWith(os, routeAnswers(os, answer));
    expect(out.status).toBe('error');
    expect(out.error).toMatch(reason);
    expect(out.data.notes?.join(' ')).toMatch(reason);
    // The handshake was measured; the route is unknown (null), never "outside the tunnel" (false).
    expect(out.data.hosts.find((h) => h.host === HOST)).toMatchObject({ tcp: { state: 'open' }, routeInterface: null, viaTunnel: null });
  });

  it('says the reason once however many hosts the broken tool was asked about', async () => {
    const many = { vpn: { internalHosts: [HOST, '198.18.5.6', '198.18.5.7'].map((host) => ({ host, port: 443 })) } };
    const ctx = { ...probeContext<VpnInternalData>('linux', fakeRunner({}), many), results: resultsView([adaptersOk]) };
    const out = await vpnInternalProbe.run(ctx);
    expect(out.status).toBe('error');
    expect(out.data.notes).toEqual(['route to the company hosts not read: ip is not installed or not on the PATH (spawn ip ENOENT)']);
  });

  it('a route into the tunnel is an answer: ok, no note', async () => {
    const out = await runWith('linux', routeAnswers('linux', fixture('linux-route-get-tun.json')));
    expect(out.status).toBe('ok');
    expect(out.data.notes).toBeUndefined();
    expect(out.data.hosts.find((h) => h.host === HOST)).toMatchObject({ routeInterface: 'tun0', viaTunnel: true });
  });

  it('"no route" (exit 2, RTNETLINK) is an answer, not a broken tool: no note', async () => {
    const out = await runWith('linux', routeAnswers('linux', { exitCode: 2, stderr: 'RTNETLINK answers: Network is unreachable' }));
    expect(out.status).toBe('ok');
    expect(out.data.notes).toBeUndefined();
    expect(out.data.hosts.find((h) => h.host === HOST)).toMatchObject({ routeInterface: null, viaTunnel: null });
  });

  it('PowerShell printing nothing (an empty pipeline: no route) is an answer on Windows', async () => {
    const out = await runWith('win32', routeAnswers('win32', { stdout: '', exitCode: 0 }));
    expect(out.status).toBe('ok');
    expect(out.data.notes).toBeUndefined();
  });
});
