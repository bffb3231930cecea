import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bandFromChannel, bandFromFrequency, channelFromFrequency, dbmToWindowsPercent, networkManagerPercentToDbm,
  normalisePhyMode, parseBand, parseNumber, windowsPercentToDbm,
} from '../../../../diagnostics/platform/wifi/radio.js';

describe('radio helpers', () => {
  it('converts Windows percent to dBm the way Windows does (0 % = -100, 100 % = -50)', () => {
    expect([0, 30, 50, 96, 100].map(windowsPercentToDbm)).toEqual([-100, -85, -75, -52, -50]);
    expect(dbmToWindowsPercent(-85)).toBe(30);
    expect(dbmToWindowsPercent(-30)).toBe(100);
    fc.assert(fc.property(fc.integer({ min: 0, max: 100 }), (p) => Math.abs(dbmToWindowsPercent(windowsPercentToDbm(p)) - p) <= 1));
  });

  it("converts NetworkManager's percent back on its own -100..-40 dBm scale", () => {
    expect([0, 30, 100].map(networkManagerPercentToDbm)).toEqual([-100, -82, -40]);
  });

  it('maps channels and frequencies to bands', () => {
    expect([1, 14, 36, 165, 177, 200].map(bandFromChannel)).toEqual(['2.4GHz', '2.4GHz', '5GHz', '5GHz', '5GHz', null]);
    expect([2412, 2437, 2484, 5180, 5825, 5955, 6115, 5935].map(channelFromFrequency)).toEqual([1, 6, 14, 36, 165, 1, 33, 2]);
    expect([2437, 5180, 5955, 900].map(bandFromFrequency)).toEqual(['2.4GHz', '5GHz', '6GHz', null]);
    expect(['2.4 GHz', '2,4 GHz', '2GHz', '5 GHz', '6GHz', '60 GHz'].map(parseBand)).toEqual(['2.4GHz', '2.4GHz', '2.4GHz', '5GHz', '6GHz', null]);
  });

  it('normalises PHY modes and picks the newest of a list', () => {
    expect(['802.11ax', '11ac', '802.11b/g/n', '802.11 a/b/g/n/ac/ax', 'be', '802.11', 'x'].map(normalisePhyMode)).toEqual([
      '802.11ax', '802.11ac', '802.11n', '802.11ax', '802.11be', null, null,
    ]);
  });

  it('reads numbers with a decimal comma and rejects the rest', () => {
    expect(['866.7', '72,2', ' 1201 ', 'abc', '1.2.3', ''].map(parseNumber)).toEqual([866.7, 72.2, 1201, null, null, null]);
  });
});
