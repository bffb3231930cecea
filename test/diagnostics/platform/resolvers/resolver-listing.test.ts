import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ipconfigListing } from '../../../../diagnostics/platform/resolvers/parse-ipconfig-dns.js';
import { scutilListing } from '../../../../diagnostics/platform/resolvers/parse-scutil-dns.js';
import { windowsDnsListing } from '../../../../diagnostics/platform/resolvers/parse-windows-dns-json.js';
import { readSystemResolvers } from '../../../../diagnostics/platform/resolvers/read-system-resolvers.js';
import { RESOLV_CONF_PATH } from '../../../../diagnostics/platform/resolvers/command.js';
import { fixture, scriptedRunner } from './fixture.js';

// #16: a resolver-listing tool that prints garbage with exit 0 must not read as "this computer has
// no resolver". Each listing is read by its structure into one of three states.

// Written for this test: outputs of broken or foreign tools, exit 0.
const GARBAGE = [
  '',
  randomBytes(4096).toString('latin1'),
  'Zeitüberschreitung der Anforderung. Schnittstelle nicht gefunden\n要求がタイムアウトしました\nانتهت مهلة الطلب\n',
  'scutil 1.0: dev wlan0 state conn',
  'y\n'.repeat(1000),
];
const kinds = (texts: readonly string[], read: (s: string) => { kind: string }): string[] => [...new Set(texts.map((t) => read(t).kind))];

describe('scutilListing (macOS scutil --dns)', () => {
  it('lists the servers of real-shaped output', () => {
    expect(scutilListing(fixture('scutil-dns-home.txt')).kind).toBe('listed');
  });
  it('"none" only for scutil\u2019s own shape: no DNS configuration, or blocks without a nameserver (mDNS only)', () => {
    expect(scutilListing('No DNS configuration available\n')).toEqual({ kind: 'none' });
    const mdnsOnly = 'DNS configuration\n\nresolver #1\n  domain   : local\n  options  : mdns\n  timeout  : 5\n  flags    : Request A records\n  reach    : 0x00000000 (Not Reachable)\n  order    : 300000\n';
    expect(scutilListing(mdnsOnly)).toEqual({ kind: 'none' });
  });
  it('unreadable for garbage, prose, empty output and a run cut mid-line', () => {
    expect(kinds(GARBAGE, scutilListing)).toEqual(['unreadable']);
    const home = fixture('scutil-dns-home.txt');
    const cut = home.slice(0, home.indexOf('nameserver[0]') + 'namese'.length);
    expect(scutilListing(cut)).toEqual({ kind: 'unreadable' });
    // A heading and then something else is not scutil's output either.
    expect(scutilListing('DNS configuration\n\nresolver #1\n  Fehler beim Lesen der Konfiguration\n')).toEqual({ kind: 'unreadable' });
  });
  // A quadratic regex on a 200,000-character line would take hours: the generous timeout catches
  // that without failing on a loaded machine.
  it('never says "none" for text without a DNS configuration heading, and finishes on long lines', { timeout: 60_000 }, () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => /DNS configuration/.test(s) || scutilListing(s).kind !== 'none'), { numRuns: 200 });
    expect(scutilListing(`DNS configuration\n\nresolver #1\n a${' '.repeat(200_000)}\n`)).toEqual({ kind: 'unreadable' });
    expect(scutilListing(`DNS configuration\n\nresolver #1\n  domain${' '.repeat(200_000)}x\n`)).toEqual({ kind: 'unreadable' });
  });
});

describe('windowsDnsListing (Get-DnsClientServerAddress | ConvertTo-Json)', () => {
  it('lists the servers; adapters with an empty list, an empty array or an empty pipeline are "none"', () => {
    expect(windowsDnsListing(fixture('windows-dns-several.json')).kind).toBe('listed');
    expect(windowsDnsListing('{"InterfaceAlias":"Ethernet","InterfaceIndex":7,"ServerAddresses":[]}')).toEqual({ kind: 'none' });
    expect(windowsDnsListing('{"InterfaceAlias":"Ethernet","InterfaceIndex":7,"ServerAddresses":null}')).toEqual({ kind: 'none' });
    expect(windowsDnsListing('[]')).toEqual({ kind: 'none' });
    expect(windowsDnsListing('')).toEqual({ kind: 'none' });
  });
  it('unreadable when the JSON does not have the selected shape, or is no JSON', () => {
    for (const text of ['"Access denied"', '42', 'null', '[1,2]', '{"Name":"Wi-Fi","Status":"Up"}', '[{"InterfaceAlias":"WLAN","ServerAddresses":[]},{"Name":"x"}]', 'Get-DnsClientServerAddress : Access denied', '{"InterfaceAlias":"WLAN","ServerAddresses":[1]}']) {
      expect(windowsDnsListing(text), text).toEqual({ kind: 'unreadable' });
    }
    expect(kinds(GARBAGE.slice(1), windowsDnsListing)).toEqual(['unreadable']);
  });
});

