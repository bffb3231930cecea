import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captivePortalProbe, type CaptivePortalData } from '../../../diagnostics/probes/captive-portal.js';
import type { CommandRunner } from '../../../diagnostics/platform/command.js';
import { fakeOutput } from '../../support/fake-runner.js';
import { probeContext } from './probe-context.js';

// On Windows the captive-portal probe also reads Windows' own connectivity test (NCSI) per network
// profile from Get-NetConnectionProfile's numbers, as a second witness beside its own HTTP check.

const PROFILES = readFileSync('test/fixtures/windows-cim/get-netconnectionprofile-de-domain.json', 'utf8');
let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer((_req, res) => {
    res.statusCode = 204;
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/generate_204`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const answering = (stdout: string | null): CommandRunner => (spec) =>
  Promise.resolve(fakeOutput(spec, stdout === null ? { spawnError: `spawn ${spec.cmd} ENOENT` } : stdout));

describe('captive portal on Windows', () => {
  it("adds Windows' connectivity per profile, read from numbers", async () => {
    const out = await captivePortalProbe.run(probeContext<CaptivePortalData>('win32', answering(PROFILES), { internet: { captivePortalUrl: url } }));
    expect(out.status).toBe('ok');
    expect(out.data.check?.state).toBe('open');
    expect(out.data.windowsProfiles?.map((p) => [p.alias, p.category, p.ipv4])).toEqual(
      JSON.parse(readFileSync('test/fixtures/windows-cim/get-netconnectionprofile-de-domain.json.golden.json', 'utf8')).map((p: { alias: string; category: string; ipv4: string }) => [p.alias, p.category, p.ipv4]),
    );
  });

  it('says null, not "no internet", when PowerShell could not run, and adds nothing elsewhere', async () => {
    const win = await captivePortalProbe.run(probeContext<CaptivePortalData>('win32', answering(null), { internet: { captivePortalUrl: url } }));
    expect(win.data.windowsProfiles).toBeNull();
    expect(win.status).toBe('ok');
    const linux = await captivePortalProbe.run(probeContext<CaptivePortalData>('linux', answering(PROFILES), { internet: { captivePortalUrl: url } }));
    expect(linux.data).not.toHaveProperty('windowsProfiles');
  });
});
