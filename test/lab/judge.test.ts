import { describe, expect, it } from 'vitest';
import { isCompanyFault } from './company-faults.js';
import { COMPANY_SCENARIOS } from './company-scenarios.js';
import { describeFault } from './faults.js';
import { falseAlarmLine, hasKeyFinding, isFalseAlarm, judge } from './judge.js';
import type { LabReport } from './lab-report.js';
import type { CheckRun } from './run-check.js';
import { SCENARIOS, type Scenario } from './scenarios.js';

// The judging rules the lab test and the benchmark share; no namespaces needed.

function scenario(name: string): Scenario {
  const s = SCENARIOS.find((x) => x.name === name);
  if (s === undefined) throw new Error(`no scenario ${name}`);
  return s;
}

function report(segment: string, findings: LabReport['findings'], probes: LabReport['probes'] = []): LabReport {
  return { verdict: { segment, headline: 'h', summary: 's' }, findings, probes };
}

function run(exitCode: number, r: LabReport): CheckRun {
  return { exitCode, report: r, wallMs: 1234, stderr: '' };
}

describe('judge', () => {
  it('accepts an ISP loss run within 3 points of the injected loss', () => {
    const r = report(
      'isp',
      [{ id: 'isp.loss', segment: 'isp', severity: 'problem' }],
      [{ id: 'target-ping', status: 'warn', durationMs: 5000, data: { pooled: { lossPct: 27.5 } } }],
    );
    const j = judge(scenario('isp-loss-30'), run(1, r));
    expect(j).toEqual({ exitRight: true, segmentRight: true, findingRight: true, measuredLossPct: 27.5, lossRight: true, right: true, falseAlarm: false });
  });

  it('flags loss outside the tolerance without calling the verdict wrong', () => {
    const r = report(
      'home-network',
      [{ id: 'home.gateway-loss', segment: 'home-network', severity: 'warning' }],
      [{ id: 'gateway-ping', status: 'warn', durationMs: 5000, data: { lossPct: 16 } }],
    );
    const j = judge(scenario('home-loss-10'), run(1, r));
    expect(j.measuredLossPct).toBe(16);
    expect(j.lossRight).toBe(false);
    expect(j.right).toBe(true);
  });

  it('reads no loss figure when the probe is missing', () => {
    const j = judge(scenario('home-loss-30'), run(1, report('home-network', [{ id: 'home.gateway-loss', segment: 'home-network', severity: 'problem' }])));
    expect(j.measuredLossPct).toBeNull();
    expect(j.lossRight).toBe(false);
  });

  it('calls a wrong segment or exit code wrong', () => {
    const r = report('isp', [{ id: 'home.router-dns', segment: 'home-network', severity: 'problem' }]);
    const j = judge(scenario('router-dns'), run(1, r));
    expect([j.segmentRight, j.findingRight, j.exitRight, j.right]).toEqual([false, true, true, false]);
    expect(judge(scenario('router-dns'), run(0, report('home-network', r.findings))).right).toBe(false);
  });

  it('accepts healthy only without problem findings', () => {
    const healthy = scenario('healthy');
    expect(hasKeyFinding(healthy, report('none', [{ id: 'x.info', segment: 'isp', severity: 'warning' }]))).toBe(true);
    expect(hasKeyFinding(healthy, report('none', [{ id: 'isp.loss', segment: 'isp', severity: 'problem' }]))).toBe(false);
  });

  it('wants a healthy-but-unusual network to carry its note and no problem', () => {
    const filtered = scenario('ping-filtered-beyond-router');
    const note = { id: 'isp.ping-filtered', segment: 'isp', severity: 'info' };
    expect(hasKeyFinding(filtered, report('none', [note]))).toBe(true);
    expect(hasKeyFinding(filtered, report('none', [note, { id: 'isp.outage', segment: 'isp', severity: 'problem' }]))).toBe(false);
    expect(hasKeyFinding(filtered, report('none', []))).toBe(false);
  });

  it('counts a false alarm only on a healthy network: a fault verdict or any problem finding', () => {
    const dead = scenario('dead-target');
    expect(isFalseAlarm(dead, report('none', [{ id: 'isp.target-unreachable', segment: 'isp', severity: 'info' }]))).toBe(false);
    expect(isFalseAlarm(dead, report('isp', [{ id: 'isp.loss', segment: 'isp', severity: 'problem' }]))).toBe(true);
    expect(isFalseAlarm(dead, report('unknown', []))).toBe(true);
    expect(isFalseAlarm(dead, report('none', [{ id: 'isp.loss', segment: 'isp', severity: 'problem' }]))).toBe(true);
    expect(isFalseAlarm(scenario('isp-outage'), report('isp', [{ id: 'isp.outage', segment: 'isp', severity: 'problem' }]))).toBe(false);
  });
});

