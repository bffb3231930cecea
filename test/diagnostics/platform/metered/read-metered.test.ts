import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keyOf } from '../../../support/fake-runner.js';
import { nmcliMeteredCommand, nmMeteredDbusCommand, windowsConnectionCostCommand } from '../../../../diagnostics/platform/metered/command.js';
import { parseBusctlMetered, parseNmcliMetered } from '../../../../diagnostics/platform/metered/parse-networkmanager.js';
import { parseWindowsConnectionCost } from '../../../../diagnostics/platform/metered/parse-windows-cost.js';
import { DARWIN_METERED_NOTE, readMetered } from '../../../../diagnostics/platform/metered/read-metered.js';
import type { MeteredFacts } from '../../../../diagnostics/platform/metered/types.js';
import { defaultRouteCommand } from '../../../../diagnostics/platform/routes/command.js';
import { fakeRunner, type Answer } from '../power/support.js';
import { fixturesIn } from '../../../support/platform-fixtures.js';

const { fixture } = fixturesIn(new URL('./fixtures/', import.meta.url));
const routes = fixturesIn(new URL('../routes/fixtures/', import.meta.url));
const BUS = keyOf(nmMeteredDbusCommand);
const NMCLI = keyOf(nmcliMeteredCommand);
const ROUTE = keyOf(defaultRouteCommand('linux'));
const COST = keyOf(windowsConnectionCostCommand);
const NO_BUS: Answer = { exitCode: 1, stderr: fixture('linux-busctl-no-bus.stderr.txt') };

/** Each scenario: the OS and what its commands answer. */
const SCENARIOS: Record<string, { os: 'linux' | 'win32' | 'darwin'; answers: Record<string, Answer> }> = {
  'linux dbus guess-no': { os: 'linux', answers: { [BUS]: fixture('linux-busctl-metered-guess-no.json') } },
  'linux dbus yes': { os: 'linux', answers: { [BUS]: fixture('linux-busctl-metered-yes.json') } },
  'linux dbus guess-yes': { os: 'linux', answers: { [BUS]: fixture('linux-busctl-metered-guess-yes.json') } },
  'linux dbus unknown': { os: 'linux', answers: { [BUS]: fixture('linux-busctl-metered-unknown.json') } },
  'linux no bus, nmcli hotspot on the default route': {
    os: 'linux',
    answers: { [BUS]: NO_BUS, [NMCLI]: fixture('linux-nmcli-terse-hotspot.txt'), [ROUTE]: routes.fixture('linux-ip-route-default.txt') },
  },
  'linux no bus, default route device unknown to NM': {
    os: 'linux',
    answers: { [BUS]: NO_BUS, [NMCLI]: fixture('linux-nmcli-terse-wired.txt'), [ROUTE]: routes.fixture('linux-ip-route-default.txt') },
  },
  'linux no bus, no nmcli': { os: 'linux', answers: { [BUS]: NO_BUS } },
  'linux busctl prints something else': { os: 'linux', answers: { [BUS]: 's "full"', [NMCLI]: { exitCode: 8, stderr: 'Error: NetworkManager is not running.' } } },
  'windows unrestricted': { os: 'win32', answers: { [COST]: fixture('win-cost-unrestricted.json') } },
  'windows fixed': { os: 'win32', answers: { [COST]: fixture('win-cost-fixed.json') } },
  'windows roaming': { os: 'win32', answers: { [COST]: fixture('win-cost-roaming.json') } },
  'windows unknown cost': { os: 'win32', answers: { [COST]: fixture('win-cost-unknown.json') } },
  'windows no internet profile': { os: 'win32', answers: { [COST]: '' } },
  'windows error text': { os: 'win32', answers: { [COST]: 'Unable to find type [Windows.Networking.Connectivity.NetworkInformation].' } },
  'macos': { os: 'darwin', answers: {} },
};

const GOLDEN = new URL('./fixtures/read-metered.golden.json', import.meta.url);

