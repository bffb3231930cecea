import { describe, expect, it } from 'vitest';
import {
  iwDevCommand, iwLinkCommand, netshInterfacesCommand, netshNetworksCommand, nmcliWifiListCommand,
  systemProfilerAirPortCommand, wdutilInfoCommand,
} from '../../../../diagnostics/platform/wifi/command.js';

describe('Wi-Fi commands', () => {
  it('are argument arrays with a timeout, never shell strings', () => {
    const all = [netshInterfacesCommand, netshNetworksCommand, systemProfilerAirPortCommand, wdutilInfoCommand, nmcliWifiListCommand, iwDevCommand, iwLinkCommand('wlan0')!];
    for (const c of all) {
      expect(c.cmd).not.toMatch(/\s/);
      expect(c.timeoutMs).toBeGreaterThan(0);
    }
    expect(netshNetworksCommand.args).toEqual(['wlan', 'show', 'networks', 'mode=bssid']);
    expect(nmcliWifiListCommand.args).toEqual(['-t', '-f', 'ACTIVE,SSID,BSSID,CHAN,FREQ,RATE,SIGNAL,SECURITY', 'device', 'wifi', 'list']);
    expect(systemProfilerAirPortCommand.args).toEqual(['SPAirPortDataType', '-json']);
  });

  it('passes only plain interface names to iw', () => {
    expect(iwLinkCommand('wlp0s20f3')?.args).toEqual(['dev', 'wlp0s20f3', 'link']);
    for (const bad of ['', 'wlan0; reboot', '-h', 'a'.repeat(16), 'wl an0']) expect(iwLinkCommand(bad)).toBeNull();
  });
});
