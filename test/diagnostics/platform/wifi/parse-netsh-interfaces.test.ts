import { describe, expect, it } from 'vitest';
import { parseNetshInterfaces } from '../../../../diagnostics/platform/wifi/parse-netsh-interfaces.js';
import { fixture } from './read-fixture.js';

describe('netsh wlan show interfaces, English', () => {
  it('reads a strong 5 GHz Wi-Fi 6 link (Windows 11 layout with AP BSSID and Band)', () => {
    expect(parseNetshInterfaces(fixture('win-en-interfaces-strong-5ghz.txt'))).toEqual({
      state: 'connected',
      interface: 'Wi-Fi',
      ssid: 'Lindqvist-Home',
      bssid: '02:00:5e:10:00:01',
      signalPercent: 96,
      signalDbm: -52,
      noiseDbm: null,
      snrDb: null,
      channel: 36,
      band: '5GHz',
      channelWidthMhz: null,
      phyMode: '802.11ax',
      rxRateMbps: 1201,
      txRateMbps: 1201,
      security: 'WPA2-Personal',
      notes: [],
    });
  });

  it('reads a weak 2.4 GHz link (Windows 10 layout: BSSID, no Band line, channel after connection mode)', () => {
    const f = parseNetshInterfaces(fixture('win-en-interfaces-weak-24ghz.txt'));
    expect(f).toMatchObject({
      state: 'connected',
      ssid: 'Garage-Extender',
      bssid: '02:00:5e:10:00:02',
      signalPercent: 30,
      signalDbm: -85,
      channel: 6,
      band: '2.4GHz',
      phyMode: '802.11n',
      rxRateMbps: 26,
      txRateMbps: 19.5,
      security: 'WPA2-Personal',
    });
  });

  it('reads a 6 GHz Wi-Fi 7 link from the Band line (channel 37 alone would not say 6 GHz)', () => {
    expect(parseNetshInterfaces(fixture('win-en-interfaces-6ghz.txt'))).toMatchObject({
      state: 'connected',
      channel: 37,
      band: '6GHz',
      phyMode: '802.11be',
      signalPercent: 88,
      signalDbm: -56,
      rxRateMbps: 2882,
      txRateMbps: 2401,
      security: 'WPA3-Personal',
    });
  });

  it('reads a disconnected adapter: the interface name, nothing about a link', () => {
    expect(parseNetshInterfaces(fixture('win-en-interfaces-disconnected.txt'))).toMatchObject({
      state: 'disconnected',
      interface: 'Wi-Fi',
      ssid: null,
      bssid: null,
      signalPercent: null,
      channel: null,
    });
  });

  it('says no-adapter for a machine without Wi-Fi', () => {
    const f = parseNetshInterfaces(fixture('win-en-interfaces-no-adapter.txt'));
    expect(f.state).toBe('no-adapter');
    expect(f.notes).toEqual(['Windows reports no wireless interface on this computer.']);
  });

  it('says unknown with a Location note when Windows 11 withholds the details', () => {
    const f = parseNetshInterfaces(fixture('win-en-interfaces-location-denied.txt'));
    expect(f.state).toBe('unknown');
    expect(f.notes.join(' ')).toMatch(/Location services are off/);
  });

  it('picks the connected adapter of two and says so', () => {
    const f = parseNetshInterfaces(fixture('win-en-interfaces-two-adapters.txt'));
    expect(f).toMatchObject({ state: 'connected', interface: 'Wi-Fi 2', ssid: 'Lindqvist-Home', channel: 36, signalPercent: 80 });
    expect(f.notes).toEqual(['2 wireless interfaces; reading Wi-Fi 2.']);
  });
});

