import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { routeLookupCommand } from '../../../../diagnostics/platform/route-lookup/command.js';
import { readRoute, routeFor } from '../../../../diagnostics/platform/route-lookup/route-for.js';
import { fakeRunner, keyOf } from '../vpn/fake-runner.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('routeFor', () => {
  it('asks each OS its own way', () => {
    expect(routeLookupCommand('linux', '198.18.5.5')).toEqual({ cmd: 'ip', args: ['-j', 'route', 'get', '198.18.5.5'], timeoutMs: 3000 });
    expect(routeLookupCommand('darwin', '198.18.5.5').args).toEqual(['-n', 'get', '198.18.5.5']);
    expect(routeLookupCommand('darwin', '2001:db8::80').args).toEqual(['-n', 'get', '-inet6', '2001:db8::80']);
    const win = routeLookupCommand('win32', '198.18.5.5');
    expect(win.cmd).toBe('powershell.exe');
    expect(win.args.at(-1)).toBe("Find-NetRoute -RemoteIPAddress '198.18.5.5' | Select-Object InterfaceAlias,NextHop,IPAddress | ConvertTo-Json");
  });
  it('throws TypeError for anything but an IP literal (a bug: names are resolved first)', async () => {
    const run = fakeRunner({});
    for (const bad of ['intranet.corp.example', "198.18.5.5' ; Remove-Item C:\\", '', 'fe80::1%12']) {
      expect(() => routeLookupCommand('win32', bad)).toThrow(TypeError);
      await expect(routeFor(bad, { os: 'linux', run })).rejects.toThrow(TypeError);
    }
    expect(run.asked).toEqual([]);
  });
  it('reads the answer of each OS through the runner', async () => {
    const cases = [
      ['linux', 'linux-route-get-tun.json', { interface: 'tun0', gateway: null, source: '198.18.12.34' }],
      ['darwin', 'mac-route-get-utun.txt', { interface: 'utun4', gateway: null, source: null }],
      ['win32', 'win-find-netroute-vpn.json', { interface: 'Ethernet 3', gateway: null, source: '198.18.12.34' }],
    ] as const;
    for (const [os, file, expected] of cases) {
      const run = fakeRunner({ [keyOf(routeLookupCommand(os, '198.18.5.5'))]: fixture(file) });
      expect(await routeFor('198.18.5.5', { os, run })).toEqual(expected);
    }
  });
  it('answers all-null when the command cannot run or finds no route', async () => {
    const none = { interface: null, gateway: null, source: null };
    expect(await routeFor('198.18.5.5', { os: 'linux', run: fakeRunner({}) })).toEqual(none);
    const unreachable = fakeRunner({ [keyOf(routeLookupCommand('linux', '198.18.5.5'))]: { exitCode: 2, stderr: 'RTNETLINK answers: Network is unreachable' } });
    expect(await routeFor('198.18.5.5', { os: 'linux', run: unreachable })).toEqual(none);
    const slow = fakeRunner({ [keyOf(routeLookupCommand('win32', '198.18.5.5'))]: { timedOut: true, exitCode: null } });
    expect(await routeFor('198.18.5.5', { os: 'win32', run: slow })).toEqual(none);
  });

  it('tells "no route" (an answer) from a lookup that gave none, naming the tool (#16)', async () => {
    const spec = routeLookupCommand('linux', '198.18.5.5');
    const ask = async (answer: Parameters<typeof fakeRunner>[0][string]) => readRoute('198.18.5.5', { os: 'linux', run: fakeRunner({ [keyOf(spec)]: answer }) });
    expect(await ask(fixture('linux-route-get-tun.json'))).toMatchObject({ unread: null, route: { interface: 'tun0' } });
    expect((await ask({ exitCode: 2, stderr: 'RTNETLINK answers: Network is unreachable' })).unread).toBeNull();
    // Written for this test: what a broken ip prints with exit 0 instead of its JSON route.
    for (const stdout of ['\u0000\u00ff garbage', 'Zeitüberschreitung der Anforderung', '[{"Fehler":1}]', '', '198.18.5.5 via 192.0.2.1 dev eth0']) {
      expect((await ask({ stdout, exitCode: 0 })).unread, stdout).toBe('ip printed what Homeline cannot read (exit 0)');
    }
    expect((await ask({ timedOut: true, exitCode: null })).unread).toMatch(/^ip did not finish/);
    expect((await ask({ exitCode: null, signal: 'SIGSEGV' })).unread).toBe('ip crashed (SIGSEGV)');
    // PowerShell prints nothing for an empty pipeline: no route, not a failure.
    const win = routeLookupCommand('win32', '198.18.5.5');
    expect((await readRoute('198.18.5.5', { os: 'win32', run: fakeRunner({ [keyOf(win)]: { stdout: '', exitCode: 0 } }) })).unread).toBeNull();
    expect((await readRoute('198.18.5.5', { os: 'win32', run: fakeRunner({ [keyOf(win)]: { stdout: 'Find-NetRoute : Fehler', exitCode: 0 } }) })).unread).toMatch(/printed what Homeline cannot read/);
  });
});
