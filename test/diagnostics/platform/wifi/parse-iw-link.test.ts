import { describe, expect, it } from 'vitest';
import { parseIwLink } from '../../../../diagnostics/platform/wifi/parse-iw-link.js';
import { fixture } from './read-fixture.js';

describe('iw dev IF link', () => {
  it('reads a strong HE link: dBm, rates, width and PHY from the bitrate lines', () => {
    expect(parseIwLink(fixture('linux-iw-link-connected.txt'))).toEqual({
      state: 'connected',
      interface: 'wlp0s20f3',
      ssid: 'Lindqvist-Home',
      bssid: '02:00:5e:10:00:01',
      signalDbm: -49,
      signalPercent: 100,
      noiseDbm: null,
      snrDb: null,
      channel: 36,
      band: '5GHz',
      channelWidthMhz: 80,
      phyMode: '802.11ax',
      txRateMbps: 960.7,
      rxRateMbps: 1200.9,
      security: null,
      notes: [],
    });
  });

  it('reads a weak HT link on 2.4 GHz (no width flag means 20 MHz)', () => {
    expect(parseIwLink(fixture('linux-iw-link-weak.txt'))).toMatchObject({
      state: 'connected',
      interface: 'wlan0',
      ssid: 'Garage:Extender',
      signalDbm: -84,
      signalPercent: 32,
      channel: 6,
      band: '2.4GHz',
      channelWidthMhz: 20,
      phyMode: '802.11n',
      txRateMbps: 13,
      rxRateMbps: 26,
    });
  });

  it('reads "Not connected." and a failed command', () => {
    expect(parseIwLink(fixture('linux-iw-link-not-connected.txt')).state).toBe('disconnected');
    const failed = parseIwLink('command failed: No such device (-19)\n');
    expect(failed.state).toBe('unknown');
    expect(failed.notes).toEqual(['iw failed: No such device (-19)']);
  });
});
