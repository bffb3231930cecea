import { describe, expect, it } from 'vitest';
import type { CommandRunner } from '../../../diagnostics/platform/command.js';
import { iwDevCommand, nmcliWifiListCommand } from '../../../diagnostics/platform/wifi/command.js';
import { wifiProbe, type WifiData } from '../../../diagnostics/probes/wifi.js';
import { fakeRunner, keyOf, type Answer } from '../../support/fake-runner.js';
import { resultsView } from '../../../diagnostics/engine/runner.js';
import type { AdapterInfo } from '../../../diagnostics/probes/adapters.js';
import { probeContext } from './probe-context.js';

// #16: a Wi-Fi reading that came out "unknown" because iw and nmcli failed is "could not check"
// naming the tools, never a skip that reads like "no Wi-Fi here" and never "no adapter".

const ctx = (run: CommandRunner) => probeContext<WifiData>('linux', run);
const answers = (iw: Answer, nmcli: Answer) => fakeRunner({ [keyOf(iwDevCommand)]: iw, [keyOf(nmcliWifiListCommand)]: nmcli });

describe('wifi probe when its tools fail', () => {
  it.each([
    ['missing', { spawnError: 'spawn iw ENOENT' }, { spawnError: 'spawn nmcli ENOENT' }, [/iw is not installed/, /nmcli is not installed/]],
    ['not permitted', { spawnError: 'spawn iw EACCES' }, { spawnError: 'spawn nmcli EACCES' }, [/iw is not permitted/, /nmcli is not permitted/]],
    ['hanging', { timedOut: true, exitCode: null }, { timedOut: true, exitCode: null }, [/iw did not finish/, /nmcli did not finish/]],
    ['printing garbage', { stdout: '\u0000\u0001 garbage ~~~ 12345\n' }, { stdout: '%%%% not nmcli %%%%\n' }, [/iw printed what Homeline cannot read/]],
  ] as const)('%s: error naming the tools, not ok, not skipped, not "no adapter"', async (_kind, iw, nmcli, reasons) => {
    const out = await wifiProbe.run(ctx(answers(iw, nmcli)));
    expect(out.status).toBe('error');
    expect(out.data.facts.state).not.toBe('no-adapter');
    expect(out.data.facts.state).not.toBe('connected');
    for (const r of reasons) expect(out.error).toMatch(r);
  });

  it('a machine whose iw lists no wireless interface is still "no adapter", skipped', async () => {
    const out = await wifiProbe.run(ctx(answers({ stdout: 'phy#0\n' }, { stdout: '' })));
    expect(out.status).toBe('skipped');
    expect(out.data.facts.state).toBe('no-adapter');
  });

  describe('when the system says which adapters are up', () => {
    const adapter = (name: string, kind: AdapterInfo['kind'], up = true): AdapterInfo => ({ name, kind, up, ipv4: [], ipv6: [], selfAssigned: false, mac: null, speedMbps: null, dhcp: null });
    const withAdapters = (adapters: AdapterInfo[]) => ({
      ...ctx(answers({ spawnError: 'spawn iw ENOENT' }, { spawnError: 'spawn nmcli ENOENT' })),
      results: resultsView([{ id: 'adapters', status: 'ok', durationMs: 1, data: { adapters, defaultRoute: null, primary: adapters[0]?.name ?? null, state: 'ok' } }]),
    });

    it('a wired desktop without iw or nmcli: skipped, the Wi-Fi tools were not needed', async () => {
      const out = await wifiProbe.run(withAdapters([adapter('lo', 'loopback'), adapter('enp3s0', 'wired'), adapter('wlp2s0', 'wireless', false)]));
      expect(out.status).toBe('skipped');
      expect(out.data.facts.notes.join(' ')).toMatch(/iw could not be started/);
      expect(out.data.facts.notes.join(' ')).toMatch(/No wireless adapter is up/);
    });

    it('a radio that is up, or a tunnel beside one, still makes it "could not check"', async () => {
      expect((await wifiProbe.run(withAdapters([adapter('wlp2s0', 'wireless')]))).status).toBe('error');
      expect((await wifiProbe.run(withAdapters([adapter('tun0', 'virtual'), adapter('wlp2s0', 'wireless')]))).status).toBe('error');
      // A kind the system did not name is no proof of a cable either.
      expect((await wifiProbe.run(withAdapters([adapter('eth0', 'unknown')]))).status).toBe('error');
    });
  });
});
