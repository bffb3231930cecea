import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNetAdapterCim } from '../../../../diagnostics/platform/windows-cim/parse-net-adapter-cim.js';
import { parseNetConnectionProfile } from '../../../../diagnostics/platform/windows-cim/parse-net-connection-profile.js';
import { parseNetIpConfiguration } from '../../../../diagnostics/platform/windows-cim/parse-net-ip-configuration.js';
import { parseNrptPolicy } from '../../../../diagnostics/platform/windows-cim/parse-nrpt-policy.js';
import { parseEchoJson } from '../../../../diagnostics/net/ping/parse-echo-json.js';
import { parseWindowsDefaultRoute } from '../../../../diagnostics/platform/routes/parse-windows.js';

// PowerShell/CIM JSON that people published from their own Windows machines (and a few written
// samples marked `written`), provenance in test/fixtures/windows-cim/corpus.json. Each golden file
// beside a sample holds what the parser must read from it, checked by hand against the JSON.
// Written with REGENERATE_GOLDEN=1 only when a parser's output shape changes on purpose.

const ROOT = 'test/fixtures/windows-cim';

interface Entry {
  readonly file: string;
  readonly query: string;
  readonly source: string;
  readonly os: string;
  readonly language: string;
  readonly written: boolean;
}

const READERS: Readonly<Record<string, (text: string) => unknown>> = {
  'get-netadapter': parseNetAdapterCim,
  'get-netipconfiguration': parseNetIpConfiguration,
  'get-netconnectionprofile': parseNetConnectionProfile,
  'get-netroute': parseWindowsDefaultRoute,
  'get-dnsclientnrptpolicy': parseNrptPolicy,
  'echo-dotnet-ping': parseEchoJson,
  'win32-pingstatus': parseEchoJson,
  'test-connection': parseEchoJson,
};

const corpus = JSON.parse(readFileSync(path.join(ROOT, 'corpus.json'), 'utf8')) as Entry[];

describe('the PowerShell/CIM JSON corpus', () => {
  it('gives each sample its query, source, OS and language; written ones say so', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(6);
    for (const e of corpus) {
      expect(Object.keys(READERS), e.file).toContain(e.query);
      expect(e.source.length, e.file).toBeGreaterThan(20);
      expect(e.os, e.file).toMatch(/^Windows/);
      expect(e.language, e.file).toMatch(/^[a-z]{2}$/);
      expect(e.written, e.file).toBe(e.source.startsWith('written for Homeline'));
    }
    expect(corpus.filter((e) => !e.written).length).toBeGreaterThanOrEqual(4);
  });

  describe.each(corpus.map((e) => [e.file, e] as const))('%s', (_, e) => {
    const text = readFileSync(path.join(ROOT, e.file), 'utf8');
    it('reads every value the golden file holds', () => {
      const golden = JSON.parse(readFileSync(path.join(ROOT, `${e.file}.golden.json`), 'utf8')) as unknown;
      expect(READERS[e.query]!(text)).toEqual(golden);
    });
  });
});
