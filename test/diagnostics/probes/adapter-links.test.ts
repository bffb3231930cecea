import { describe, expect, it } from 'vitest';
import { resultsView } from '../../../diagnostics/engine/runner.js';
import type { ProbeResult } from '../../../diagnostics/engine/probe.js';
import { adapterLinksProbe, type AdapterLinksData } from '../../../diagnostics/probes/adapter-links.js';
import type { CommandRunner } from '../../../diagnostics/platform/command.js';
import { gatherEvidence } from '../../../diagnostics/verdict/evidence.js';
import { onWifi } from '../../../diagnostics/verdict/rules/on-wifi.js';
import { fakeOutput } from '../../support/fake-runner.js';
import { probeContext } from './probe-context.js';

// Windows' adapter facts are read off the pings' path (their own probe, waiting for PowerShell
// while the pings run) and reach the rules merged into the adapters. Written sample: a laptop
// docked on a cable with Wi-Fi joined too, Get-NetAdapter's numbers (9 native 802.11, 14 802.3).
const DOCKED = JSON.stringify([
  { Name: 'WLAN', InterfaceDescription: 'Intel(R) Wi-Fi 6E AX211', InterfaceIndex: 14, MacAddress: '3C-22-FB-1A-2B-3C', ifOperStatus: 1, MediaConnectState: 1, NdisPhysicalMedium: 9, InterfaceType: 71, ReceiveLinkSpeed: 1200900000, Virtual: false },
  { Name: 'Ethernet 2', InterfaceDescription: 'Dell USB-C Dock GbE', InterfaceIndex: 21, MacAddress: '00-E0-4C-68-00-01', ifOperStatus: 1, MediaConnectState: 1, NdisPhysicalMedium: 14, InterfaceType: 6, ReceiveLinkSpeed: 1000000000, Virtual: false },
]);

const answering = (answer: Parameters<typeof fakeOutput>[1]): CommandRunner => (spec) => Promise.resolve(fakeOutput(spec, answer));

const adapter = (name: string) => ({ name, kind: 'unknown' as const, up: true, ipv4: ['192.168.1.20'], ipv6: [], selfAssigned: false, mac: null, speedMbps: null, dhcp: null });

function evidenceWith(links: ProbeResult<AdapterLinksData> | null) {
  const results: ProbeResult[] = [
    { id: 'adapters', status: 'ok', durationMs: 40, data: { adapters: [adapter('WLAN'), adapter('Ethernet 2')], defaultRoute: { gateway: '192.168.1.1', interface: 'Ethernet 2' }, primary: 'Ethernet 2', state: 'ok' } },
    { id: 'wifi', status: 'ok', durationMs: 30, data: { facts: { state: 'connected', interface: 'WLAN' } } },
    ...(links ? [links] : []),
  ];
  return gatherEvidence(resultsView(results));
}

describe("Windows' adapter facts", () => {
  it('are read from Get-NetAdapter numbers by their own probe', async () => {
    const out = await adapterLinksProbe.run(probeContext<AdapterLinksData>('win32', answering(DOCKED)));
    expect(out.status).toBe('ok');
    expect(out.data.links?.map((l) => [l.name, l.medium, l.up, l.speedMbps])).toEqual([
      ['WLAN', 'wireless', true, 1201],
      ['Ethernet 2', 'wired', true, 1000],
    ]);
  });

  it('tell the rules a docked laptop uses its cable, which Node\u2019s address list alone cannot', async () => {
    const out = await adapterLinksProbe.run(probeContext<AdapterLinksData>('win32', answering(DOCKED)));
    expect(onWifi(evidenceWith(null))).toBe(true);
    const e = evidenceWith({ id: 'adapter-links', status: out.status, durationMs: 900, data: out.data });
    expect(e.adapters?.adapters?.map((a) => [a.name, a.kind])).toEqual([
      ['WLAN', 'wireless'],
      ['Ethernet 2', 'wired'],
    ]);
    expect(onWifi(e)).toBe(false);
  });

  it('are skipped, naming why, when PowerShell cannot tell, and elsewhere than Windows', async () => {
    const missing = await adapterLinksProbe.run(probeContext<AdapterLinksData>('win32', answering({ spawnError: 'spawn powershell.exe ENOENT' })));
    expect(missing).toMatchObject({ status: 'skipped', data: { links: null } });
    expect(missing.error).toMatch(/powershell\.exe/);
    const garbage = await adapterLinksProbe.run(probeContext<AdapterLinksData>('win32', answering('Get-NetAdapter : Zugriff verweigert')));
    expect(garbage).toMatchObject({ status: 'skipped', data: { links: null } });
    const linux = await adapterLinksProbe.run(probeContext<AdapterLinksData>('linux', answering(DOCKED)));
    expect(linux.status).toBe('skipped');
  });
});
