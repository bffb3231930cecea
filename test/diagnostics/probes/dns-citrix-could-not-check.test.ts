import { describe, expect, it, vi } from 'vitest';
import type { ProbeResult } from '../../../diagnostics/engine/probe.js';
import { resultsView } from '../../../diagnostics/engine/runner.js';
import type { OsKind } from '../../../diagnostics/platform/os-kind.js';
import { citrixWorkspaceProbe } from '../../../diagnostics/probes/citrix-workspace.js';
import { dnsSystemProbe, type DnsSystemData } from '../../../diagnostics/probes/dns-system.js';
import type { WorkspaceApp } from '../../../diagnostics/platform/citrix/types.js';
import type { Answer } from '../../support/fake-runner.js';
import { everyCommand, probeContext } from './probe-context.js';

// #16: "no system resolver" (dns-system fail, which reads like broken DNS) and "Workspace app not
// installed" (citrix-workspace warn) while the tool that lists them could not run or printed what
// cannot be read: both are "could not check", naming the tool.

// Written for this test: the resolver list dns-system reads on Linux (no other file exists here).
vi.mock('node:fs/promises', async (importOriginal) => ({
  ...(await importOriginal<typeof import('node:fs/promises')>()),
  readFile: (path: string) => (String(path).endsWith('resolv.conf') ? Promise.resolve('nameserver 192.0.2.53\n') : Promise.reject(new Error('ENOENT'))),
}));

// No packet leaves this machine: the resolvers are "asked" here, every answer a timeout.
vi.mock('../../../diagnostics/net/dns/query.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../diagnostics/net/dns/query.js')>()),
  queryAll: (servers: readonly string[], names: readonly string[]) =>
    Promise.resolve(servers.flatMap((server) => names.map((name) => ({ server, name, ms: 2500, kind: 'timeout' as const })))),
}));

const adaptersOk: ProbeResult = { id: 'adapters', status: 'ok', durationMs: 1, data: { state: 'ok' } };
// Written for this test: each way a resolver or registry tool breaks.
const BROKEN: ReadonlyArray<readonly [string, Answer, RegExp]> = [
  ['missing', { spawnError: 'spawn x ENOENT' }, /is not installed/],
  ['not permitted', { spawnError: 'spawn x EACCES' }, /is not permitted/],
  ['hanging', { timedOut: true, exitCode: null }, /did not finish/],
  ['crashing', { exitCode: null, signal: 'SIGSEGV' }, /crashed \(SIGSEGV\)/],
  ['flooding', { stdout: 'x\n'.repeat(100), truncated: true, exitCode: null, signal: 'SIGKILL' }, /printed more than Homeline reads/],
  ['printing garbage with exit 0', { stdout: '\u0000\u00ff garbage\nZeitüberschreitung', exitCode: 0 }, /printed what Homeline cannot read \(exit 0\)/],
];

describe('dns-system when the resolver list cannot be read', () => {
  for (const os of ['darwin', 'win32'] as const satisfies readonly OsKind[]) {
    it.each(BROKEN)(`${os}, tool %s: could not check, not "no resolver"`, async (_kind, answer, reason) => {
      const ctx = { ...probeContext<DnsSystemData>(os, everyCommand(answer), { internet: { dnsNames: ['www.example.com'] } }), results: resultsView([adaptersOk]) };
      const out = await dnsSystemProbe.run(ctx);
      expect(out.status).toBe('error');
      expect(out.error).toMatch(reason);
    });
  }

  it('darwin, scutil answers in its own shape and lists no nameserver: "no system resolver" (fail), a finding', async () => {
    for (const stdout of ['DNS configuration\n\nresolver #1\n  flags    : Request A records\n', 'No DNS configuration available\n']) {
      const ctx = { ...probeContext<DnsSystemData>('darwin', everyCommand({ stdout, exitCode: 0 }), { internet: { dnsNames: ['www.example.com'] } }), results: resultsView([adaptersOk]) };
      const out = await dnsSystemProbe.run(ctx);
      expect(out.status, stdout).toBe('fail');
    }
  });
});

