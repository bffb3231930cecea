import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runProbes, type ProbeEvent } from '../../../../diagnostics/engine/runner.js';
import type { Probe } from '../../../../diagnostics/engine/probe.js';
import { powershellSessionRunner } from '../../../../diagnostics/platform/windows-cim/powershell-session.js';
import { targetsFromProfile } from '../../../../diagnostics/profile/targets.js';
import { adapterLinksProbe, type AdapterLinksData } from '../../../../diagnostics/probes/adapter-links.js';
import { adaptersProbe, type AdaptersData } from '../../../../diagnostics/probes/adapters.js';
import { output, recording } from '../../net/ping/fake-ping.js';
import { slowStartingPowershell } from './slow-powershell.js';

// The probes the pings wait for must not wait for PowerShell: with a PowerShell that takes as long
// as the test wants to start, the adapters probe finishes from route print before PowerShell has
// answered anything, while the adapter facts arrive later from their own probe.

const ROUTE_PRINT = readFileSync('test/fixtures/real/route-print/route-print-en-wsl.txt', 'utf8');
const ADAPTERS = readFileSync('test/fixtures/windows-cim/get-netadapter-fr-written.json', 'utf8');

describe("PowerShell's start-up beside the first probes of a Windows check", () => {
  it('the adapters probe does not wait for it; the adapter facts do, in their own probe', async () => {
    const ps = slowStartingPowershell((script) => (script.includes('Get-NetAdapter') ? ADAPTERS : ''));
    const fallback = recording((spec) => (spec.cmd === 'route' ? output(spec, ROUTE_PRINT) : output(spec, '', { exitCode: null, spawnError: `spawn ${spec.cmd} ENOENT` })));
    const session = powershellSessionRunner(fallback, ps.opener);
    const finished = new Map<string, number>();
    const onEvent = (e: ProbeEvent): void => {
      if (e.type !== 'finish') return;
      finished.set(e.result.id, performance.now());
      // PowerShell finishes starting only once the adapters probe is done: had that probe waited
      // for it, this test would end at the deadline instead.
      if (e.result.id === 'adapters') ps.finishStartup();
    };
    const { results, raw } = await runProbes([adaptersProbe, adapterLinksProbe] as readonly Probe<object>[], {
      targets: targetsFromProfile({}, 'profile'),
      os: 'win32',
      quick: true,
      run: session,
      deadlineMs: 8000,
      onEvent,
    });
    session.close();
    const adapters = results.find((r) => r.id === 'adapters')!.data as Partial<AdaptersData>;
    expect(adapters.defaultRoute?.gateway).toBe('192.168.1.1');
    expect(finished.get('adapters')!).toBeLessThanOrEqual(ps.answeredPreludeAt[0]!);
    expect(raw.filter((r) => r.probe === 'adapters').map((r) => r.cmd)).toEqual(['route']);
    // The session opened before anything ran, so its start-up overlapped the adapters probe.
    expect(ps.openedAt[0]!).toBeLessThanOrEqual(Math.min(...fallback.startedAt));

    const links = results.find((r) => r.id === 'adapter-links')!;
    expect(links.status).toBe('ok');
    expect((links.data as Partial<AdapterLinksData>).links?.map((l) => l.name)).toContain('Wi-Fi');
    expect(finished.get('adapter-links')!).toBeGreaterThanOrEqual(ps.answeredPreludeAt[0]!);
  });
});