describe('ipconfigListing (ipconfig /all, any language)', () => {
  it('lists the servers of en/de/sv output', () => {
    for (const f of ['ipconfig-all-en.txt', 'ipconfig-all-de.txt', 'ipconfig-all-sv.txt']) expect(ipconfigListing(fixture(f)).kind, f).toBe('listed');
  });
  it('"none" for ipconfig\u2019s shape without a DNS line (the German fixture with its DNS lines taken out)', () => {
    const de = fixture('ipconfig-all-de.txt')
      .split('\n')
      .filter((l) => !/DNS-Server|^\s+[0-9a-f.:]+\s*\r?$/i.test(l))
      .join('\n');
    expect(ipconfigListing(de)).toEqual({ kind: 'none' });
  });
  it('unreadable for garbage, prose and empty output', () => {
    expect(kinds(GARBAGE, ipconfigListing)).toEqual(['unreadable']);
  });
});

describe('readSystemResolvers: listed, none for sure, or unread naming the tool', () => {
  const noFiles = async (): Promise<null> => null;
  it('macOS: scutil garbage with exit 0 is unread, naming scutil; its "no configuration" is none', async () => {
    const garbage = await readSystemResolvers({ os: 'darwin', run: scriptedRunner({ scutil: { stdout: GARBAGE[2]! } }), readFile: noFiles });
    expect(garbage.servers).toEqual([]);
    expect(garbage.unread).toEqual(['scutil printed what Homeline cannot read (exit 0)']);
    const none = await readSystemResolvers({ os: 'darwin', run: scriptedRunner({ scutil: { stdout: 'No DNS configuration available\n' } }), readFile: noFiles });
    expect(none).toEqual({ servers: [], notes: ['scutil --dns lists no nameserver'] });
    const failed = await readSystemResolvers({ os: 'darwin', run: scriptedRunner({ scutil: { stdout: 'No DNS configuration available\n', exitCode: 1 } }), readFile: noFiles });
    expect(failed.unread).toEqual(['scutil failed (exit 1)']);
  });
  it('Windows: both tools unreadable is unread naming both; either one\u2019s clean "none" is an answer', async () => {
    const both = await readSystemResolvers({ os: 'win32', run: scriptedRunner({ 'powershell.exe': { stdout: '"x"' }, ipconfig: { stdout: GARBAGE[1]! } }), readFile: noFiles });
    expect(both.servers).toEqual([]);
    expect(both.unread).toEqual(['powershell.exe printed what Homeline cannot read (exit 0)', 'ipconfig printed what Homeline cannot read (exit 0)']);
    const psNone = await readSystemResolvers({ os: 'win32', run: scriptedRunner({ 'powershell.exe': { stdout: '[]' }, ipconfig: { stdout: GARBAGE[2]! } }), readFile: noFiles });
    expect(psNone.unread).toBeUndefined();
    expect(psNone.notes).toEqual(['Get-DnsClientServerAddress listed no DNS server; read ipconfig /all instead', 'ipconfig printed what Homeline cannot read (exit 0)']);
    const ipNone = fixture('ipconfig-all-en.txt').split('\n').filter((l) => !/DNS Servers|^\s+[0-9a-f.:]+\s*\r?$/i.test(l)).join('\n');
    const ipconfigNone = await readSystemResolvers({ os: 'win32', run: scriptedRunner({ 'powershell.exe': { stdout: 'kein JSON' }, ipconfig: { stdout: ipNone } }), readFile: noFiles });
    expect(ipconfigNone.servers).toEqual([]);
    expect(ipconfigNone.unread).toBeUndefined();
  });
  it('Linux: a resolv.conf that exists but cannot be read is unread; a missing one, or one without nameservers, is none', async () => {
    const denied = async (): Promise<string | null> => {
      throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    };
    const r = await readSystemResolvers({ os: 'linux', run: scriptedRunner({}), readFile: denied });
    expect(r.unread).toEqual([`${RESOLV_CONF_PATH} could not be read (EACCES)`]);
    expect((await readSystemResolvers({ os: 'linux', run: scriptedRunner({}), readFile: noFiles })).unread).toBeUndefined();
    const binary = await readSystemResolvers({ os: 'linux', run: scriptedRunner({}), readFile: async () => GARBAGE[1]! });
    expect(binary.unread).toBeUndefined();
  });
});