describe('citrix-workspace on Windows when reg cannot be read', () => {
  const citrix = { citrix: { storefrontUrl: 'https://storefront.example/Citrix/StoreWeb/' } };
  it.each([
    ['missing', { spawnError: 'spawn reg ENOENT' }, /reg could not be started/],
    ['hanging', { timedOut: true, exitCode: null }, /timed out/],
    ['crashing', { exitCode: null, signal: 'SIGSEGV' }, /failed \(exit SIGSEGV\)/],
    ['printing garbage with exit 0', { stdout: '\u0000 garbage', exitCode: 0 }, /reg query printed no Version value \(exit 0\)/],
  ] as const)('reg %s: could not check, not "not installed"', async (_kind, answer, reason) => {
    const out = await citrixWorkspaceProbe.run(probeContext<WorkspaceApp>('win32', everyCommand(answer), citrix));
    expect(out.status).toBe('error');
    expect(out.error).toMatch(reason);
    expect(out.data.installed).toBe(false);
  });

  it('reg answers "not found" (exit 1, no value) for every place: not installed (warn), an answer', async () => {
    const out = await citrixWorkspaceProbe.run(probeContext<WorkspaceApp>('win32', everyCommand({ stderr: 'ERROR: The system was unable to find the specified registry key or value.', exitCode: 1 }), citrix));
    expect(out.status).toBe('warn');
    expect(out.data.unread).toBeUndefined();
  });
});

describe('dns-system when ip route get cannot run or cannot be read (Linux)', () => {
  it('keeps the resolvers and says the route to them was not read, naming ip', async () => {
    const ctx = { ...probeContext<DnsSystemData>('linux', everyCommand({ timedOut: true, exitCode: null }), { internet: { dnsNames: [] } }), results: resultsView([adaptersOk]) };
    const out = await dnsSystemProbe.run(ctx);
    expect(out.data.resolvers.map((r) => r.address)).toEqual(['192.0.2.53']);
    expect(out.data.notes.join(' ')).toMatch(/route to the resolvers not read: ip did not finish/);
  });

  // 192.0.2.53 times out (queryAll is mocked above): the probe measures, then says it could not
  // check whose resolver that is. The owner is unknown, so the dns rule blames no one.
  it.each([
    ['garbage with exit 0', { stdout: '\u0000\u00ff not json', exitCode: 0 }, /route to the resolvers not read: ip printed what Homeline cannot read \(exit 0\)/],
    ['other JSON with exit 0', { stdout: '{"Fehler": "Zeitüberschreitung"}', exitCode: 0 }, /ip printed what Homeline cannot read/],
    ['nothing with exit 0', { stdout: '', exitCode: 0 }, /ip printed what Homeline cannot read/],
    ['hanging', { timedOut: true, exitCode: null }, /ip did not finish/],
  ] as const)('ip route get %s: could not check naming ip, resolver owner unknown', async (_kind, answer, reason) => {
    const ctx = { ...probeContext<DnsSystemData>('linux', everyCommand(answer), { internet: { dnsNames: ['www.example.com'] } }), results: resultsView([adaptersOk]) };
    const out = await dnsSystemProbe.run(ctx);
    expect(out.status).toBe('error');
    expect(out.error).toMatch(reason);
    expect(out.data.resolvers).toEqual([expect.objectContaining({ address: '192.0.2.53', owner: 'unknown' })]);
    expect(out.data.outcomes.map((o) => o.kind)).toEqual(['timeout']);
  });

  it('a route that says "no route" (exit 2, RTNETLINK) is an answer: the probe judges DNS as usual', async () => {
    const ctx = { ...probeContext<DnsSystemData>('linux', everyCommand({ stderr: 'RTNETLINK answers: Network is unreachable', exitCode: 2 }), { internet: { dnsNames: [] } }), results: resultsView([adaptersOk]) };
    const out = await dnsSystemProbe.run(ctx);
    expect(out.status).toBe('skipped');
    expect(out.data.resolvers).toEqual([expect.objectContaining({ address: '192.0.2.53', owner: 'provider' })]);
    expect(out.data.notes.join(' ')).not.toMatch(/route to the resolvers not read/);
  });
});
