import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CommandOutput, CommandSpec } from '../../../../diagnostics/platform/command.js';
import { readSystemResolvers } from '../../../../diagnostics/platform/resolvers/read-system-resolvers.js';
import { domainCovers, resolversForName, splitDnsRules } from '../../../../diagnostics/platform/resolvers/split-dns.js';
import { fixture } from './fixture.js';

// The NRPT a company VPN installs, read from PowerShell's JSON, decides which resolver an internal
// name goes to, as Windows itself does.

const NRPT_SAMPLE = readFileSync('test/fixtures/windows-cim/get-dnsclientnrptpolicy-sv-written.json', 'utf8');

function windowsRunner(nrpt: Partial<CommandOutput>) {
  const calls: string[] = [];
  const run = async (spec: CommandSpec): Promise<CommandOutput> => {
    const script = spec.args.at(-1) ?? '';
    const answer: Partial<CommandOutput> = script.includes('Get-DnsClientNrptPolicy') ? nrpt : script.includes('Get-DnsClientServerAddress') ? { stdout: fixture('windows-dns-several.json') } : { spawnError: `spawn ${spec.cmd} ENOENT` };
    calls.push(script.includes('Nrpt') ? 'nrpt' : spec.cmd);
    return { cmd: spec.cmd, args: spec.args, stdout: '', stderr: '', exitCode: answer.spawnError ? null : 0, signal: null, timedOut: false, truncated: false, durationMs: 1, ...answer };
  };
  return Object.assign(run, { calls });
}

describe('split DNS on Windows (NRPT)', () => {
  it('adds the NRPT servers as supplemental resolvers with their namespaces, exemptions left out', async () => {
    const run = windowsRunner({ stdout: NRPT_SAMPLE });
    const r = await readSystemResolvers({ os: 'win32', run, readFile: async () => null });
    expect(r.servers.filter((s) => s.scope === 'supplemental')).toEqual([
      { address: '10.20.0.53', scope: 'supplemental', domains: ['.corp.example.com', 'corp.example.com'] },
      { address: '10.20.1.53', scope: 'supplemental', domains: ['.corp.example.com', 'corp.example.com'] },
      { address: '10.20.0.53', scope: 'supplemental', domains: ['.intra.example.net'] },
    ]);
    // The adapters' resolvers are still read from their own query.
    expect(r.servers.filter((s) => s.scope !== 'supplemental').map((s) => s.address)).toEqual(['198.51.100.53', '198.51.100.54', '192.0.2.1']);
    expect(r.notes).toEqual([]);
    expect(run.calls).toContain('nrpt');
  });

  it('says so when the NRPT could not be read, and reads the rest as before', async () => {
    const r = await readSystemResolvers({ os: 'win32', run: windowsRunner({ exitCode: 1, stderr: 'Access is denied.' }), readFile: async () => null });
    expect(r.servers.map((s) => s.scope)).not.toContain('supplemental');
    expect(r.servers).toHaveLength(3);
    expect(r.notes).toEqual(['the name resolution policy (NRPT) could not be read; split-DNS rules of a company VPN are not known']);
  });
});

describe('which resolver an internal name goes to', () => {
  it('reads a leading dot as "below this" and a bare domain as itself and below', () => {
    expect(domainCovers('.corp.example.com', 'git.corp.example.com')).toBe(true);
    expect(domainCovers('.corp.example.com', 'corp.example.com')).toBe(false);
    expect(domainCovers('corp.example.com', 'corp.example.com.')).toBe(true);
    expect(domainCovers('corp.example.com', 'GIT.Corp.Example.com')).toBe(true);
    expect(domainCovers('corp.example.com', 'notcorp.example.com')).toBe(false);
    expect(domainCovers('.', 'anything.example')).toBe(false);
  });

  it('picks the most specific rule, and the adapters\u2019 resolvers for names no rule covers', () => {
    const rules = splitDnsRules([
      { address: '10.20.0.53', scope: 'supplemental', domains: ['.example.com'] },
      { address: '10.20.1.53', scope: 'supplemental', domains: ['.corp.example.com'] },
      { address: '10.20.2.53', scope: 'supplemental', domains: ['.corp.example.com'] },
      { address: '192.0.2.1', scope: 'unknown' },
    ]);
    expect(rules).toHaveLength(3);
    expect(resolversForName('git.corp.example.com', ['192.0.2.1'], rules)).toEqual(['10.20.1.53', '10.20.2.53']);
    expect(resolversForName('www.example.com', ['192.0.2.1'], rules)).toEqual(['10.20.0.53']);
    expect(resolversForName('intranet.example.org', ['192.0.2.1'], rules)).toEqual(['192.0.2.1']);
  });
});
