import { describe, expect, it } from 'vitest';
import type { WifiFacts, WifiNeighbour } from '../../../diagnostics/platform/wifi/types.js';
import { decide, rankFindings } from '../../../diagnostics/verdict/decide.js';
import type { Evidence } from '../../../diagnostics/verdict/evidence.js';
import { ALL_RULES } from '../../../diagnostics/verdict/rules/all-rules.js';
import { healthy, lossyHomeLink } from './evidence-builder.js';

const radio = (over: Partial<WifiFacts> = {}): WifiFacts => ({
  state: 'connected', interface: 'wlan0', ssid: 'Home', bssid: '02:00:5e:10:00:01', signalDbm: -55, signalPercent: 90, noiseDbm: -92,
  snrDb: 37, channel: 36, band: '5GHz', channelWidthMhz: 80, phyMode: '802.11ax', txRateMbps: 600, rxRateMbps: 600, security: 'WPA2', notes: [], ...over,
});
const neighbour = (ssid: string, channel: number, band: WifiNeighbour['band']): WifiNeighbour => ({ ssid, bssid: null, signalDbm: -60, signalPercent: 80, channel, band, security: null });

function onWifi(facts: WifiFacts, over: Partial<Evidence> = {}, neighbours: WifiNeighbour[] = []): Evidence {
  const base = healthy(over);
  return {
    ...base,
    adapters: { ...base.adapters, primary: 'wlan0', adapters: [{ ...base.adapters!.adapters![0]!, name: 'wlan0', kind: 'wireless' }] },
    wifi: { facts, neighbours, crowding: null },
  };
}
const lossyRouter = lossyHomeLink(1500, 10);
const verdictOf = (e: Evidence) => {
  const drafts = rankFindings(ALL_RULES.flatMap((r) => r(e)));
  return { ...decide(drafts, e), drafts };
};

describe('Wi-Fi rules', () => {
  it('calls loss at the router the Wi-Fi\u2019s on a radio link, citing the signal', () => {
    const v = verdictOf(onWifi(radio({ signalDbm: -76, band: '2.4GHz', channel: 6 }), lossyRouter));
    expect(v.segment).toBe('wifi');
    expect(v.top?.id).toBe('wifi.link-loss');
    expect(v.top?.evidence.map((l) => l.key)).toContain('wifiSignal');
    expect(v.drafts.find((d) => d.id === 'wifi.weak-signal')?.severity).toBe('warning');
  });

  it('calls the same loss the home network\u2019s on a cable, even with Wi-Fi switched on', () => {
    const base = healthy(lossyRouter);
    const docked: Evidence = { ...base, wifi: { facts: radio({ interface: 'wlan0' }), neighbours: [], crowding: null } };
    const v = verdictOf(docked); // default route over eth0, a wired adapter
    expect(v.segment).toBe('home-network');
    expect(v.top?.id).toBe('home.gateway-loss');
  });

  it('gives radio advice as info while the link is clean, so the verdict stays none', () => {
    const e = onWifi(radio({ band: '2.4GHz', channel: 6, signalDbm: -72, txRateMbps: 24, phyMode: '802.11g' }), {}, [neighbour('Home', 44, '5GHz')]);
    const v = verdictOf(e);
    expect(v.segment).toBe('none');
    expect(v.drafts.map((d) => [d.id, d.severity])).toEqual([
      ['wifi.weak-signal', 'info'],
      ['wifi.slow-link', 'info'],
      ['wifi.band-24', 'info'],
    ]);
  });

  it('flags a crowded channel and a noisy one', () => {
    const e: Evidence = {
      ...onWifi(radio({ snrDb: 11 })),
      wifi: { facts: radio({ snrDb: 11, band: '2.4GHz', channel: 6 }), neighbours: [], crowding: { band: '2.4GHz', channel: 6, sameChannel: 4, overlapping: 5, score: 6, level: 'high' } },
    };
    expect(verdictOf(e).drafts.map((d) => d.id)).toEqual(['wifi.low-snr', 'wifi.crowded-channel']);
  });
});

describe('clock rule', () => {
  const withOffset = (clockOffsetSeconds: number): Evidence => ({ ...healthy(), https: { checks: [], clockOffsetSeconds } });
  it('leaves a clock within five minutes alone', () => expect(verdictOf(withOffset(-240)).segment).toBe('none'));
  it('warns of a clock minutes off, and calls a day off a problem', () => {
    expect(verdictOf(withOffset(-900)).top).toMatchObject({ id: 'device.clock', severity: 'warning', evidence: [{ vars: { minutes: 15, direction: '@clockDirection.behind' } }] });
    expect(verdictOf(withOffset(2 * 86_400)).top).toMatchObject({ id: 'device.clock', severity: 'problem' });
  });
});

describe('setup rule', () => {
  const proxyDown = {
    facts: { mode: 'manual' as const, servers: [{ scheme: 'any' as const, host: 'proxy.corp.example', port: 8080 }], pacUrl: null, bypass: [], sources: [], notes: [] },
    reachability: { host: 'proxy.corp.example', port: 8080, state: 'dns-failed' as const, connectMs: null, address: null, code: 'ENOTFOUND', banner: null },
  };
  it('blames this computer for an office proxy that does not answer at home', () => {
    const v = verdictOf({ ...healthy(), proxy: proxyDown });
    expect(v.segment).toBe('device');
    expect(v.top).toMatchObject({ id: 'device.proxy', evidence: [{ vars: { proxy: 'proxy.corp.example:8080', state: '@tcpState.dns-failed' } }] });
  });
  it('gives power-saving advice on Wi-Fi, and a warning once the link loses packets', () => {
    const power = { onBattery: true, batteryPercent: 40, powerSaver: true, wifiPowerSaving: null, notes: [] };
    expect(verdictOf({ ...onWifi(radio()), power }).drafts.find((d) => d.id === 'device.power-saving')?.severity).toBe('info');
    expect(verdictOf({ ...onWifi(radio(), lossyRouter), power }).drafts.find((d) => d.id === 'device.power-saving')?.severity).toBe('warning');
  });
});
