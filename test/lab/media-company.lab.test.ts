import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announceReadiness } from './announce-readiness.js';
import { reportDigest, type LabProbe } from './lab-report.js';
import { LabSession } from './lab-session.js';
import { companyDropsUdp, COMPANY_STUN, startCompanyStun } from './media-company.js';
import { mediaProfilePath, mediaReadiness } from './media-scenarios.js';
import { companyReadiness } from './prerequisites.js';
import { assertBuilt, runCheck } from './run-check.js';
import type { Undo } from './faults.js';

// The company's share of a bad UDP path, against the real, built check in a company lab
// (OpenVPN over TCP 443): STUN servers inside the company, reached through the tunnel. The
// check must learn the tunnel's transport from the OpenVPN process it runs beside, and name the
// company only when UDP through the tunnel is silent while TCP through it opens.

const readiness = await (async () => {
  const company = await companyReadiness();
  return company.ok ? mediaReadiness() : company;
})();
announceReadiness('media company lab', readiness);

const probe = (probes: readonly LabProbe[], id: string): LabProbe | undefined => probes.find((p) => p.id === id);

describe.skipIf(!readiness.ok)('media company lab', () => {
  let session: LabSession | undefined;
  let undoStun: Undo | undefined;

  beforeAll(async () => {
    assertBuilt();
    session = await LabSession.open({ company: true });
    undoStun = await startCompanyStun(session.lab);
  });

  afterAll(async () => {
    await undoStun?.().catch(() => undefined);
    await session?.close();
  });

  const check = async (faulty: boolean) => {
    if (session === undefined) throw new Error('the company lab was not built');
    const undo = faulty ? await companyDropsUdp(session.lab) : null;
    try {
      return await runCheck(session.lab, { profile: mediaProfilePath(undefined, 'media-company.json'), timeoutMs: 60_000 });
    } finally {
      await undo?.();
    }
  };

  it('media-company-healthy: UDP through the tunnel works; the tunnel is known to run over TCP to the gateway', async () => {
    const run = await check(false);
    const media = probe(run.report.probes, 'media-path')?.data as { udp?: string; localAddress?: string } | undefined;
    const vpn = probe(run.report.probes, 'vpn-client')?.data as { transports?: unknown } | undefined;
    const context = `${reportDigest(run.report)}\nmedia-path: ${JSON.stringify(media)}\nvpn-client: ${JSON.stringify(vpn)}`;
    expect(media?.udp, context).toBe('works');
    expect(media?.localAddress, context).toBe('198.18.99.2');
    expect(vpn?.transports, context).toEqual([{ interface: 'tun0', transport: 'tcp', source: 'config', remote: { host: '203.0.113.100', port: 443 }, note: null }]);
    const ids = run.report.findings.map((f) => f.id);
    expect(ids, context).not.toContain('media.udp-blocked-vpn');
    expect(ids, context).not.toContain('media.udp-blocked');
  });

  it(`media-company-udp-blocked: the company gateway drops UDP out of the tunnel; STUN to ${COMPANY_STUN.lan} and ${COMPANY_STUN.second} silent, TCP open: the company is named`, async () => {
    const run = await check(true);
    const media = probe(run.report.probes, 'media-path')?.data as { udp?: string } | undefined;
    const edt = probe(run.report.probes, 'citrix-edt')?.data as { edt?: string; localAddress?: string } | undefined;
    const context = `${reportDigest(run.report)}\nmedia-path: ${JSON.stringify(media)}\ncitrix-edt: ${JSON.stringify(edt)}`;
    expect(media?.udp, context).toBe('blocked');
    const byId = new Map(run.report.findings.map((f) => [f.id, f]));
    expect(byId.get('media.udp-blocked-vpn')?.segment, context).toBe('vpn');
    // The StoreFront host stands for the Gateway here, reached through the tunnel too.
    expect(edt?.edt, context).toBe('blocked');
    expect(byId.get('media.edt-fallback')?.segment, context).toBe('vpn');
    expect(run.report.verdict.segment, context).toBe('vpn');
    expect(run.exitCode, context).toBe(1);
  });
});
