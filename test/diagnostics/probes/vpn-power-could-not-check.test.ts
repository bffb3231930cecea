import { describe, expect, it } from 'vitest';
import type { CommandRunner } from '../../../diagnostics/platform/command.js';
import type { OsKind } from '../../../diagnostics/platform/os-kind.js';
import { powerProbe } from '../../../diagnostics/probes/power.js';
import { vpnClientProbe } from '../../../diagnostics/probes/vpn-client.js';
import { fakeOutput, type Answer } from '../../support/fake-runner.js';
import { everyCommand, probeContext } from './probe-context.js';

// #16: "no VPN tunnel" and "power unknown" from tools that all failed were reported "ok".

const ctx = <D extends object>(os: OsKind, run: CommandRunner) => probeContext<D>(os, run, { vpn: { gateways: [{ host: 'vpn.example', port: 443 }] } });
const every = everyCommand;
/** The first command answers (empty, exit 0), every later one is missing. */
function firstOnly(): CommandRunner {
  let n = 0;
  return (spec) => Promise.resolve(fakeOutput(spec, n++ === 0 ? { stdout: '' } : { spawnError: `spawn ${spec.cmd} ENOENT` }));
}

const BROKEN: ReadonlyArray<readonly [string, Answer, RegExp]> = [
  ['missing', { spawnError: 'spawn x ENOENT' }, /is not installed/],
  ['not permitted', { spawnError: 'spawn x EACCES' }, /is not permitted/],
  ['hanging', { timedOut: true, exitCode: null }, /did not finish/],
];

