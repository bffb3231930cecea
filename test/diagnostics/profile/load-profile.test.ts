import { mkdtemp, writeFile } from 'node:fs/promises';
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
    ['{"internet": {"httpsUrls": ["ftp://x"]}}', /p\.json: field internet\.httpsUrls\[0\] must be an http\(s\) URL/],
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
});