describe('falseAlarmLine', () => {
  it('counts healthy runs only, names the alarms and the runs that failed', () => {
    const runs = [
      { label: 'healthy', scenario: scenario('healthy'), judged: { falseAlarm: false } },
      { label: 'dead-target', scenario: scenario('dead-target'), judged: { falseAlarm: true } },
      { label: 'silent-hops', scenario: scenario('silent-hops'), judged: null },
      { label: 'isp-outage', scenario: scenario('isp-outage'), judged: { falseAlarm: false } },
    ];
    expect(falseAlarmLine(runs)).toBe('false alarms on healthy networks: 1 of 3 runs (1 FAILED to run) — dead-target');
    expect(falseAlarmLine(runs.slice(0, 1))).toBe('false alarms on healthy networks: 0 of 1 runs');
  });
});

describe('SCENARIOS', () => {
  it('have unique names and expect exit 1 exactly when a fault is expected (unusual healthy networks exit 0)', () => {
    expect(new Set(SCENARIOS.map((s) => s.name)).size).toBe(SCENARIOS.length);
    for (const s of SCENARIOS) expect(s.exitCode, s.name).toBe(s.segment === 'none' ? 0 : 1);
  });

  it('cover every class of issue #14 with healthy variants that carry faults', () => {
    const healthyWithFaults = SCENARIOS.filter((s) => s.segment === 'none' && s.faults.length > 0).map((s) => s.name);
    expect(healthyWithFaults.length).toBeGreaterThanOrEqual(6);
    expect(SCENARIOS.map(describeFaultsOf).join('\n')).toContain("provider's routers send no time-exceeded");
  });
});

function describeFaultsOf(s: Scenario): string {
  return s.faults.map(describeFault).join(', ');
}

describe('COMPANY_SCENARIOS', () => {
  it('have names of their own and expect exit 1 exactly when faults are applied', () => {
    const names = [...SCENARIOS, ...COMPANY_SCENARIOS].map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    for (const s of COMPANY_SCENARIOS) expect(s.exitCode).toBe(s.faults.length === 0 ? 0 : 1);
  });

  it('use only company faults (and the client resolver list) and blame the VPN or Citrix', () => {
    for (const s of COMPANY_SCENARIOS) {
      for (const f of s.faults) expect(isCompanyFault(f) || f.kind === 'client-resolver', `${s.name}: ${f.kind}`).toBe(true);
      if (s.faults.length > 0) expect(['vpn', 'citrix']).toContain(s.segment);
      if (s.findingId !== null) expect(s.findingId.startsWith(`${s.segment}.`), s.name).toBe(true);
    }
  });

  it('describe every fault', () => {
    const texts = COMPANY_SCENARIOS.flatMap((s) => s.faults.map(describeFault));
    expect(texts).toContain('MTU 1200 on the company LAN (198.18.20.0/24)');
    expect(texts).toContain('TCP to 203.0.113.100 dropped in internet');
  });
});
