import { describe, expect, it } from 'vitest';
import { parseNmcliWifiList, splitTerse } from '../../../../diagnostics/platform/wifi/parse-nmcli.js';
import { fixture } from './read-fixture.js';

describe('nmcli -t device wifi list', () => {
  it('unescapes colons in terse fields', () => {
    expect(splitTerse('yes:a\\:b:02\\:00\\:5E\\:10\\:00\\:01:6')).toEqual(['yes', 'a:b', '02:00:5E:10:00:01', '6']);
    expect(splitTerse('x\\\\:y')).toEqual(['x\\', 'y']);
  });

  it('reads the active row of a strong 5 GHz link and all neighbours', () => {
    const { facts, neighbours } = parseNmcliWifiList(fixture('linux-nmcli-connected-strong.txt'));
    expect(facts).toMatchObject({
      state: 'connected',
      ssid: 'Lindqvist-Home',
      bssid: '02:00:5e:10:00:01',
      signalPercent: 82,
      signalDbm: -51, // NetworkManager's scale: -40 - (100 - 82) * 0.6
      channel: 36,
      band: '5GHz',
      security: 'WPA2',
      txRateMbps: null, // RATE is what the AP offers, not the link rate
    });
    expect(neighbours).toHaveLength(6);
    expect(neighbours[4]).toMatchObject({ ssid: null, channel: 11 });
    expect(neighbours[5]).toMatchObject({ ssid: 'Cafe Guest', security: 'Open' });
  });

  it('reads a weak 2.4 GHz link whose SSID holds a colon, not in the first row', () => {
    const { facts, neighbours } = parseNmcliWifiList(fixture('linux-nmcli-connected-weak.txt'));
    expect(facts).toMatchObject({
      state: 'connected',
      ssid: 'Garage:Extender',
      bssid: '02:00:5e:10:00:02',
      signalPercent: 30,
      signalDbm: -82,
      channel: 6,
      band: '2.4GHz',
    });
    expect(neighbours.map((n) => n.channel)).toEqual([6, 11, 1, 6, 5]);
  });

  it('is disconnected when nothing is active and unknown when nothing was listed', () => {
    const noneActive = fixture('linux-nmcli-connected-weak.txt').replace('yes:', 'no:');
    expect(parseNmcliWifiList(noneActive).facts.state).toBe('disconnected');
    expect(parseNmcliWifiList('').facts.state).toBe('unknown');
  });
});
