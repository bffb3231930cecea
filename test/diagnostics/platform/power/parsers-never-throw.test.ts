import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIwPowerSave, parsePowerProfile } from '../../../../diagnostics/platform/power/parse-linux-power.js';
import { parsePmsetBatt, parsePmsetLowPower } from '../../../../diagnostics/platform/power/parse-pmset.js';
import { parseActiveScheme, parseSettingIndexes } from '../../../../diagnostics/platform/power/parse-powercfg.js';
import { parseWin32Battery } from '../../../../diagnostics/platform/power/parse-win32-battery.js';
import { powerFromSupplies } from '../../../../diagnostics/platform/power/power-supply.js';
import { fixture, fixturesStartingWith } from './support.js';

const percentOk = (p: number | null): void => {
  if (p !== null) expect(Number.isInteger(p) && p >= 0 && p <= 100).toBe(true);
};

const PARSERS: ReadonlyArray<{ name: string; prefix: string; parse: (s: string) => void }> = [
  { name: 'powercfg scheme', prefix: 'win-', parse: (s) => void expect(['power-saver', 'balanced', 'high-performance', 'other', null]).toContain(parseActiveScheme(s).scheme) },
  { name: 'powercfg setting', prefix: 'win-', parse: (s) => void parseSettingIndexes(s) },
  { name: 'Win32_Battery', prefix: 'win-battery', parse: (s) => percentOk(parseWin32Battery(s).percent) },
  { name: 'pmset -g batt', prefix: 'mac-pmset-batt', parse: (s) => percentOk(parsePmsetBatt(s).percent) },
  { name: 'pmset -g', prefix: 'mac-pmset-g', parse: (s) => void parsePmsetLowPower(s) },
  { name: 'iw power_save', prefix: 'linux-iw', parse: (s) => void parseIwPowerSave(s) },
  { name: 'powerprofilesctl', prefix: 'linux-powerprofilesctl', parse: (s) => void parsePowerProfile(s) },
  {
    name: 'power supply files',
    prefix: 'linux-sys',
    parse: (s) => percentOk(powerFromSupplies([{ name: 'BAT0', type: 'Battery', scope: s, online: s, status: s, capacity: s }, { name: 'AC', type: s, scope: null, online: s, status: null, capacity: null }]).batteryPercent),
  },
];

const lineish = fc
  .array(
    fc.oneof(
      fc.constantFrom('Power Scheme GUID: ', '381b4222-f694-41f0-9685-ff5bb260df2e', '  (', ')', ': 0x00000003', "Now drawing from '", "'", ' -InternalBattery-0 (id=1)\t', '%;', ' lowpowermode ', 'powermode', 'Power save: ', '{"BatteryStatus": ', '\r\n', '\n', '\t'),
      fc.string({ maxLength: 12 }),
      fc.integer({ min: -5, max: 1000 }).map(String),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

describe('every power parser returns a result and never throws', () => {
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

  it('every parser survives every fixture', () => {
    for (const name of fixturesStartingWith('')) for (const p of PARSERS) p.parse(fixture(name));
  });
});
