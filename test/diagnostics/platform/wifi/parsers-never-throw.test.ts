import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIwDev } from '../../../../diagnostics/platform/wifi/parse-iw-dev.js';
import { parseIwLink } from '../../../../diagnostics/platform/wifi/parse-iw-link.js';
import { parseNetshInterfaces } from '../../../../diagnostics/platform/wifi/parse-netsh-interfaces.js';
import { parseNetshNetworks } from '../../../../diagnostics/platform/wifi/parse-netsh-networks.js';
import { parseNmcliWifiList } from '../../../../diagnostics/platform/wifi/parse-nmcli.js';
import { parseSystemProfilerAirPort } from '../../../../diagnostics/platform/wifi/parse-system-profiler.js';
import { parseWdutilInfo } from '../../../../diagnostics/platform/wifi/parse-wdutil.js';
import type { WifiFacts, WifiNeighbour } from '../../../../diagnostics/platform/wifi/types.js';
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

const PARSERS: ReadonlyArray<{ name: string; prefix: string; parse: (s: string) => void }> = [
  { name: 'netsh interfaces', prefix: 'win-', parse: (s) => checkFacts(parseNetshInterfaces(s)) },
  { name: 'netsh networks', prefix: 'win-', parse: (s) => checkNeighbours(parseNetshNetworks(s)) },
  {
    name: 'system_profiler',
    prefix: 'mac-system-profiler',
    parse: (s) => {
      const r = parseSystemProfilerAirPort(s);
      checkFacts(r.facts);
      checkNeighbours(r.neighbours);
    },
  },
  { name: 'wdutil', prefix: 'mac-wdutil', parse: (s) => checkFacts(parseWdutilInfo(s)) },
  {
    name: 'nmcli',
    prefix: 'linux-nmcli',
    parse: (s) => {
      const r = parseNmcliWifiList(s);
      checkFacts(r.facts);
      checkNeighbours(r.neighbours);
    },
  },
  { name: 'iw link', prefix: 'linux-iw-link', parse: (s) => checkFacts(parseIwLink(s)) },
  { name: 'iw dev', prefix: 'linux-iw-dev', parse: (s) => void expect(Array.isArray(parseIwDev(s))).toBe(true) },
];

// Text that looks like the tools' output: the characters they print, in the shapes they use.
const lineish = fc
  .array(
    fc.oneof(
      fc.constantFrom('    SSID                   : ', 'BSSID 1 : ', ' : ', '%', '802.11ax', 'GHz', '\\:', 'dBm', 'MBit/s', '{', '"_name" : ', '\r\n', '\n', '\t'),
      fc.string({ maxLength: 12 }),
      fc.integer({ min: -120, max: 7200 }).map(String),
      fc.constantFrom('02:00:5e:10:00:01', '8f0b2c4e-6a1d-4e5f-9b7c-2d3e4f5a6b7c', 'Verbunden', '\u0081', 'Ã¶'),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

describe('every Wi-Fi parser returns a result and never throws', () => {
  for (const p of PARSERS) {
    const samples = fixturesStartingWith(p.prefix).map(fixture);

    it(`${p.name}: arbitrary strings`, () => {
      fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => p.parse(s)), { numRuns: 300 });
      fc.assert(fc.property(lineish, (s) => p.parse(s)), { numRuns: 300 });
      fc.assert(fc.property(fc.jsonValue(), (v) => p.parse(JSON.stringify(v))), { numRuns: 100 });
    });

    it(`${p.name}: random truncations of the fixtures`, () => {
      expect(samples.length).toBeGreaterThan(0);
      fc.assert(
        fc.property(fc.constantFrom(...samples), fc.nat(), fc.nat(), (text, a, b) => {
          const from = a % (text.length + 1);
          p.parse(text.slice(0, from));
          p.parse(text.slice(from, from + (b % (text.length + 1))));
        }),
        { numRuns: 300 },
      );
    });

    it(`${p.name}: shuffled and dropped lines of the fixtures`, () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...samples).chain((text) => fc.shuffledSubarray(text.split(/\r?\n/), { minLength: 0 })),
          (lines) => p.parse(lines.join('\r\n')),
        ),
        { numRuns: 300 },
      );
    });
  }

  it('netsh parsers survive every fixture of every OS (a wrong command output is still no throw)', () => {
    for (const name of fixturesStartingWith('')) {
      if (name.endsWith('.ts')) continue;
      const text = fixture(name);
      for (const p of PARSERS) p.parse(text);
    }
  });
});
