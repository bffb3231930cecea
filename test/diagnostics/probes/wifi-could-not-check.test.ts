import { describe, expect, it } from 'vitest';
import type { CommandRunner } from '../../../diagnostics/platform/command.js';
import { iwDevCommand, nmcliWifiListCommand } from '../../../diagnostics/platform/wifi/command.js';
import { wifiProbe, type WifiData } from '../../../diagnostics/probes/wifi.js';
import { fakeRunner, keyOf, type Answer } from '../../support/fake-runner.js';
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
});
