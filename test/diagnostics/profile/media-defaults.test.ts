import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PROFILE } from '../../../diagnostics/profile/defaults.js';
import { parseProfile, resolveTargets } from '../../../diagnostics/profile/load-profile.js';
import { targetsFromProfile } from '../../../diagnostics/profile/targets.js';
import { mediaPathProbe } from '../../../diagnostics/probes/media-path.js';
import { routerWanProbe } from '../../../diagnostics/probes/router-wan.js';

// The public STUN defaults (issue #19) exist for real machines only: a profile replaces them, tests
// refuse the built-in targets altogether, and no profile the tests or the lab use names them.

const DEFAULT_HOSTS = (BUILTIN_PROFILE.media?.stunServers ?? []).map((s) => s.host);
const LAB_PROFILES = join(import.meta.dirname, '..', '..', 'lab', 'profiles');

describe('default STUN servers', () => {
  it('are the public services of conferencing providers, in two networks, on real machines', () => {
    const t = targetsFromProfile(BUILTIN_PROFILE, 'defaults');
    expect(t.media?.stunServers.map((s) => `${s.host}:${s.port}`)).toEqual(['stun.l.google.com:19302', 'stun.cloudflare.com:3478']);
  });

  it('are replaced by any profile, which names its own or none (a profile never mixes with the defaults)', () => {
    expect(targetsFromProfile(parseProfile(JSON.stringify({ internet: { pingTargets: ['203.0.113.10'] } }), 'p.json'), 'profile').media?.stunServers).toEqual([]);
    const own = targetsFromProfile(parseProfile(JSON.stringify({ media: { stunServers: [{ host: '203.0.113.78', port: 3478 }] } }), 'p.json'), 'profile');
    expect(own.media?.stunServers).toEqual([{ host: '203.0.113.78', port: 3478 }]);
  });

  it('cannot be reached from tests: without a profile the loader refuses the built-in targets', async () => {
    expect(process.env.HOMELINE_NO_BUILTIN_TARGETS).toBeTruthy();
    await expect(resolveTargets(undefined)).rejects.toThrow(/built-in targets are disabled/);
  });

  it('appear in no lab profile, whose STUN servers are all lab addresses', async () => {
    const files = (await readdir(LAB_PROFILES)).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = await readFile(join(LAB_PROFILES, file), 'utf8');
      for (const host of DEFAULT_HOSTS) expect(text, file).not.toContain(host);
      const servers = parseProfile(text, file).media?.stunServers ?? [];
      // The lab's ranges: documentation addresses (RFC 5737), and the company lab's benchmarking range 198.18.0.0/15 (RFC 2544).
      for (const s of servers) expect(s.host, file).toMatch(/^(192\.0\.2\.|198\.51\.100\.|203\.0\.113\.|198\.1[89]\.\d+\.)\d+$/);
    }
  });

  it('leave the probe silent for a profile without STUN servers: skipped before any socket opens', async () => {
    const targets = targetsFromProfile(parseProfile(JSON.stringify({ internet: { pingTargets: ['203.0.113.10'] } }), 'p.json'), 'profile');
    const results = { of: () => ({ status: 'ok', data: { adapters: [], defaultRoute: { gateway: '192.0.2.1', interface: 'eth0' } } }), all: () => [] };
    const r = await mediaPathProbe.run({ targets, quick: true, os: 'linux', results, signal: new AbortController().signal } as never);
    expect(r.status).toBe('skipped');
    expect(r.data.servers).toEqual([]);
    expect(r.error).toMatch(/no STUN server/);
  });

  it('leave the router unasked (NAT-PMP) for a profile without STUN servers', async () => {
    const targets = targetsFromProfile(parseProfile(JSON.stringify({ internet: { pingTargets: ['203.0.113.10'] } }), 'p.json'), 'profile');
    const results = { of: () => ({ status: 'ok', data: { adapters: [], defaultRoute: { gateway: '192.0.2.1', interface: 'eth0' } } }), all: () => [] };
    const r = await routerWanProbe.run({ targets, quick: true, os: 'linux', results, signal: new AbortController().signal } as never);
    expect(r).toMatchObject({ status: 'skipped', data: { router: null, natPmp: null, wanAddress: null } });
    expect(r.error).toMatch(/no STUN server/);
  });
});
