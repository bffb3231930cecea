import { describe, expect, it } from 'vitest';
import { decide, rankFindings } from '../../../diagnostics/verdict/decide.js';
import type { Evidence } from '../../../diagnostics/verdict/evidence.js';
import { ALL_RULES } from '../../../diagnostics/verdict/rules/all-rules.js';
import { healthy, ping, tcp, tcpHost, withPingOnly, withTargets } from './evidence-builder.js';

// Written by hand (issue 14, found in the lab: a router that rate-limits ping to itself was
// called a lossy home link): loss to the router is the link's only when traffic through the
// router loses too.

function verdictOf(e: Evidence) {
  const drafts = rankFindings(ALL_RULES.flatMap((r) => r(e)));
  return { segment: decide(drafts, e).segment, drafts };
}

const gateway = (sent: number, received: number): Partial<Evidence> => ({ gateway: { gateway: '192.0.2.1', stats: ping('192.0.2.1', sent, received, 1), lossPct: 0 } });

describe('a router that answers ping to itself only in part', () => {
  it('is no fault when pings through it to the internet lose clearly less (lab: 58 % of 567 vs 0 of 200)', () => {
    const v = verdictOf(healthy(gateway(567, 239)));
    expect(v.segment).toBe('none');
    const f = v.drafts.find((d) => d.id === 'home.router-ping-deprioritized');
    expect(f?.severity).toBe('info');
    expect(f?.evidence[0]?.vars).toMatchObject({ loss: 57.8, sent: 567, throughLost: 0, throughSent: 200 });
  });

  it('uses the TCP handshakes when ping beyond the router is filtered', () => {
    const e = withPingOnly(healthy(gateway(567, 239)), [ping('203.0.113.10', 100, 0), ping('203.0.113.11', 100, 0)]);
    const v = verdictOf(e);
    expect(v.segment).toBe('none');
    expect(v.drafts.find((d) => d.id === 'home.router-ping-deprioritized')?.witnesses).toEqual(['icmp', 'tcp']);
  });

  it('stays the home link when traffic through the router loses as much', () => {
    const e = withTargets(healthy(gateway(1500, 1350)), [ping('203.0.113.10', 1500, 1352), ping('203.0.113.11', 1500, 1349)]);
    const v = verdictOf(e);
    expect(v.segment).toBe('home-network');
    expect(v.drafts.map((d) => d.id)).toContain('home.gateway-loss');
    expect(v.drafts.map((d) => d.id)).not.toContain('home.router-ping-deprioritized');
  });

  it('stays the home link when nothing passed through the router to compare with', () => {
    const e = withTargets(healthy({ ...gateway(1500, 1350), tcpTargets: tcp([tcpHost('203.0.113.10', 20, 0)]) }), [ping('203.0.113.10', 100, 0), ping('203.0.113.11', 100, 0)]);
    expect(verdictOf(e).drafts.map((d) => d.id)).toContain('home.gateway-loss');
  });
});

describe('a router slow to answer ping, on a line that loses', () => {
  it('is not called a clean link when the traffic through it loses too: the loss beyond is weighed as before', () => {
    const e = withTargets(healthy(gateway(1500, 600)), [ping('203.0.113.10', 1500, 1350), ping('203.0.113.11', 1500, 1352)]);
    expect(verdictOf(e).drafts.map((d) => d.id)).not.toContain('home.router-ping-deprioritized');
  });
});
