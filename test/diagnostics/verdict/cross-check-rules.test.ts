import { describe, expect, it } from 'vitest';
import { decide, rankFindings } from '../../../diagnostics/verdict/decide.js';
import type { Evidence } from '../../../diagnostics/verdict/evidence.js';
import { verdictWitnesses } from '../../../diagnostics/verdict/line-witnesses.js';
import { ALL_RULES } from '../../../diagnostics/verdict/rules/all-rules.js';
import { dns, healthy, ping, tcp, tcpHost, withPingOnly, withTargets } from './evidence-builder.js';

// Written by hand (issue 14): each class of healthy-but-unusual network and of fault, as evidence.

function verdictOf(e: Evidence) {
  const drafts = rankFindings(ALL_RULES.flatMap((r) => r(e)));
  const d = decide(drafts, e);
  return { segment: d.segment, top: d.top, ids: drafts.map((x) => x.id), witnesses: verdictWitnesses(d.top, e) };
}

const silentTargets = [ping('203.0.113.10', 100, 0), ping('203.0.113.11', 100, 0)];

describe('cross-checked verdicts', () => {
  it('calls ping filtered beyond the router no fault, and cites the TCP figures', () => {
    const v = verdictOf(withPingOnly(healthy(), silentTargets));
    expect(v.segment).toBe('none');
    expect(v.ids).toContain('isp.ping-filtered');
    expect(v.witnesses).toEqual(['tcp', 'dns']);
  });

  it('calls a router that ignores ping, with the internet silent to ping too, no fault when TCP passes', () => {
    const e = withPingOnly(healthy({ gateway: { gateway: '192.0.2.1', stats: ping('192.0.2.1', 100, 0), lossPct: 100 } }), silentTargets);
    const v = verdictOf(e);
    expect(v.segment).toBe('none');
    expect(v.ids).toEqual(expect.arrayContaining(['home.router-ignores-ping', 'isp.ping-filtered']));
  });

  it('names an outage only when TCP and DNS agree with ping', () => {
    const v = verdictOf(withTargets(healthy(), silentTargets));
    expect(v.segment).toBe('isp');
    expect(v.top?.id).toBe('isp.outage');
    expect(v.witnesses).toEqual(['icmp', 'tcp', 'dns']);
  });

  it('leaves a ping-only outage unknown when no second witness ran', () => {
    const e = withPingOnly(healthy({ tcpTargets: tcp([]), dnsPublic: { outcomes: [] } }), silentTargets);
    const v = verdictOf(e);
    expect(v.segment).toBe('unknown');
    expect(v.top?.id).toBe('unsure.line-down-ping-only');
  });

  it('calls one dead target among clean ones information, not line loss', () => {
    const v = verdictOf(withTargets(healthy(), [ping('203.0.113.10', 100, 100), ping('203.0.113.11', 100, 0)]));
    expect(v.segment).toBe('none');
    expect(v.ids).toContain('isp.target-unreachable');
    expect(v.ids).not.toContain('isp.loss');
  });

  it('calls loss towards one target only that target’s', () => {
    const v = verdictOf(withTargets(healthy(), [ping('203.0.113.10', 1500, 1050), ping('203.0.113.11', 100, 100)]));
    expect(v.segment).toBe('none');
    expect(v.ids).toContain('isp.target-loss');
  });

  it('calls ping loss that TCP clearly does not show deprioritised ping', () => {
    const e = withPingOnly(healthy({ tcpTargets: tcp([tcpHost('203.0.113.10', 60, 60), tcpHost('203.0.113.11', 60, 60), tcpHost('www.example.com', 60, 60)]) }), [
      ping('203.0.113.10', 1500, 1050),
      ping('203.0.113.11', 1500, 1040),
    ]);
    const v = verdictOf(e);
    expect(v.segment).toBe('none');
    expect(v.ids).toContain('isp.ping-deprioritized');
  });

  it('leaves ping loss unknown when TCP can neither confirm nor rule it out', () => {
    const e = withPingOnly(healthy({ tcpTargets: tcp([tcpHost('203.0.113.10', 10, 10)]) }), [ping('203.0.113.10', 1500, 1400), ping('203.0.113.11', 1500, 1400)]);
    const v = verdictOf(e);
    expect(v.segment).toBe('unknown');
    expect(v.top?.id).toBe('unsure.loss-ping-only');
  });

  it('blames loss that starts beyond the provider’s first hop on the provider when both witnesses agree', () => {
    const v = verdictOf(withTargets(healthy(), [ping('203.0.113.10', 1500, 1350), ping('203.0.113.11', 1500, 1340)]));
    expect(v.segment).toBe('isp');
    expect(v.top?.evidence.map((l) => l.key)).toContain('hopClean');
    expect(v.witnesses).toEqual(['icmp', 'tcp']);
  });

  it('calls silent intermediate hops no fault', () => {
    const v = verdictOf(healthy({ ispHop: { hop: '198.51.100.1', stats: ping('198.51.100.1', 100, 0) } }));
    expect(v.segment).toBe('none');
  });

  it('calls blocked public resolvers no fault when the system’s resolver works', () => {
    const v = verdictOf(healthy({ dnsPublic: { outcomes: [dns('203.0.113.53', 'www.example.com', 'timeout', 2500)] } }));
    expect(v.segment).toBe('none');
  });

  it('blames a dead company resolver on the VPN, not the provider', () => {
    const server = '198.18.20.53';
    const e = healthy({
      dnsSystem: { resolvers: [{ address: server, scope: 'default', role: 'other', owner: 'company' }], outcomes: [dns(server, 'www.example.com', 'unreachable')], notes: [] },
    });
    const v = verdictOf(e);
    expect(v.segment).toBe('vpn');
    expect(v.top?.id).toBe('vpn.dns');
  });

  it('judges a local stub through its upstreams', () => {
    const e = healthy({
      dnsSystem: {
        resolvers: [
          { address: '127.0.0.53', scope: 'default', role: 'other', owner: 'local-stub', upstreams: ['198.51.100.53'] },
          { address: '198.51.100.53', scope: 'unknown', role: 'other', owner: 'provider' },
        ],
        outcomes: [dns('127.0.0.53', 'www.example.com', 'servfail'), dns('198.51.100.53', 'www.example.com', 'timeout', 2500)],
        notes: [],
      },
    });
    const v = verdictOf(e);
    expect(v.segment).toBe('isp');
    expect(v.ids).toEqual(['isp.dns']);
  });
});
