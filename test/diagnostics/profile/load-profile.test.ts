import { mkdtemp, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProfileFile, parseProfile, ProfileError, resolveTargets } from '../../../diagnostics/profile/load-profile.js';

describe('profile loading', () => {
  it('accepts the contract example and keeps unknown keys', () => {
    const p = parseProfile(
      JSON.stringify({
        internet: { pingTargets: ['198.51.100.10'], dnsNames: ['www.example.com'], publicResolvers: ['198.51.100.54'], httpsUrls: ['https://www.example.com/'], captivePortalUrl: 'http://198.51.100.80/generate_204' },
        throughput: { downloadUrl: 'http://198.51.100.80/big.bin', uploadUrl: 'http://198.51.100.80/upload', minDownloadMbps: 10, minUploadMbps: 2 },
        vpn: { gateways: [{ host: 'vpn.example.com', port: 443 }], internalDnsNames: ['intranet.corp.example'], internalHosts: [{ host: '10.20.0.80', port: 443 }] },
        citrix: { storefrontUrl: 'https://storefront.corp.example/Citrix/StoreWeb/', sessionHosts: [{ host: '10.20.1.10', port: 1494 }] },
        futureSection: { x: 1 },
      }),
      'p.json',
    );
    expect(p.internet?.pingTargets).toEqual(['198.51.100.10']);
    expect((p as Record<string, unknown>).futureSection).toEqual({ x: 1 });
  });

  it.each([
    ['{"internet": {"pingTargets": "198.51.100.10"}}', /p\.json: field internet\.pingTargets .*expected array/],
    ['{"internet": {"httpsUrls": ["ftp://x"]}}', /p\.json: field internet\.httpsUrls\[0\] must be an http:\/\/ or https:\/\/ address, not "ftp:\/\/x"/],
    ['{"vpn": {"gateways": [{"host": "vpn", "port": 70000}]}}', /p\.json: field vpn\.gateways\[0\]\.port .*65535/],
    ['{"throughput": {"minDownloadMbps": -3}}', /p\.json: field throughput\.minDownloadMbps/],
    ['[1,2]', /p\.json: field \(top level\)/],
    ['{"internet": ', /p\.json: not valid JSON/],
  ])('refuses %s in one sentence naming file and field', (text, message) => {
    expect(() => parseProfile(text, 'p.json')).toThrow(ProfileError);
    expect(() => parseProfile(text, 'p.json')).toThrow(message);
  });

  it('names a missing file', async () => {
    await expect(loadProfileFile('/nonexistent/profile.json')).rejects.toThrow('/nonexistent/profile.json: cannot read the profile (file not found).');
  });

  it('prefers the profile file, then the policy, and refuses built-in targets under test', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'hl-profile-'));
    const file = path.join(dir, 'p.json');
    await writeFile(file, '{"internet":{"pingTargets":["192.0.2.7"]}}');
    expect((await resolveTargets(file)).internet.pingTargets).toEqual(['192.0.2.7']);
    expect((await resolveTargets(undefined, { internet: { dnsNames: ['a.example'] } })).source).toBe('policy');
    await expect(resolveTargets(undefined)).rejects.toThrow(/built-in targets are disabled/);
  });

  describe('at the door', () => {
    const many = Array.from({ length: 51 }, (_, i) => `h${i}.example`);
    it.each([
      [{ internet: { pingTargets: ['-oProxyCommand=x'] } }, 'field internet.pingTargets[0] must be a host name (letters, digits, hyphens and dots, RFC 1123) or an IP address, not "-oProxyCommand=x".'],
      [{ vpn: { gateways: [{ host: '-oProxyCommand=x', port: 443 }] } }, 'field vpn.gateways[0].host must be a host name'],
      [{ internet: { dnsNames: ['a b.example'] } }, 'field internet.dnsNames[0] must be a host name'],
      [{ vpn: { internalDnsNames: ['$(id).corp'] } }, 'not "$(id).corp"'],
      [{ internet: { httpsUrls: ['https://-oX=y/'] } }, 'field internet.httpsUrls[0] must be an address whose host is a host name or an IP address, not "https://-oX=y/"'],
      [{ citrix: { storefrontUrl: 'javascript:alert(1)' } }, 'field citrix.storefrontUrl must be an http:// or https:// address'],
      [{ vpn: { gateways: [{ host: 'vpn', port: 0 }] } }, 'field vpn.gateways[0].port must be a port number from 1 to 65535, not 0.'],
      [{ vpn: { gateways: [{ host: 'vpn', port: 70000 }] } }, 'port must be a port number from 1 to 65535, not 70000.'],
      [{ citrix: { sessionHosts: [{ host: 'ctx', port: '1494' }] } }, 'port must be a port number from 1 to 65535, not "1494".'],
      [{ vpn: { internalHosts: [{ host: 'x', port: 1.5 }] } }, 'not 1.5.'],
      [{ internet: { pingTargets: many } }, 'field internet.pingTargets may hold at most 50 entries, not 51.'],
      [{ throughput: { minDownloadMbps: 1e12 } }, 'field throughput.minDownloadMbps must be a speed in Mbit/s above 0 and at most 100,000, not 1000000000000.'],
      [{ internet: { httpsUrls: [`https://x.example/${'a'.repeat(2100)}`] } }, 'must be an address of at most 2,048 characters'],
    ])('refuses %j naming the field, the rule and the value', (profile, message) => {
      expect(() => parseProfile(JSON.stringify(profile), 'p.json')).toThrow(ProfileError);
      expect(() => parseProfile(JSON.stringify(profile), 'p.json')).toThrow(message);
    });

    it('words the rule in German and Swedish', () => {
      const text = JSON.stringify({ internet: { pingTargets: ['-oProxyCommand=x'] } });
      expect(() => parseProfile(text, 'p.json', 'de')).toThrow('p.json: Feld internet.pingTargets[0] muss ein Hostname');
      expect(() => parseProfile(text, 'p.json', 'sv')).toThrow('p.json: fältet internet.pingTargets[0] måste vara ett värdnamn');
      expect(() => parseProfile('{', 'p.json', 'de')).toThrow('p.json: kein gültiges JSON');
    });

    it('takes a bracketed IPv6 literal as the address, and 50 targets per list', () => {
      const p = parseProfile(JSON.stringify({ internet: { pingTargets: ['[::1]', '2001:db8::1', ...many.slice(0, 48)] }, vpn: { gateways: [{ host: '[2001:db8::443]', port: 443 }] } }), 'p.json');
      expect(p.internet?.pingTargets?.slice(0, 2)).toEqual(['::1', '2001:db8::1']);
      expect(p.internet?.pingTargets).toHaveLength(50);
      expect(p.vpn?.gateways?.[0]?.host).toBe('2001:db8::443');
      expect(parseProfile('{"internet":{"httpsUrls":["https://[::1]:8443/x"]}}', 'p.json').internet?.httpsUrls).toEqual(['https://[::1]:8443/x']);
    });

    it('accepts a UTF-8 byte-order mark', async () => {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'hl-profile-'));
      const file = path.join(dir, 'bom.json');
      await writeFile(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"internet":{"pingTargets":["192.0.2.7"]}}')]));
      expect((await loadProfileFile(file)).internet?.pingTargets).toEqual(['192.0.2.7']);
      expect(parseProfile('\uFEFF{}', 'p.json')).toEqual({});
    });

    it('refuses a 50 MB profile before reading it, naming its size and the limit', async () => {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'hl-profile-'));
      const file = path.join(dir, 'huge.json');
      await writeFile(file, '');
      await truncate(file, 50 * 1024 * 1024); // sparse: nothing is written, and nothing may be read
      const started = process.memoryUsage().rss;
      await expect(loadProfileFile(file)).rejects.toThrow(`${file}: the profile is 52,428,800 bytes; a profile may be at most 1,048,576 bytes, so it was not read.`);
      expect(process.memoryUsage().rss - started).toBeLessThan(40 * 1024 * 1024);
    });

    it('refuses a file without a size (a device) after one byte past the limit', async () => {
      await expect(loadProfileFile('/dev/zero')).rejects.toThrow(/\/dev\/zero: the profile is 1,048,577 bytes/);
    });
  });
});