async function readAll(): Promise<Record<string, MeteredFacts & { asked: string[] }>> {
  const out: Record<string, MeteredFacts & { asked: string[] }> = {};
  for (const [name, s] of Object.entries(SCENARIOS)) {
    const run = fakeRunner(s.answers);
    out[name] = { ...(await readMetered(s.os, run)), asked: run.asked };
  }
  return out;
}

describe('readMetered', () => {
  it('matches the golden outputs (generated once, checked by hand, frozen)', async () => {
    const got = await readAll();
    if (process.env['HOMELINE_UPDATE_GOLDEN'] === '1') writeFileSync(GOLDEN, `${JSON.stringify(got, null, 2)}\n`);
    expect(got).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
  });

  it('metered only when a structured source says so; unknown otherwise, never a guess of ours', async () => {
    const got = await readAll();
    const metered = Object.fromEntries(Object.entries(got).map(([k, v]) => [k, v.metered]));
    expect(metered).toEqual({
      'linux dbus guess-no': false,
      'linux dbus yes': true,
      'linux dbus guess-yes': true,
      'linux dbus unknown': null,
      'linux no bus, nmcli hotspot on the default route': true,
      'linux no bus, default route device unknown to NM': null,
      'linux no bus, no nmcli': null,
      'linux busctl prints something else': null,
      'windows unrestricted': false,
      'windows fixed': true,
      'windows roaming': true,
      'windows unknown cost': null,
      'windows no internet profile': null,
      'windows error text': null,
      macos: null,
    });
    expect(got['macos']).toMatchObject({ notes: [DARWIN_METERED_NOTE], asked: [] });
    expect(got['linux dbus yes']).toMatchObject({ source: 'networkmanager-dbus', raw: '1', asked: [BUS] });
    expect(got['linux no bus, nmcli hotspot on the default route']).toMatchObject({ source: 'nmcli', raw: 'yes (guessed)' });
    expect(got['linux no bus, default route device unknown to NM']).toMatchObject({ source: 'nmcli', raw: 'unknown' });
  });

  it('a runner that throws is a note, not a rejection', async () => {
    const f = await readMetered('win32', () => Promise.reject(new Error('boom')));
    expect(f).toEqual({ metered: null, source: null, raw: null, notes: ['Reading the connection cost failed: boom'] });
  });
});

describe('the metered parsers', () => {
  it('refuse shapes they do not know', () => {
    expect(parseBusctlMetered('{"type":"u","data":9}')).toBeUndefined();
    expect(parseBusctlMetered('{"type":"s","data":"yes"}')).toBeUndefined();
    expect(parseBusctlMetered('u 4')).toBeUndefined();
    expect(parseNmcliMetered('GENERAL.DEVICE:eth0\nGENERAL.METERED:maybe\n').size).toBe(0);
    expect(parseWindowsConnectionCost('{"NetworkCostType":"Fixed"}')).toBeUndefined();
    expect(parseWindowsConnectionCost('[{"NetworkCostType":1},{"NetworkCostType":2}]')).toBeUndefined();
  });

  it('a default-route device nmcli does not list is unknown, named', async () => {
    const run = fakeRunner({ [BUS]: NO_BUS, [NMCLI]: 'GENERAL.DEVICE:eth0\nGENERAL.METERED:yes\n', [ROUTE]: routes.fixture('linux-ip-route-default.txt') });
    const f = await readMetered('linux', run);
    expect(f.metered).toBeNull();
    expect(f.notes.at(-1)).toBe('nmcli does not list a metered state for wlp2s0.');
  });

  it('a device line without a name does not carry over the previous device', () => {
    const m = parseNmcliMetered('GENERAL.DEVICE:eth0\nGENERAL.METERED:no\n\nGENERAL.METERED:yes\n');
    expect([...m]).toEqual([['eth0', { metered: false, raw: 'no' }]]);
  });
});
