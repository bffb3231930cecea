import { describe, expect, it } from 'vitest';
import { parseWdutilInfo, WDUTIL_DENIED_NOTE } from '../../../../diagnostics/platform/wifi/parse-wdutil.js';
import { fixture } from './read-fixture.js';

describe('wdutil info', () => {
  it('reads the WIFI section, not the Bluetooth or AWDL ones', () => {
    expect(parseWdutilInfo(fixture('mac-wdutil-info.txt'))).toEqual({
      state: 'connected',
      interface: 'en0',
      ssid: 'Lindqvist-Home',
      bssid: '02:00:5e:10:00:01',
      signalDbm: -55,
      signalPercent: 90,
      noiseDbm: -94,
      snrDb: 39,
      channel: 149,
      band: '5GHz',
      channelWidthMhz: 80,
      phyMode: '802.11ax',
      txRateMbps: 1200,
      rxRateMbps: null,
      security: 'WPA2 Personal',
      notes: [],
    });
  });

  it('turns the root refusal into a note', () => {
    const f = parseWdutilInfo(fixture('mac-wdutil-denied.txt'));
    expect(f.state).toBe('unknown');
    expect(f.notes).toEqual([WDUTIL_DENIED_NOTE]);
  });

  it('reads 2.4 and 6 GHz channel codes, <redacted> and a station not associated', () => {
    const text = fixture('mac-wdutil-info.txt');
    expect(parseWdutilInfo(text.replace('5g149/80', '2g6/20'))).toMatchObject({ channel: 6, band: '2.4GHz', channelWidthMhz: 20 });
    expect(parseWdutilInfo(text.replace('5g149/80', '6g37/160'))).toMatchObject({ channel: 37, band: '6GHz', channelWidthMhz: 160 });
    const hidden = parseWdutilInfo(text.replace(': Lindqvist-Home', ': <redacted>').replace(': 02:00:5e:10:00:01', ': <redacted>'));
    expect(hidden).toMatchObject({ state: 'connected', ssid: null, bssid: null, signalDbm: -55 });
    expect(hidden.notes.join(' ')).toMatch(/redacted/);
    const idle = text.replace(': Lindqvist-Home', ': None').replace(': 02:00:5e:10:00:01', ': None').replace('-55 dBm', '0 dBm');
    expect(parseWdutilInfo(idle)).toMatchObject({ state: 'disconnected', interface: 'en0', signalDbm: null });
  });
});
