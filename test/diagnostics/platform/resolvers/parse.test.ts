import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CommandRunner } from '../../../../diagnostics/platform/command.js';
import { parseResolvConf } from '../../../../diagnostics/platform/resolvers/parse-resolv-conf.js';
import { parseScutilDns } from '../../../../diagnostics/platform/resolvers/parse-scutil-dns.js';
import { parseWindowsDnsJson } from '../../../../diagnostics/platform/resolvers/parse-windows-dns-json.js';
import { readSystemResolvers } from '../../../../diagnostics/platform/resolvers/read-system-resolvers.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const replying = (stdout: string): CommandRunner => async (spec) => ({
  cmd: spec.cmd, args: spec.args, stdout, stderr: '', exitCode: 0, signal: null, timedOut: false, truncated: false, durationMs: 1,
});

describe('system resolvers', () => {
  it('reads resolv.conf, dropping the zone of a link-local server', () => {
    expect(parseResolvConf(fixture('resolv-plain.conf'))).toEqual({ nameservers: ['192.0.2.1', 'fe80::1'], search: ['home.example'] });
  });

  it('follows systemd-resolved\u2019s stub to the real upstreams', async () => {
    const files: Record<string, string> = { '/etc/resolv.conf': fixture('resolv-stub.conf'), '/run/systemd/resolve/resolv.conf': fixture('resolv-upstream.conf') };
    const r = await readSystemResolvers({ os: 'linux', run: replying(''), readFile: async (p) => files[p] ?? null });
    expect(r.servers.map((s) => [s.address, s.scope])).toEqual([['127.0.0.53', 'default'], ['192.0.2.1', 'unknown'], ['198.51.100.53', 'unknown']]);
  });

  it('reads macOS scutil --dns: default, VPN supplemental and scoped resolvers', () => {
    expect(parseScutilDns(fixture('scutil-dns-vpn.txt'))).toEqual([
      { address: '192.0.2.1', scope: 'default', interface: 'en0' },
      { address: '198.18.20.53', scope: 'supplemental', interface: 'utun4', domains: ['corp.example'] },
      { address: '192.0.2.1', scope: 'scoped', interface: 'en0' },
    ]);
  });

  it('reads Windows Get-DnsClientServerAddress JSON, one object or many', async () => {
    const r = await readSystemResolvers({ os: 'win32', run: replying(fixture('windows-dns.json')), readFile: async () => null });
    expect(r.servers.map((s) => [s.address, s.interface])).toEqual([['192.0.2.1', 'WLAN'], ['198.18.20.53', 'Ethernet 2'], ['198.18.20.54', 'Ethernet 2']]);
    expect(parseWindowsDnsJson('{"InterfaceAlias":"WLAN","ServerAddresses":"192.0.2.1"}')).toEqual([{ address: '192.0.2.1', scope: 'unknown', interface: 'WLAN' }]);
  });

  it('says what is missing instead of failing', async () => {
    const r = await readSystemResolvers({ os: 'linux', run: replying(''), readFile: async () => null });
    expect(r).toEqual({ servers: [], notes: ['/etc/resolv.conf is missing'] });
  });

  it('never throws on garbage', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        parseResolvConf(s);
        parseScutilDns(s);
        parseWindowsDnsJson(s);
      }),
      { numRuns: 800 },
    );
    fc.assert(fc.property(fc.jsonValue(), (v) => void parseWindowsDnsJson(JSON.stringify(v))), { numRuns: 300 });
  });
});
