import { describe, expect, it } from 'vitest';
import { parseSystemProfilerAirPort, REDACTED_NOTE } from '../../../../diagnostics/platform/wifi/parse-system-profiler.js';
import { fixture } from './read-fixture.js';

describe('system_profiler SPAirPortDataType -json', () => {
  it('reads a strong 5 GHz link from en0, not awdl0', () => {
    const { facts, neighbours } = parseSystemProfilerAirPort(fixture('mac-system-profiler-strong.json'));
    expect(facts).toEqual({
      state: 'connected',
      interface: 'en0',
      ssid: 'Lindqvist-Home',
      bssid: null, // recent macOS leaves it out
      signalDbm: -52,
      signalPercent: 96,
      noiseDbm: -93,
      snrDb: 41,
      channel: 36,
      band: '5GHz',
      channelWidthMhz: 80,
      phyMode: '802.11ac',
      txRateMbps: 866,
      rxRateMbps: null,
      security: 'WPA2 Personal',
      notes: [],
    });
    expect(neighbours).toHaveLength(3);
    expect(neighbours[0]).toEqual({
      ssid: 'Nygren 2.4',
      bssid: null,
      signalDbm: -71,
      signalPercent: 58,
      channel: 6,
      band: '2.4GHz', // macOS prints "2GHz"
      security: 'WPA2 Personal',
    });
    expect(neighbours[2]).toMatchObject({ channel: 44, band: '5GHz', security: 'WPA3 Transition' });
  });

  it('reads a weak 2.4 GHz link with a poor signal-to-noise ratio', () => {
    const { facts, neighbours } = parseSystemProfilerAirPort(fixture('mac-system-profiler-weak.json'));
    expect(facts).toMatchObject({
      state: 'connected',
      ssid: 'Garage-Extender',
      signalDbm: -84,
      noiseDbm: -90,
      snrDb: 6,
      channel: 6,
      band: '2.4GHz',
      channelWidthMhz: 20,
      phyMode: '802.11n',
      txRateMbps: 19,
    });
    expect(neighbours.map((n) => [n.ssid, n.channel, n.security])).toEqual([
      ['Nygren 2.4', 6, 'WPA2 Personal'],
      ['Cafe Guest', 3, 'Open'], // spairport_security_mode_none, read as every OS's readers say it
    ]);
  });

  it('reads Wi-Fi turned off as disconnected with a note', () => {
    const { facts, neighbours } = parseSystemProfilerAirPort(fixture('mac-system-profiler-disconnected.json'));
    expect(facts).toMatchObject({ state: 'disconnected', interface: 'en0', ssid: null, signalDbm: null });
    expect(facts.notes).toEqual(['Wi-Fi is turned off.']);
    expect(neighbours).toEqual([]);
  });

  it('reads Wi-Fi on but not joined as disconnected, keeping the networks heard', () => {
    const { facts, neighbours } = parseSystemProfilerAirPort(fixture('mac-system-profiler-not-joined.json'));
    expect(facts.state).toBe('disconnected');
    expect(facts.notes).toEqual([]);
    expect(neighbours).toHaveLength(2);
  });

  it('reports a <redacted> SSID as null with a note, keeping the radio facts', () => {
    const { facts, neighbours } = parseSystemProfilerAirPort(fixture('mac-system-profiler-redacted.json'));
    expect(facts).toMatchObject({
      state: 'connected',
      ssid: null,
      signalDbm: -61,
      noiseDbm: -95,
      snrDb: 34,
      channel: 149,
      band: '5GHz',
      channelWidthMhz: 80,
      phyMode: '802.11ax',
      txRateMbps: 1201,
      security: 'WPA3 Transition',
    });
    expect(facts.notes).toEqual([REDACTED_NOTE]);
    expect(neighbours.map((n) => n.ssid)).toEqual([null, null]);
  });

  it('says no-adapter for a Mac without Wi-Fi and unknown for non-JSON', () => {
    expect(parseSystemProfilerAirPort('{"SPAirPortDataType":[{"spairport_airport_interfaces":[]}]}').facts.state).toBe('no-adapter');
    expect(parseSystemProfilerAirPort('{"SPAirPortDataType":[]}').facts.state).toBe('no-adapter');
    expect(parseSystemProfilerAirPort('2024-05-01 system_profiler[123:456] error').facts.state).toBe('unknown');
    expect(parseSystemProfilerAirPort('{"SPAirPortDataType":"x"}').facts.state).toBe('unknown');
  });
});
