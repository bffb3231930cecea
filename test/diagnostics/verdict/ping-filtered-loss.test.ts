import { describe, expect, it } from 'vitest';
import { decide, rankFindings } from '../../../diagnostics/verdict/decide.js';
import type { Evidence } from '../../../diagnostics/verdict/evidence.js';
import { verdictWitnesses } from '../../../diagnostics/verdict/line-witnesses.js';
import { ALL_RULES } from '../../../diagnostics/verdict/rules/all-rules.js';
import { healthy, ping, tcp, tcpHost, withPingOnly } from './evidence-builder.js';

// Written by hand (issue 14): ping is filtered beyond the router, so the line's loss can only be
// measured over TCP. Loss there is the provider's when the one ICMP witness left (the provider's
// first router) loses too; TCP loss nothing confirms leaves the verdict open; no loss stays none.

const silentTargets = [ping('203.0.113.10', 100, 0), ping('203.0.113.11', 100, 0)];
const HOP = '198.51.100.1';

function filtered(tcpAnswered: readonly [number, number, number], hopReceived: number | null): Evidence {
  const hosts = [tcpHost('203.0.113.10', 60, tcpAnswered[0]), tcpHost('203.0.113.11', 60, tcpAnswered[1]), tcpHost('www.example.com', 60, tcpAnswered[2])];
  const base = healthy({
    tcpTargets: tcp(hosts),
    ispHop: hopReceived === null ? { hop: HOP, stats: ping(HOP, 100, 0) } : { hop: HOP, stats: ping(HOP, 100, hopReceived, 8) },
  });
  return withPingOnly(base, silentTargets);
}

function verdictOf(e: Evidence) {
  const drafts = rankFindings(ALL_RULES.flatMap((r) => r(e)));
  const d = decide(drafts, e);
  return { segment: d.segment, ids: drafts.map((x) => x.id), witnesses: verdictWitnesses(d.top, e) };
}

describe('loss on a network that filters ping', () => {
  it("blames the provider when TCP loses on every host and ping to the provider's first router loses too", () => {
    const v = verdictOf(filtered([47, 48, 49], 80));
    expect(v.segment).toBe('isp');
    expect(v.ids).toContain('isp.loss');
    expect(v.witnesses).toEqual(['tcp', 'icmp']);
  });

  it('leaves TCP-only loss open when the first router is silent too (ping filtered everywhere)', () => {
    const v = verdictOf(filtered([47, 48, 49], null));
    expect(v.segment).toBe('unknown');
    expect(v.ids).toEqual(expect.arrayContaining(['isp.ping-filtered', 'unsure.loss-tcp-only']));
  });

  it('leaves TCP-only loss open when the first router is clean (loss beyond it, ping filtered)', () => {
    expect(verdictOf(filtered([47, 48, 49], 100)).segment).toBe('unknown');
  });

  it('stays none when TCP loses nothing, or one connection only', () => {
    expect(verdictOf(filtered([60, 60, 60], null)).segment).toBe('none');
    expect(verdictOf(filtered([60, 59, 60], null)).segment).toBe('none');
  });

  it('does not call loss common when one host alone loses (a far host, not the line)', () => {
    const v = verdictOf(filtered([60, 60, 30], 100));
    expect(v.segment).toBe('none');
    expect(v.ids).toEqual(['isp.ping-filtered']);
  });
});
