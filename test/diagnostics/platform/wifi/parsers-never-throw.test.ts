import { expect } from 'vitest';
import { parseIwDev } from '../../../../diagnostics/platform/wifi/parse-iw-dev.js';
import { parseIwLink } from '../../../../diagnostics/platform/wifi/parse-iw-link.js';
import { parseNetshInterfaces } from '../../../../diagnostics/platform/wifi/parse-netsh-interfaces.js';
import { parseNetshNetworks } from '../../../../diagnostics/platform/wifi/parse-netsh-networks.js';
import { parseNmcliWifiList } from '../../../../diagnostics/platform/wifi/parse-nmcli.js';
import { parseSystemProfilerAirPort } from '../../../../diagnostics/platform/wifi/parse-system-profiler.js';
import { parseWdutilInfo } from '../../../../diagnostics/platform/wifi/parse-wdutil.js';
import type { WifiFacts, WifiNeighbour } from '../../../../diagnostics/platform/wifi/types.js';
import { describeParserFuzz } from '../../../support/fuzz/parser-fuzz.js';
import { fixture, fixturesStartingWith } from './read-fixture.js';

const STATES = ['connected', 'disconnected', 'no-adapter', 'unknown'];

/** A result a probe can rely on: a known state, numbers that are numbers, strings that are strings. */
function checkFacts(f: WifiFacts): void {
  expect(STATES).toContain(f.state);
  for (const k of ['signalDbm', 'signalPercent', 'noiseDbm', 'snrDb', 'channel', 'channelWidthMhz', 'txRateMbps', 'rxRateMbps'] as const) {
    const v = f[k];
    if (v !== null) expect(Number.isFinite(v)).toBe(true);
  }
  if (f.signalPercent !== null) expect(f.signalPercent).toBeGreaterThanOrEqual(0);
  if (f.signalPercent !== null) expect(f.signalPercent).toBeLessThanOrEqual(100);
  if (f.band !== null) expect(['2.4GHz', '5GHz', '6GHz']).toContain(f.band);
  if (f.phyMode !== null) expect(f.phyMode).toMatch(/^802\.11(a|b|g|n|ac|ax|be)$/);
  if (f.state !== 'connected') expect(f.ssid).toBeNull();
  expect(Array.isArray(f.notes)).toBe(true);
}

function checkNeighbours(list: readonly WifiNeighbour[]): void {
  expect(Array.isArray(list)).toBe(true);
  for (const n of list) if (n.channel !== null) expect(Number.isInteger(n.channel)).toBe(true);
}
const samples = (prefix: string): string[] => fixturesStartingWith(prefix).map(fixture);

describeParserFuzz(
  'every Wi-Fi parser returns a result and never throws',
  [
    { name: 'netsh interfaces', samples: samples('win-'), parse: (s) => checkFacts(parseNetshInterfaces(s)) },
    { name: 'netsh networks', samples: samples('win-'), parse: (s) => checkNeighbours(parseNetshNetworks(s)) },
    {
      name: 'system_profiler',
      samples: samples('mac-system-profiler'),
      parse: (s) => {
        const r = parseSystemProfilerAirPort(s);
        checkFacts(r.facts);
        checkNeighbours(r.neighbours);
      },
    },
    { name: 'wdutil', samples: samples('mac-wdutil'), parse: (s) => checkFacts(parseWdutilInfo(s)) },
    {
      name: 'nmcli',
      samples: samples('linux-nmcli'),
      parse: (s) => {
        const r = parseNmcliWifiList(s);
        checkFacts(r.facts);
        checkNeighbours(r.neighbours);
      },
    },
    { name: 'iw link', samples: samples('linux-iw-link'), parse: (s) => checkFacts(parseIwLink(s)) },
    { name: 'iw dev', samples: samples('linux-iw-dev'), parse: (s) => void expect(Array.isArray(parseIwDev(s))).toBe(true) },
  ],
  {
    tokens: ['    SSID                   : ', 'BSSID 1 : ', '%', '802.11ax', 'GHz', '\\:', 'dBm', 'MBit/s', '"_name" : ', '8f0b2c4e-6a1d-4e5f-9b7c-2d3e4f5a6b7c', 'Verbunden'],
    foreign: fixturesStartingWith('').filter((n) => !n.endsWith('.ts')).map(fixture),
  },
);
