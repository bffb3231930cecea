import { describe, expect, it } from 'vitest';
import { finishedSteps, liveSteps, reportSteps, stepOfProbe, STEPS, type ProbeProgress } from '../../renderer/src/model/steps.js';
import { ALL_PROBES } from '../../diagnostics/probes/all-probes.js';
import { healthyReport, ispLossReport } from '../electron/support/reports.js';

describe('the six steps the user sees', () => {
  it('place every probe of the engine under a step', () => {
    const steps = new Set(ALL_PROBES.map((p) => stepOfProbe(p.id)));
    expect([...steps].sort()).toEqual([...STEPS].sort());
    expect(stepOfProbe('vpn-something-new')).toBe('vpn');
  });

  it('show live progress: waiting, running, then the probes’ outcome', () => {
    const progress = new Map<string, ProbeProgress>([
      ['adapters', { state: 'done', status: 'ok' }],
      ['gateway-ping', { state: 'running' }],
      ['wifi', { state: 'done', status: 'skipped' }],
    ]);
    expect(liveSteps(progress)).toEqual({
      computer: 'ok',
      wifi: 'skipped',
      router: 'running',
      isp: 'waiting',
      vpn: 'waiting',
      citrix: 'waiting',
    });
  });

  it('say "not checked" for the VPN when only local facts were read', () => {
    const progress = new Map<string, ProbeProgress>([
      ['vpn-client', { state: 'done', status: 'ok' }],
      ['vpn-gateway', { state: 'done', status: 'skipped' }],
      ['vpn-internal', { state: 'done', status: 'skipped' }],
      ['vpn-mtu', { state: 'done', status: 'skipped' }],
    ]);
    expect(liveSteps(progress).vpn).toBe('skipped');
    progress.set('vpn-gateway', { state: 'done', status: 'ok' });
    expect(liveSteps(progress).vpn).toBe('ok');
  });

  it('mark the provider as the problem in an ISP report and the rest fine', async () => {
    expect(reportSteps(await ispLossReport())).toMatchObject({ computer: 'ok', router: 'ok', isp: 'problem' });
    const healthy = reportSteps(await healthyReport());
    expect(Object.values(healthy)).not.toContain('problem');
    expect(healthy).toMatchObject({ computer: 'ok', router: 'ok', isp: 'ok' });
  });

  it('a check looked at afterwards (a bundle, a drop-out’s snapshot) shows steps whose probes never ran as not checked', async () => {
    const report = await healthyReport();
    const noVpn = { ...report, probes: report.probes.filter((p) => stepOfProbe(p.id) !== 'vpn') };
    expect(reportSteps(noVpn).vpn).toBe('waiting');
    expect(finishedSteps(noVpn).vpn).toBe('skipped');
    expect(finishedSteps(noVpn).router).toBe(reportSteps(noVpn).router);
  });
});
