import { describe, expect, it } from 'vitest';
import { decide, rankFindings } from '../../../diagnostics/verdict/decide.js';
import type { Evidence } from '../../../diagnostics/verdict/evidence.js';
import { ALL_RULES } from '../../../diagnostics/verdict/rules/all-rules.js';
import { dns, healthy, ping, withTargets } from './evidence-builder.js';

function verdictOf(e: Evidence) {
  const drafts = rankFindings(ALL_RULES.flatMap((r) => r(e)));
  return { ...decide(drafts, e), ids: drafts.map((d) => d.id) };
}

describe('verdict rules', () => {
  it('finds nothing wrong in a healthy home', () => {
    const v = verdictOf(healthy());
    expect(v.segment).toBe('none');
    expect(v.ids).toEqual([]);
  });

  it.each([
    ['no-adapter', 'device.no-adapter'],
    ['no-address', 'device.no-address'],
    ['no-route', 'device.no-default-route'],
  ] as const)('blames this computer for %s', (state, id) => {
    const v = verdictOf(healthy({ adapters: { ...healthy().adapters, state }, gateway: undefined, targets: undefined }));
    expect(v.segment).toBe('device');
    expect(v.top?.id).toBe(id);
  });

  it('names a self-assigned address', () => {
    const base = healthy();
    const v = verdictOf({
      ...base,
      adapters: { ...base.adapters, state: 'no-address', adapters: [{ ...base.adapters!.adapters![0]!, ipv4: ['169.254.10.20'], selfAssigned: true }] },
    });
    expect(v.top?.evidence[0]).toEqual({ key: 'selfAssigned', vars: { iface: 'eth0', address: '169.254.10.20' } });
  });

  it('blames the home network for loss already at the router, even though the internet loses too', () => {
    const e = withTargets(healthy({ gateway: { gateway: '192.0.2.1', stats: ping('192.0.2.1', 1500, 1350), lossPct: 10 } }), [
      ping('203.0.113.10', 1500, 1352),
      ping('203.0.113.11', 1500, 1349),
    ]);
    const v = verdictOf(e);
    expect(v.segment).toBe('home-network');
    expect(v.top?.id).toBe('home.gateway-loss');
    expect(v.ids).not.toContain('isp.loss');
  });

  it('blames the provider when the router is clean and the internet loses packets', () => {
    const v = verdictOf(withTargets(healthy(), [ping('203.0.113.10', 1500, 1050), ping('203.0.113.11', 1500, 1040)]));
    expect(v.segment).toBe('isp');
    expect(v.top?.id).toBe('isp.loss');
    expect(v.top?.severity).toBe('problem');
    expect(v.top?.evidence.map((l) => l.key)).toEqual(['gatewayClean', 'targetsLoss', 'tcpFigures', 'hopClean', 'targetsLatency']);
    expect(v.top?.witnesses).toEqual(['icmp', 'tcp']);
  });

  it('does not call a line lossy on one unlucky echo', () => {
    const v = verdictOf(withTargets(healthy(), [ping('203.0.113.10', 100, 99), ping('203.0.113.11', 100, 100)]));
    expect(v.segment).toBe('none');
  });

  it('calls a silent internet behind an answering router an ISP outage', () => {
    const e = withTargets(healthy({ ispHop: { hop: '198.51.100.1', stats: ping('198.51.100.1', 100, 0) } }), [
      ping('203.0.113.10', 100, 0),
      ping('203.0.113.11', 100, 0),
    ]);
    const v = verdictOf(e);
    expect(v.segment).toBe('isp');
    expect(v.top?.id).toBe('isp.outage');
    expect(v.top?.evidence.map((l) => l.key)).toContain('hopSilent');
  });

  it('calls a silent router with a silent internet a home-network outage', () => {
    const routerDnsSilent = { resolvers: [{ address: '192.0.2.1', scope: 'default', role: 'router' as const }], outcomes: [dns('192.0.2.1', 'www.example.com', 'timeout', 2500)], notes: [] };
    const e = withTargets(healthy({ gateway: { gateway: '192.0.2.1', stats: ping('192.0.2.1', 100, 0), lossPct: 100 }, dnsSystem: routerDnsSilent }), [
      ping('203.0.113.10', 100, 0),
    ]);
    const v = verdictOf(e);
    expect(v.segment).toBe('home-network');
    expect(v.top?.id).toBe('home.gateway-unreachable');
    expect(v.ids).not.toContain('isp.outage');
  });

  it('accepts a router that ignores echoes while the internet answers', () => {
    const v = verdictOf(healthy({ gateway: { gateway: '192.0.2.1', stats: ping('192.0.2.1', 100, 0), lossPct: 100 } }));
    expect(v.segment).toBe('none');
  });

  it.each([
    ['timeout', 'home.router-dns', 'home-network'],
    ['unreachable', 'home.router-dns', 'home-network'],
    ['refused', 'home.router-dns', 'home-network'],
    ['servfail', 'isp.dns', 'isp'],
  ] as const)('a router resolver answering %s while public DNS works → %s', (kind, id, segment) => {
    const v = verdictOf(
      healthy({ dnsSystem: { resolvers: [{ address: '192.0.2.1', scope: 'default', role: 'router' }], outcomes: [dns('192.0.2.1', 'www.example.com', kind)], notes: [] } }),
    );
    expect(v.segment).toBe(segment);
    expect(v.top?.id).toBe(id);
  });

  it('blames the provider when the router times out but its DNS port still accepts connections', () => {
    const v = verdictOf(
      healthy({
        dnsSystem: {
          resolvers: [{ address: '192.0.2.1', scope: 'default', role: 'router' }],
          outcomes: [dns('192.0.2.1', 'www.example.com', 'timeout')],
          notes: [],
          forwarderTcp: { '192.0.2.1': 'open' },
        },
      }),
    );
    expect(v.top?.id).toBe('isp.dns');
  });

  it('blames the provider for its own resolver failing', () => {
    const v = verdictOf(
      healthy({ dnsSystem: { resolvers: [{ address: '198.51.100.53', scope: 'default', role: 'other' }], outcomes: [dns('198.51.100.53', 'www.example.com', 'timeout')], notes: [] } }),
    );
    expect(v.top?.id).toBe('isp.dns');
  });

  it('says nothing about DNS while one system resolver still works', () => {
    const v = verdictOf(
      healthy({
        dnsSystem: {
          resolvers: [{ address: '192.0.2.1', scope: 'default', role: 'router' }, { address: '198.51.100.53', scope: 'default', role: 'other' }],
          outcomes: [dns('192.0.2.1', 'www.example.com', 'timeout'), dns('198.51.100.53', 'www.example.com', 'ok')],
          notes: [],
        },
      }),
    );
    expect(v.segment).toBe('none');
  });

  it('keeps DNS findings out of an ISP outage', () => {
    const e = withTargets(
      healthy({
        dnsSystem: { resolvers: [{ address: '192.0.2.1', scope: 'default', role: 'router' }], outcomes: [dns('192.0.2.1', 'www.example.com', 'timeout')], notes: [] },
        dnsPublic: { outcomes: [dns('203.0.113.53', 'www.example.com', 'timeout')] },
      }),
      [ping('203.0.113.10', 100, 0)],
    );
    expect(verdictOf(e).ids).toEqual(['isp.outage']);
  });

  it('recognises a captive portal and does not blame https on it', () => {
    const e = healthy({
      captive: { check: { url: 'http://check.example.net/generate_204', state: 'portal', status: 302, location: 'http://192.0.2.1/login', evidence: '302' } },
      https: {
        checks: [
          {
            url: 'https://www.example.com/', ok: false, status: null, contentType: null, serverDate: null, address: '203.0.113.80', bodySample: '', location: null, certificate: null,
            timings: { dnsMs: 1, connectMs: null, tlsMs: null, firstByteMs: null, totalMs: 2 },
            failure: { stage: 'connect', code: 'ECONNRESET', message: 'reset' },
          },
        ],
      },
    });
    const v = verdictOf(e);
    expect(v.top?.id).toBe('home.captive-portal');
    expect(v.ids).toEqual(['home.captive-portal']);
  });

  it('says unknown, naming the checks that could not run, when nothing was found but essentials failed', () => {
    const e = healthy({ status: { adapters: 'ok', 'gateway-ping': 'error', 'target-ping': 'ok', 'dns-system': 'ok' } });
    const v = verdictOf(e);
    expect(v.segment).toBe('unknown');
    expect(v.failedProbes).toEqual(['gateway-ping']);
  });

  it('blames no one for a failing resolver whose route could not be read (dns-system could not check): unknown, naming it', () => {
    const resolver = '198.51.100.53';
    const e = healthy({
      status: { adapters: 'ok', 'gateway-ping': 'ok', 'target-ping': 'ok', 'dns-system': 'error' },
      dnsSystem: { resolvers: [{ address: resolver, scope: 'default', role: 'other', owner: 'unknown' }], outcomes: [dns(resolver, 'www.example.com', 'timeout', 2500)], notes: [] },
    });
    const v = verdictOf(e);
    expect(v.segment).toBe('unknown');
    expect(v.ids).toEqual(['unsure.dns-owner']);
    expect(v.failedProbes).toEqual(['dns-system']);
  });

  it('an unread resolver list (dns-system could not check, no resolvers) gives no DNS finding and never "fine"', () => {
    const v = verdictOf(healthy({ status: { adapters: 'ok', 'gateway-ping': 'ok', 'target-ping': 'ok', 'dns-system': 'error' }, dnsSystem: { resolvers: [], outcomes: [], notes: [] } }));
    expect(v.segment).toBe('unknown');
    expect(v.ids).toEqual([]);
    expect(v.failedProbes).toEqual(['dns-system']);
  });
});