describe('vpn-client and power when every tool fails', () => {
  for (const os of ['linux', 'darwin', 'win32'] as const) {
    it.each(BROKEN)(`${os}, tools %s: vpn-client could not check`, async (_kind, answer, reason) => {
      const out = await vpnClientProbe.run(ctx(os, every(answer)));
      expect(out.status).toBe('error');
      expect(out.error).toMatch(reason);
    });
  }

  it.each(BROKEN)('win32, tools %s: power could not check', async (_kind, answer, reason) => {
    const out = await powerProbe.run(ctx('win32', every(answer)));
    expect(out.status).toBe('error');
    expect(out.error).toMatch(reason);
  });

  // Written for this test: what a broken `ip` prints instead of its JSON list (nmcli not installed).
  it.each([
    ['random bytes', { stdout: '\u0000\u00ff garbage \u0007', exitCode: 0 }, /ip printed what Homeline cannot read \(exit 0\)/],
    ['a cut-off list', { stdout: '[{"ifindex":1,"ifname":"lo","flags":["LOOP', exitCode: 0 }, /ip printed what Homeline cannot read/],
    ['another language', { stdout: 'Schnittstelle nicht gefunden', exitCode: 0 }, /ip printed what Homeline cannot read/],
    ['a crash', { exitCode: null, signal: 'SIGSEGV' }, /ip crashed \(SIGSEGV\)/],
    ['a flood', { stdout: 'x\n'.repeat(100), truncated: true, exitCode: null, signal: 'SIGKILL' }, /ip printed more than Homeline reads/],
  ] as const)('linux, ip prints %s: vpn-client could not check, naming ip', async (_kind, answer, reason) => {
    const run: CommandRunner = (spec) => Promise.resolve(fakeOutput(spec, spec.cmd === 'ip' ? answer : { spawnError: `spawn ${spec.cmd} ENOENT` }));
    const out = await vpnClientProbe.run(ctx('linux', run));
    expect(out.status).toBe('error');
    expect(out.error).toMatch(reason);
  });

  it('linux, ip lists no tunnel and nmcli is not installed: an answer (no tunnel), not a failure', async () => {
    const run: CommandRunner = (spec) => Promise.resolve(fakeOutput(spec, spec.cmd === 'ip' ? { stdout: '[{"ifindex":1,"ifname":"lo","flags":["LOOPBACK","UP"],"link_type":"loopback","addr_info":[]}]' } : { spawnError: `spawn ${spec.cmd} ENOENT` }));
    const out = await vpnClientProbe.run(ctx('linux', run));
    expect(out.status).not.toBe('error');
    expect(out.data.tunnels).toEqual([]);
  });

  // Written for this test: an installed nmcli that breaks while ip lists no tunnel. NetworkManager's
  // IPsec connections have no tunnel interface, so only nmcli could name one: "no VPN" is a guess.
  const LO_ONLY = '[{"ifindex":1,"ifname":"lo","flags":["LOOPBACK","UP"],"link_type":"loopback","addr_info":[]}]';
  it.each([
    ['random bytes', { stdout: '\u0000\u00ff garbage \u0007', exitCode: 0 }, /nmcli printed what Homeline cannot read \(exit 0\)/],
    ['a cut-off line', { stdout: 'nmcli 1.0: dev wlan0 state conn', exitCode: 0 }, /nmcli printed what Homeline cannot read/],
    ['another language', { stdout: 'Zeitüberschreitung der Anforderung\n要求がタイムアウトしました\n', exitCode: 0 }, /nmcli printed what Homeline cannot read/],
    ['one good line and one not', { stdout: 'Home:802-11-wireless:wlan0:activated\ngarbage\n', exitCode: 0 }, /nmcli printed what Homeline cannot read/],
    ['a crash', { exitCode: null, signal: 'SIGSEGV' }, /nmcli crashed \(SIGSEGV\)/],
    ['a hang', { timedOut: true, exitCode: null }, /nmcli did not finish/],
    ['not permitted', { spawnError: 'spawn nmcli EACCES' }, /nmcli is not permitted/],
  ] as const)('linux, ip lists no tunnel and nmcli prints %s: vpn-client could not check, naming nmcli', async (_kind, answer, reason) => {
    const run: CommandRunner = (spec) => Promise.resolve(fakeOutput(spec, spec.cmd === 'ip' ? { stdout: LO_ONLY } : answer));
    const out = await vpnClientProbe.run(ctx('linux', run));
    expect(out.status).toBe('error');
    expect(out.error).toMatch(reason);
  });

  it.each([
    ['no active connection (empty list)', { stdout: '', exitCode: 0 }],
    ['a list of its shape', { stdout: 'Home:802-11-wireless:wlan0:activated\nWired connection 1:802-3-ethernet:eth0:activated\n', exitCode: 0 }],
    ['NetworkManager not running (exit 8)', { stderr: 'Error: NetworkManager is not running.', exitCode: 8 }],
    ['not installed', { spawnError: 'spawn nmcli ENOENT' }],
  ] as const)('linux, ip lists no tunnel and nmcli answers %s: no tunnel, an answer', async (_kind, answer) => {
    const run: CommandRunner = (spec) => Promise.resolve(fakeOutput(spec, spec.cmd === 'ip' ? { stdout: LO_ONLY } : answer));
    const out = await vpnClientProbe.run(ctx('linux', run));
    expect(out.status).not.toBe('error');
    expect(out.data.unread).toBeUndefined();
  });

  it('linux, ip shows a connected tunnel: an answer even when nmcli printed garbage (noted)', async () => {
    const tun = '[{"ifindex":5,"ifname":"tun0","flags":["POINTOPOINT","UP","LOWER_UP"],"operstate":"UNKNOWN","link_type":"none","addr_info":[]}]';
    const run: CommandRunner = (spec) => Promise.resolve(fakeOutput(spec, spec.cmd === 'ip' ? { stdout: tun } : { stdout: 'garbage', exitCode: 0 }));
    const out = await vpnClientProbe.run(ctx('linux', run));
    expect(out.status).toBe('ok');
    expect(out.data.notes.join(' ')).toMatch(/NetworkManager connections not read: nmcli printed what Homeline cannot read/);
  });

  it('linux, powerprofilesctl prints a profile it does not know: a note naming it, no power-saver guess', async () => {
    const run: CommandRunner = (spec) => Promise.resolve(fakeOutput(spec, spec.cmd === 'powerprofilesctl' ? { stdout: 'Energiesparmodus\n' } : { spawnError: `spawn ${spec.cmd} ENOENT` }));
    const out = await powerProbe.run(ctx('linux', run));
    expect(out.data.powerSaver).toBeNull();
    expect(out.data.notes.join(' ')).toMatch(/Power profile not read: powerprofilesctl printed what Homeline cannot read/);
  });

  it.each([
    ['not installed', 'spawn powerprofilesctl ENOENT', /power-profiles-daemon is not installed/],
    ['not permitted', 'spawn powerprofilesctl EACCES', /Power profile not read: powerprofilesctl could not be started \(spawn powerprofilesctl EACCES\)/],
  ] as const)('linux, powerprofilesctl %s: the note says which', async (_kind, spawnError, note) => {
    const out = await powerProbe.run(ctx('linux', every({ spawnError })));
    expect(out.data.notes.join(' ')).toMatch(note);
  });

  it('one tool that ran and saw no tunnel is an answer, not a failure', async () => {
    const out = await vpnClientProbe.run(ctx('linux', firstOnly()));
    expect(out.status).not.toBe('error');
  });
});
