import { describe, expect, it } from 'vitest';
import { powerFromSupplies, readPowerSupplies } from '../../../../diagnostics/platform/power/power-supply.js';
import { fixture, sysTree } from './support.js';

const tree = (name: string) => sysTree(JSON.parse(fixture(name)) as Record<string, string>);

describe('power supplies', () => {
  it('a laptop on battery; the mouse battery does not count', async () => {
    const t = tree('linux-sys-laptop-on-battery.json');
    const supplies = await readPowerSupplies(t.listDir, t.readFile);
    expect(supplies).toContainEqual({ name: 'BAT0', type: 'Battery', scope: null, online: null, status: 'Discharging', capacity: '42' });
    expect(powerFromSupplies(supplies!)).toEqual({ onBattery: true, batteryPercent: 42 });
  });

  it('a laptop on mains with two batteries', async () => {
    const t = tree('linux-sys-laptop-on-ac.json');
    expect(powerFromSupplies((await readPowerSupplies(t.listDir, t.readFile))!)).toEqual({ onBattery: false, batteryPercent: 84 });
  });

  it('a desktop lists nothing: not on battery', async () => {
    const t = tree('linux-sys-desktop.json');
    expect(await readPowerSupplies(t.listDir, t.readFile)).toEqual([]);
    expect(powerFromSupplies([])).toEqual({ onBattery: false, batteryPercent: null });
  });

  it('an unreadable directory is null', async () => {
    expect(await readPowerSupplies(() => Promise.reject(new Error('EACCES')), () => Promise.resolve(''))).toBeNull();
  });
});
