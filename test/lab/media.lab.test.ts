import { expect, it } from 'vitest';
import { describeLab } from './describe-lab.js';
import { reportDigest, type LabProbe } from './lab-report.js';
import { applyMediaFault, type MediaFault } from './media-faults.js';
import { applyFault, type HomeFaultSpec, type Undo } from './faults.js';
import { MEDIA_LOSS_TOLERANCE_PP, MEDIA_SCENARIOS, mediaProfilePath, mediaReadiness } from './media-scenarios.js';
import { startMediaServices } from './media-services.js';
import { runCheck } from './run-check.js';

// The real-time checks against the real, built `homeline check --profile profiles/media.json` in
// the home lab, with coturn (two STUN addresses) and an OpenSSL DTLS listener standing in for the
// Citrix Gateway's EDT port. Each scenario asserts the verdict, the findings and the measured
// figures against what was injected. Jitter is made without netem: answers queue behind bursts
// of other UDP in a slow htb class (media-faults.ts), and the measured jitter is held to what that
// queue can produce (media-scenarios.ts JITTER_EXPECTED_MS).

type MediaPath = {
  udp?: string;
  grade?: string | null;
  nat?: string;
  mapping?: string;
  pooled?: { sent: number; received: number; lossPct: number; rttAvgMs: number | null; rttP95Ms?: number | null; jitterMs: number | null } | null;
  servers?: { mapped: { address: string; port: number } | null }[];
  natBehaviour?: { supported: boolean; mapping: string; filtering: string } | null;
};

const isHomeFault = (f: MediaFault | HomeFaultSpec): f is HomeFaultSpec => f.kind === 'loss';

const probe = (probes: readonly LabProbe[], id: string): LabProbe | undefined => probes.find((p) => p.id === id);

describeLab('media lab', await mediaReadiness(), (lab) => {
  for (const scenario of MEDIA_SCENARIOS) {
    it(`${scenario.name}: ${scenario.story}`, async () => {
      const session = lab();
      // A rebuilt lab (after a failed restore) has no media servers yet: start them every time (no-op when running).
      await startMediaServices(session.lab);
      const undos: Undo[] = [];
      for (const f of scenario.faults) undos.push(isHomeFault(f) ? await applyFault(session.lab, f) : await applyMediaFault(session.lab, f));
      let run;
      try {
        run = await runCheck(session.lab, { profile: mediaProfilePath(undefined, scenario.profile), timeoutMs: 60_000 });
      } finally {
        for (const undo of undos.reverse()) await undo();
        await session.restoreHealthy();
      }
      const media = (probe(run.report.probes, 'media-path')?.data ?? {}) as MediaPath;
      const edt = probe(run.report.probes, 'citrix-edt')?.data as { edt?: string } | undefined;
      const wan = probe(run.report.probes, 'router-wan')?.data as { wanAddress?: string | null } | undefined;
      const context = `${scenario.name}: ${reportDigest(run.report)}\nmedia-path: ${JSON.stringify(media)}\ncitrix-edt: ${JSON.stringify(edt)}`;
      const p = media.pooled;
      console.info(`${scenario.name}: udp ${String(media.udp)}, grade ${String(media.grade)}, loss ${String(p?.lossPct)} % of ${String(p?.sent)}, rtt ${String(p?.rttAvgMs)} ms, jitter ${String(p?.jitterMs)} ms, nat ${String(media.nat)}/${String(media.mapping)}, edt ${String(edt?.edt)}, router wan ${String(wan?.wanAddress)}, rfc5780 ${JSON.stringify(media.natBehaviour)}, rtt p95 ${String(p?.rttP95Ms)} ms`);

      expect(run.report.verdict.segment, context).toBe(scenario.segment);
      expect(run.exitCode, context).toBe(scenario.exitCode);
      const ids = run.report.findings.map((f) => f.id);
      for (const id of scenario.findingIds) expect(ids, context).toContain(id);
      for (const id of scenario.absentFindingIds ?? []) expect(ids, context).not.toContain(id);
      for (const [id, segment] of Object.entries(scenario.findingSegments ?? {})) {
        expect(run.report.findings.find((f) => f.id === id)?.segment, context).toBe(segment);
      }
      if (scenario.noMediaFindings === true) expect(ids.filter((id) => id.startsWith('media.')), context).toEqual([]);

      expect(media.udp, context).toBe(scenario.expect.udp);
      expect(edt?.edt, context).toBe(scenario.expect.edt);
      expect(media.nat, context).toBe(scenario.expect.nat);
      if (scenario.expect.grades) expect(scenario.expect.grades, context).toContain(media.grade);
      if (scenario.expect.mapping) expect(media.mapping, context).toBe(scenario.expect.mapping);
      if (scenario.expect.mappedAddress) {
        for (const s of media.servers ?? []) expect(s.mapped?.address, context).toBe(scenario.expect.mappedAddress);
      }
      if (scenario.expect.routerWan) expect(wan?.wanAddress, context).toBe(scenario.expect.routerWan);
      if (scenario.expect.behaviour) expect(media.natBehaviour, context).toMatchObject({ supported: true, ...scenario.expect.behaviour });
      const j = scenario.expect.jitterMs;
      if (j) {
        expect(p?.jitterMs ?? -1, context).toBeGreaterThanOrEqual(j.min);
        expect(p?.jitterMs ?? Infinity, context).toBeLessThanOrEqual(j.max);
      }
      if (scenario.expect.rttP95AtLeastMs !== undefined) expect(p?.rttP95Ms ?? 0, context).toBeGreaterThanOrEqual(scenario.expect.rttP95AtLeastMs);
      if (scenario.expect.injectedLossPct !== undefined) {
        expect(p, context).toBeTruthy();
        expect(Math.abs((p?.lossPct ?? 100) - scenario.expect.injectedLossPct), context).toBeLessThanOrEqual(MEDIA_LOSS_TOLERANCE_PP);
      }
      // The lab's links are veth pairs in one machine: round trips stay far below the "good" limit
      // even on a loaded 2-core machine.
      if (media.udp === 'works') expect(p?.rttAvgMs ?? Infinity, context).toBeLessThan(100);
    });
  }
});
