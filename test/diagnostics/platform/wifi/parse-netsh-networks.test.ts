import { describe, expect, it } from 'vitest';
import { channelCrowding, neighboursPerChannel } from '../../../../diagnostics/platform/wifi/channel-load.js';
import { parseNetshInterfaces } from '../../../../diagnostics/platform/wifi/parse-netsh-interfaces.js';
import { parseNetshNetworks } from '../../../../diagnostics/platform/wifi/parse-netsh-networks.js';
import { fixture } from './read-fixture.js';

describe('netsh wlan show networks mode=bssid', () => {
  it('reads every BSSID of a crowded English scan, hidden network and Bss Load included', () => {
    const n = parseNetshNetworks(fixture('win-en-networks-crowded-24ghz.txt'));
    expect(n).toHaveLength(7);
    expect(n[0]).toEqual({
      ssid: 'Garage-Extender',
      bssid: '02:00:5e:10:00:02',
      signalPercent: 30,
      signalDbm: -85,
      channel: 6, // not the 4 "Connected Stations" of the Bss Load block after it
      band: '2.4GHz',
      security: 'WPA2-Personal',
    });
    // One SSID with two radios gives two neighbours on their own bands.
    expect(n.filter((x) => x.ssid === 'FRITZ!Box Example').map((x) => [x.bssid, x.channel, x.band])).toEqual([
      ['02:00:5e:10:00:22', 5, '2.4GHz'],
      ['02:00:5e:10:00:23', 44, '5GHz'],
    ]);
    expect(n[4]).toMatchObject({ ssid: null, channel: 8 });
    expect(n.find((x) => x.ssid === 'Cafe Guest')?.security).toBe('Open');
    expect(n.filter((x) => x.band === '2.4GHz')).toHaveLength(6);
  });

  it('reads the German scan (Bereich "2,4 GHz", BSS-Auslastung) and repairs "Schäfer"', () => {
    const n = parseNetshNetworks(fixture('win-de-networks-crowded-24ghz.txt'));
    expect(n.map((x) => [x.ssid, x.channel, x.signalPercent])).toEqual([
      ['Keller-Repeater', 11, 31],
      ['Schäfer_Gast', 11, 70],
      ['WLAN-Example-7F', 9, 62],
      ['Vodafone-Example', 13, 45],
      ['Hofmann', 1, 20],
    ]);
    expect(n.every((x) => x.band === '2.4GHz')).toBe(true);
    expect(n[1]!.security).toBe('Open'); // printed "Offen": one word for an open network in every language
  });

  it('reads the Swedish scan, "Öppen" read as Open and "Öberg" repaired', () => {
    const n = parseNetshNetworks(fixture('win-sv-networks-crowded-24ghz.txt'));
    expect(n).toHaveLength(5);
    expect(n[4]).toMatchObject({ ssid: 'Öberg', security: 'Open', channel: 5, signalPercent: 38, signalDbm: -81 });
    expect(n[3]).toMatchObject({ bssid: '02:00:5e:10:00:43', channel: 52, band: '5GHz' });
  });

  it('gives the crowding a technician would see next to the German weak link', () => {
    const facts = parseNetshInterfaces(fixture('win-de-interfaces-weak-24ghz.txt'));
    const n = parseNetshNetworks(fixture('win-de-networks-crowded-24ghz.txt'));
    expect(channelCrowding(facts, n)).toEqual({
      band: '2.4GHz',
      channel: 11,
      sameChannel: 1, // Schäfer_Gast; the connected AP itself is not counted
      overlapping: 2, // channels 9 and 13
      score: 2, // -65 dBm counts 1, -69 and -77 count 0.5 each
      level: 'moderate',
    });
    expect(neighboursPerChannel(n)).toEqual([
      { band: '2.4GHz', channel: 1, count: 1 },
      { band: '2.4GHz', channel: 9, count: 1 },
      { band: '2.4GHz', channel: 11, count: 2 },
      { band: '2.4GHz', channel: 13, count: 1 },
    ]);
  });

  it('reads nothing from the refusals', () => {
    expect(parseNetshNetworks(fixture('win-en-interfaces-no-adapter.txt'))).toEqual([]);
    expect(parseNetshNetworks(fixture('win-en-interfaces-location-denied.txt'))).toEqual([]);
  });
});