describe('netsh wlan show interfaces, German (CP850 and ANSI as latin1)', () => {
  it('reads a strong 5 GHz link and repairs the umlaut in the SSID', () => {
    const raw = fixture('win-de-interfaces-strong-5ghz.txt');
    expect(raw).toContain('M\u0081ller-WLAN'); // what the runner really hands over
    expect(parseNetshInterfaces(raw)).toMatchObject({
      state: 'connected',
      interface: 'WLAN',
      ssid: 'Müller-WLAN',
      bssid: '02:00:5e:10:00:07',
      signalPercent: 91,
      signalDbm: -54,
      channel: 100,
      band: '5GHz',
      phyMode: '802.11ac',
      rxRateMbps: 866.7,
      txRateMbps: 780,
      security: 'WPA2-Personal',
    });
  });

  it('reads a weak 2.4 GHz link with decimal commas in the rates', () => {
    expect(parseNetshInterfaces(fixture('win-de-interfaces-weak-24ghz.txt'))).toMatchObject({
      state: 'connected',
      ssid: 'Keller-Repeater',
      bssid: '02:00:5e:10:00:08',
      signalPercent: 31,
      signalDbm: -84,
      channel: 11,
      band: '2.4GHz',
      phyMode: '802.11n',
      rxRateMbps: 21.7,
      txRateMbps: 14.4,
    });
  });

  it('reads "Getrennt" as disconnected and the German no-adapter sentence', () => {
    expect(parseNetshInterfaces(fixture('win-de-interfaces-disconnected.txt'))).toMatchObject({ state: 'disconnected', interface: 'WLAN', ssid: null });
    expect(parseNetshInterfaces(fixture('win-de-interfaces-no-adapter.txt')).state).toBe('no-adapter');
  });
});

describe('netsh wlan show interfaces, Swedish (CP850 and UTF-8 as latin1)', () => {
  it('reads a strong 5 GHz link; "Åkesson" survives CP850', () => {
    expect(parseNetshInterfaces(fixture('win-sv-interfaces-strong-5ghz.txt'))).toMatchObject({
      state: 'connected',
      interface: 'Wi-Fi',
      ssid: 'Åkesson 5G',
      bssid: '02:00:5e:10:00:09',
      signalPercent: 94,
      signalDbm: -53,
      channel: 44,
      band: '5GHz',
      phyMode: '802.11ax',
      rxRateMbps: 1201,
      txRateMbps: 960,
      security: 'WPA3-Personal',
    });
  });

  it('reads a weak 2.4 GHz link printed as UTF-8; "Sjöstugan" survives', () => {
    const raw = fixture('win-sv-interfaces-weak-24ghz.txt');
    expect(raw).toContain('SjÃ¶stugan');
    expect(parseNetshInterfaces(raw)).toMatchObject({
      state: 'connected',
      ssid: 'Sjöstugan',
      signalPercent: 28,
      signalDbm: -86,
      channel: 1,
      band: '2.4GHz',
      rxRateMbps: 13,
      txRateMbps: 6.5,
    });
  });

  it('reads "frånkopplad" as disconnected and the Swedish no-adapter sentence', () => {
    expect(parseNetshInterfaces(fixture('win-sv-interfaces-disconnected.txt'))).toMatchObject({ state: 'disconnected', interface: 'Wi-Fi' });
    expect(parseNetshInterfaces(fixture('win-sv-interfaces-no-adapter.txt')).state).toBe('no-adapter');
  });
});

describe('netsh interfaces in a language it has no labels for', () => {
  // Every label replaced: only the layout, the value shapes and the order are left.
  const unlabel = (text: string): string => {
    let n = 0;
    return text
      .split('\r\n')
      .map((line) =>
        line.replace(/^(\s+)([^:]+?)(\s*\([^)]*\))?(\s*):/, (_m, indent: string, _label: string, unit: string | undefined, pad: string) => {
          n++;
          return `${indent}Qx${n}${unit ?? ''}${pad}:`;
        }),
      )
      .join('\r\n');
  };

  it('reads the Windows 10 layout by structure alone', () => {
    const text = unlabel(fixture('win-en-interfaces-weak-24ghz.txt'));
    expect(text).not.toMatch(/Channel|Signal|SSID|State/);
    expect(parseNetshInterfaces(text)).toMatchObject({
      state: 'connected',
      interface: 'Wi-Fi',
      ssid: 'Garage-Extender',
      bssid: '02:00:5e:10:00:02',
      signalPercent: 30,
      channel: 6,
      band: '2.4GHz',
      phyMode: '802.11n',
      rxRateMbps: 26,
      txRateMbps: 19.5,
      security: 'WPA2-Personal',
    });
  });

  it('reads the Windows 11 layout by structure alone', () => {
    expect(parseNetshInterfaces(unlabel(fixture('win-sv-interfaces-strong-5ghz.txt')))).toMatchObject({
      state: 'connected',
      ssid: 'Åkesson 5G',
      bssid: '02:00:5e:10:00:09',
      signalPercent: 94,
      channel: 44,
      band: '5GHz',
      security: 'WPA3-Personal',
    });
  });

  it('still tells a disconnected adapter from one with a link', () => {
    expect(parseNetshInterfaces(unlabel(fixture('win-de-interfaces-disconnected.txt'))).state).toBe('disconnected');
  });
});
