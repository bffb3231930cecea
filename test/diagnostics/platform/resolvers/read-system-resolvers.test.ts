import { describe, expect, it } from 'vitest';
import { IPCONFIG_ALL, RESOLV_CONF_PATH, RESOLVED_UPSTREAM_PATH, SCUTIL_DNS, WINDOWS_DNS_JSON } from '../../../../diagnostics/platform/resolvers/command.js';
import { readSystemResolvers } from '../../../../diagnostics/platform/resolvers/read-system-resolvers.js';
import { fixture, scriptedRunner } from './fixture.js';

const files = (table: Record<string, string>) => async (path: string) => table[path] ?? null;
const noFiles = files({});

describe('readSystemResolvers', () => {
  it('names its commands as data: argument arrays, no shell', () => {
    expect(SCUTIL_DNS).toMatchObject({ cmd: 'scutil', args: ['--dns'] });
    expect(IPCONFIG_ALL).toMatchObject({ cmd: 'ipconfig', args: ['/all'] });
    expect(WINDOWS_DNS_JSON.cmd).toBe('powershell.exe');
    expect(WINDOWS_DNS_JSON.args.at(-1)).toBe(
      'Get-DnsClientServerAddress -AddressFamily IPv4 | Select-Object InterfaceAlias,InterfaceIndex,ServerAddresses | ConvertTo-Json',
    );
  });

  describe('Linux', () => {
    it('reads /etc/resolv.conf and runs nothing', async () => {
      const run = scriptedRunner({});
      const r = await readSystemResolvers({ os: 'linux', run, readFile: files({ [RESOLV_CONF_PATH]: fixture('resolv-plain.conf') }) });
      expect(r).toEqual({
        servers: [{ address: '192.0.2.1', scope: 'default' }, { address: 'fe80::1', scope: 'default' }],
        notes: [],
        searchDomains: ['home.example'],
      });
      expect(run.calls).toEqual([]);
    });

    it('follows systemd-resolved\u2019s stub to the real upstreams and reports both', async () => {
      const readFile = files({ [RESOLV_CONF_PATH]: fixture('resolv-stub.conf'), [RESOLVED_UPSTREAM_PATH]: fixture('resolv-upstream.conf') });
      const r = await readSystemResolvers({ os: 'linux', run: scriptedRunner({}), readFile });
      expect(r).toEqual({
        servers: [
          { address: '127.0.0.53', scope: 'default' },
          { address: '192.0.2.1', scope: 'unknown' },
          { address: '2001:db8::1', scope: 'unknown' },
          { address: '198.51.100.53', scope: 'unknown' },
        ],
        notes: ['systemd-resolved stub; upstream resolvers: 192.0.2.1, 2001:db8::1, 198.51.100.53'],
        searchDomains: ['home.example'],
      });
    });

    it('says what is missing instead of failing', async () => {
      expect(await readSystemResolvers({ os: 'linux', run: scriptedRunner({}), readFile: noFiles })).toEqual({
        servers: [],
        notes: ['/etc/resolv.conf is missing'],
      });
      const stubOnly = await readSystemResolvers({ os: 'linux', run: scriptedRunner({}), readFile: files({ [RESOLV_CONF_PATH]: 'nameserver 127.0.0.53\n' }) });
      expect(stubOnly).toEqual({
        servers: [{ address: '127.0.0.53', scope: 'default' }],
        notes: ['systemd-resolved stub; /run/systemd/resolve/resolv.conf is missing, upstream resolvers unknown'],
      });
      const empty = await readSystemResolvers({ os: 'linux', run: scriptedRunner({}), readFile: files({ [RESOLV_CONF_PATH]: '# nothing\n' }) });
      expect(empty.notes).toEqual(['/etc/resolv.conf names no nameserver (the C library then asks 127.0.0.1)']);
    });
  });

  describe('macOS', () => {
    it('runs scutil --dns and keeps supplemental VPN resolvers', async () => {
      const r = await readSystemResolvers({ os: 'darwin', run: scriptedRunner({ scutil: { stdout: fixture('scutil-dns-vpn.txt') } }), readFile: noFiles });
      expect(r.notes).toEqual([]);
      expect(r.searchDomains).toEqual(['home.example']);
      expect(r.servers.filter((s) => s.scope === 'supplemental').map((s) => [s.address, s.domains?.[0]])).toEqual([
        ['198.51.100.53', 'corp.example.com'],
        ['198.51.100.54', 'corp.example.com'],
        ['198.51.100.53', '100.51.198.in-addr.arpa'],
        ['198.51.100.54', '100.51.198.in-addr.arpa'],
      ]);
    });

    it('a scutil that cannot run leaves the list unread, naming it', async () => {
      const r = await readSystemResolvers({ os: 'darwin', run: scriptedRunner({}), readFile: noFiles });
      const why = 'scutil is not installed or not on the PATH (spawn scutil ENOENT)';
      expect(r).toEqual({ servers: [], notes: [why], unread: [why] });
    });
  });

  describe('Windows', () => {
    it('uses PowerShell\u2019s JSON when it works, and does not run ipconfig', async () => {
      const run = scriptedRunner({ 'powershell.exe': { stdout: fixture('windows-dns-several.json') }, ipconfig: { stdout: fixture('ipconfig-all-en.txt') } });
      const r = await readSystemResolvers({ os: 'win32', run, readFile: noFiles });
      expect(r.servers.map((s) => [s.address, s.interface])).toEqual([
        ['198.51.100.53', 'Ethernet 3'],
        ['198.51.100.54', 'Ethernet 3'],
        ['192.0.2.1', 'Wi-Fi'],
      ]);
      expect(r.notes).toEqual([]);
      // The second PowerShell query is the NRPT's (split DNS), which this answer holds no rule of.
      expect(run.calls).toEqual(['powershell.exe', 'powershell.exe']);
    });

    it('falls back to ipconfig /all when PowerShell is missing', async () => {
      const run = scriptedRunner({ ipconfig: { stdout: fixture('ipconfig-all-de.txt') } });
      const r = await readSystemResolvers({ os: 'win32', run, readFile: noFiles });
      expect(r.servers.map((s) => [s.address, s.interface])).toEqual([
        ['198.51.100.53', 'Ethernet 2'],
        ['198.51.100.54', 'Ethernet 2'],
        ['192.0.2.1', 'WLAN'],
      ]);
      expect(r.notes).toEqual(['Get-DnsClientServerAddress not read: powershell.exe is not installed or not on the PATH (spawn powershell.exe ENOENT); read ipconfig /all instead', 'the name resolution policy (NRPT) could not be read; split-DNS rules of a company VPN are not known']);
      expect([...run.calls].sort()).toEqual(['ipconfig', 'powershell.exe', 'powershell.exe']);
    });

    it('falls back when PowerShell is blocked, prints no JSON, or lists no server', async () => {
      const blocked = scriptedRunner({
        'powershell.exe': { exitCode: 1, stderr: 'Get-DnsClientServerAddress : Access is denied.\r\nAt line:1 char:1' },
        ipconfig: { stdout: fixture('ipconfig-all-sv.txt') },
      });
      const r1 = await readSystemResolvers({ os: 'win32', run: blocked, readFile: noFiles });
      expect(r1.servers).toHaveLength(4);
      expect(r1.notes).toEqual(['Get-DnsClientServerAddress not read: powershell.exe failed (exit 1): Get-DnsClientServerAddress : Access is denied; read ipconfig /all instead', 'the name resolution policy (NRPT) could not be read; split-DNS rules of a company VPN are not known']);

      const garbage = scriptedRunner({ 'powershell.exe': { stdout: 'Warnung: kein JSON' }, ipconfig: { stdout: fixture('ipconfig-all-en.txt') } });
      const r2 = await readSystemResolvers({ os: 'win32', run: garbage, readFile: noFiles });
      expect(r2.servers).toHaveLength(5);
      expect(r2.notes).toEqual(['Get-DnsClientServerAddress not read: powershell.exe printed what Homeline cannot read (exit 0); read ipconfig /all instead', 'the name resolution policy (NRPT) could not be read; split-DNS rules of a company VPN are not known']);

      const none = scriptedRunner({ 'powershell.exe': { stdout: '' }, ipconfig: { stdout: '', exitCode: 1 } });
      const r3 = await readSystemResolvers({ os: 'win32', run: none, readFile: noFiles });
      expect(r3).toEqual({
        servers: [],
        notes: ['Get-DnsClientServerAddress listed no DNS server; read ipconfig /all instead', 'ipconfig /all failed (exit 1)'],
      });
    });
  });
});
