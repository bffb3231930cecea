import { expect } from 'vitest';
import { parseIwPowerSave, parsePowerProfile } from '../../../../diagnostics/platform/power/parse-linux-power.js';
import { parsePmsetBatt, parsePmsetLowPower } from '../../../../diagnostics/platform/power/parse-pmset.js';
import { parseActiveScheme, parseSettingIndexes } from '../../../../diagnostics/platform/power/parse-powercfg.js';
import { parseWin32Battery } from '../../../../diagnostics/platform/power/parse-win32-battery.js';
import { powerFromSupplies } from '../../../../diagnostics/platform/power/power-supply.js';
import { describeParserFuzz } from '../../../support/fuzz/parser-fuzz.js';
import { fixture, fixturesStartingWith } from './support.js';

const percentOk = (p: number | null): void => {
  if (p !== null) expect(Number.isInteger(p) && p >= 0 && p <= 100).toBe(true);
};
const samples = (prefix: string): string[] => fixturesStartingWith(prefix).map(fixture);

describeParserFuzz(
  'every power parser returns a result and never throws',
  [
    { name: 'powercfg scheme', samples: samples('win-'), parse: (s) => void expect(['power-saver', 'balanced', 'high-performance', 'other', null]).toContain(parseActiveScheme(s).scheme) },
    { name: 'powercfg setting', samples: samples('win-'), parse: (s) => void parseSettingIndexes(s) },
    { name: 'Win32_Battery', samples: samples('win-battery'), parse: (s) => percentOk(parseWin32Battery(s).percent) },
    { name: 'pmset -g batt', samples: samples('mac-pmset-batt'), parse: (s) => percentOk(parsePmsetBatt(s).percent) },
    { name: 'pmset -g', samples: samples('mac-pmset-g'), parse: (s) => void parsePmsetLowPower(s) },
    { name: 'iw power_save', samples: samples('linux-iw'), parse: (s) => void parseIwPowerSave(s) },
    { name: 'powerprofilesctl', samples: samples('linux-powerprofilesctl'), parse: (s) => void parsePowerProfile(s) },
    {
      name: 'power supply files',
      samples: samples('linux-sys'),
      parse: (s) =>
        percentOk(powerFromSupplies([{ name: 'BAT0', type: 'Battery', scope: s, online: s, status: s, capacity: s }, { name: 'AC', type: s, scope: null, online: s, status: null, capacity: null }]).batteryPercent),
    },
  ],
  {
    tokens: ['Power Scheme GUID: ', '381b4222-f694-41f0-9685-ff5bb260df2e', '  (', ')', ': 0x00000003', "Now drawing from '", "'", ' -InternalBattery-0 (id=1)\t', '%;', ' lowpowermode ', 'powermode', 'Power save: ', '{"BatteryStatus": '],
    foreign: samples(''),
  },
);
