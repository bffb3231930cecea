import { describe, expect, it } from 'vitest';
import { decide, rankFindings } from '../../../diagnostics/verdict/decide.js';
import type { Evidence } from '../../../diagnostics/verdict/evidence.js';
import { ALL_RULES } from '../../../diagnostics/verdict/rules/all-rules.js';
import { translator } from '../../../diagnostics/i18n/translator.js';
import { localizeFinding } from '../../../diagnostics/verdict/localize.js';
import { pathStats, poolStats } from '../../../diagnostics/net/media/path-stats.js';
import { gradeCall } from '../../../diagnostics/net/media/call-grade.js';
import type { MediaPathData, MediaServerCheck } from '../../../diagnostics/probes/media-path.js';
import { healthy, lossyHomeLink, ping, withTargets } from './evidence-builder.js';

// Rule tests on hand-built evidence: the media path's figures are made by the real pathStats from
// trains written here, so the grades are the ones the probe would compute.

function verdictOf(e: Evidence) {
  const drafts = rankFindings(ALL_RULES.flatMap((r) => r(e)));
  return { ...decide(drafts, e), drafts, byId: new Map(drafts.map((d) => [d.id, d])) };
}

/** A train of `sent` requests every 20 ms with round trip `rtt`, every `dropEvery`-th unanswered. */
function stats(sent: number, rtt: number, dropEvery = 0) {
  return pathStats(Array.from({ length: sent }, (_, seq) => ({ seq, sentAt: seq * 20, receivedAt: dropEvery > 0 && seq % dropEvery === 0 ? null : seq * 20 + rtt })));
}

function server(host: string, s: ReturnType<typeof stats>, tcpOpen = true, mappedPort = 40000): MediaServerCheck {
  return {
    host,
    port: 3478,
    address: host,
    resolveError: null,
    stats: s,
    mapped: s.received > 0 ? { family: 'IPv4', address: '198.51.100.2', port: mappedPort } : null,
    mappedChanges: 0,
    otherAddress: null,
    tcp: { host, port: 3478, state: tcpOpen ? 'open' : 'timeout', connectMs: 1, address: host, code: null, banner: null },
  };
}

function media(servers: MediaServerCheck[], extra: Partial<MediaPathData> = {}): Partial<MediaPathData> {
  const p = poolStats(servers.flatMap((s) => (s.stats ? [s.stats] : [])));
  if (p === null) throw new Error('no figures');
  const udp = p.received > 0 ? 'works' : servers.some((s) => s.tcp?.state === 'open') ? 'blocked' : 'unknown';
  return { servers, pooled: p, grade: gradeCall(p), udp, nat: 'present', mapping: 'endpoint-independent', ...extra };
}

describe('media rule', () => {
  it('finds nothing on a healthy line with a good UDP path', () => {
    const v = verdictOf(healthy({ mediaPath: media([server('203.0.113.78', stats(200, 2)), server('203.0.113.79', stats(200, 2))]) }));
    expect(v.segment).toBe('none');
    expect([...v.byId.keys()].filter((id) => id.startsWith('media.'))).toEqual([]);
  });

  it('reports blocked UDP with TCP and ping clean as seen, without an owner, and does not change the verdict', () => {
    const v = verdictOf(healthy({ mediaPath: media([server('203.0.113.78', stats(200, 0, 1))]) }));
    const f = v.byId.get('media.udp-blocked');
    expect(f).toMatchObject({ segment: 'unknown', severity: 'info' });
    expect(f?.evidence.map((l) => l.key)).toEqual(['mediaUdpSilent', 'mediaTcpOpen', 'mediaIcmpClean', 'mediaOwnerUnproven']);
    expect(v.segment).toBe('none');
  });

  it('does not call UDP blocked when TCP to the servers fails too', () => {
    const v = verdictOf(healthy({ mediaPath: media([server('203.0.113.78', stats(200, 0, 1), false)]) }));
    expect(v.byId.has('media.udp-blocked')).toBe(false);
  });

  it('leaves UDP-only loss without an owner while ping is clean', () => {
    // every 10th lost: 10 % → grade poor
    const v = verdictOf(healthy({ mediaPath: media([server('203.0.113.78', stats(200, 5, 10))]) }));
    const f = v.byId.get('media.call-quality');
    expect(f).toMatchObject({ segment: 'unknown', severity: 'info' });
    expect(f?.evidence.map((l) => l.key)).toEqual(['mediaFigures', 'mediaIcmpClean', 'mediaOwnerUnproven']);
    expect(v.segment).toBe('none');
  });

  it('gives UDP loss to the provider when ping beyond a clean router link loses too', () => {
    const lossy = withTargets(healthy(), [ping('203.0.113.10', 100, 90), ping('203.0.113.11', 100, 91)]);
    const v = verdictOf({ ...lossy, mediaPath: media([server('203.0.113.78', stats(200, 5, 10))]) });
    expect(v.byId.get('media.call-quality')).toMatchObject({ segment: 'isp', severity: 'warning' });
    expect(v.byId.get('media.call-quality')?.evidence.map((l) => l.key)).toContain('mediaIcmpAgrees');
  });

  it('gives UDP loss to the home network when the router link itself loses', () => {
    const e = healthy(lossyHomeLink(100, 10));
    const v = verdictOf({ ...e, mediaPath: media([server('203.0.113.78', stats(200, 5, 10))]) });
    expect(v.byId.get('media.call-quality')).toMatchObject({ segment: 'home-network', severity: 'warning' });
  });

  it('reports a symmetric NAT from two servers seeing different ports', () => {
    const m = media([server('203.0.113.78', stats(50, 2), true, 40000), server('203.0.113.79', stats(50, 2), true, 40001)], { mapping: 'address-dependent' });
    const v = verdictOf(healthy({ mediaPath: m }));
    const f = v.byId.get('media.address-dependent-nat');
    expect(f?.evidence[0]?.vars).toMatchObject({ first: '198.51.100.2:40000', second: '198.51.100.2:40001' });
  });

  it('says EDT falls back to TCP: owner unknown when silent, the Gateway when it refuses', () => {
    const edt = (state: 'silent' | 'refused', verdict: 'blocked' | 'not-offered'): Evidence['citrixEdt'] => ({
      host: 'gw.corp.example',
      address: '203.0.113.80',
      resolveError: null,
      udp: { state, answer: null, answerMs: null, attempts: 3, code: null },
      tcp: null,
      edt: verdict,
    });
    expect(verdictOf(healthy({ citrixEdt: edt('silent', 'blocked') })).byId.get('media.edt-fallback')).toMatchObject({ segment: 'unknown', severity: 'info' });
    expect(verdictOf(healthy({ citrixEdt: edt('refused', 'not-offered') })).byId.get('media.edt-fallback')).toMatchObject({ segment: 'citrix', severity: 'info' });
  });

  it('puts every media finding into words in en, de and sv with the figures filled in', () => {
    const v = verdictOf(healthy({ mediaPath: media([server('203.0.113.78', stats(200, 5, 10))]) }));
    const draft = v.byId.get('media.call-quality');
    if (!draft) throw new Error('no finding');
    for (const lang of ['en', 'de', 'sv'] as const) {
      const f = localizeFinding(draft, translator(lang));
      expect(f.title).not.toMatch(/finding\./);
      expect(f.evidence.join(' ')).toContain('10 %');
      expect(f.evidence.join(' ')).not.toMatch(/\{\{|media\.grade/);
      expect(f.steps.length).toBeGreaterThan(1);
    }
  });
});

describe('media owner from placed STUN servers', () => {
  const placed = (s: MediaServerCheck, where: 'home' | 'isp'): MediaServerCheck => ({ ...s, where });
  /** The probe grades and decides "blocked" from the servers beyond only; so does this. */
  function placedMedia(home: MediaServerCheck[], isp: MediaServerCheck[], beyond: MediaServerCheck[]): Partial<MediaPathData> {
    return { ...media(beyond), servers: [...home.map((s) => placed(s, 'home')), ...isp.map((s) => placed(s, 'isp')), ...beyond] };
  }
  const silent = () => stats(200, 0, 1);

  it('names the router when UDP reaches the home server but neither the provider’s server nor beyond, while TCP opens', () => {
    const v = verdictOf(healthy({ mediaPath: placedMedia([server('192.168.1.1', stats(200, 1))], [server('198.51.100.1', silent())], [server('203.0.113.78', silent())]) }));
    const f = v.byId.get('media.udp-blocked');
    expect(f).toMatchObject({ segment: 'home-network', severity: 'warning' });
    expect(f?.evidence.map((l) => l.key)).toEqual(['mediaUdpSilent', 'mediaTcpOpen', 'mediaIcmpClean', 'mediaHomeUdpWorks', 'mediaIspUdpSilentTcpOpen', 'mediaRouterFilters']);
  });

  it('does not name the router when TCP to the provider’s server fails too (the line may be down there)', () => {
    const v = verdictOf(healthy({ mediaPath: placedMedia([server('192.168.1.1', stats(200, 1))], [server('198.51.100.1', silent(), false)], [server('203.0.113.78', silent())]) }));
    const f = v.byId.get('media.udp-blocked');
    expect(f?.segment).toBe('unknown');
    expect(f?.evidence.map((l) => l.key)).toEqual(['mediaUdpSilent', 'mediaTcpOpen', 'mediaIcmpClean', 'mediaPlacedAnswered', 'mediaPlacedSilent', 'mediaOwnerUnproven']);
  });

  it('does not name the router without a server at home, or when the provider’s server answers', () => {
    const noHome = verdictOf(healthy({ mediaPath: placedMedia([], [server('198.51.100.1', silent())], [server('203.0.113.78', silent())]) }));
    expect(noHome.byId.get('media.udp-blocked')?.segment).toBe('unknown');
    const ispAnswers = verdictOf(healthy({ mediaPath: placedMedia([server('192.168.1.1', stats(200, 1))], [server('198.51.100.1', stats(200, 2))], [server('203.0.113.78', silent())]) }));
    expect(ispAnswers.byId.get('media.udp-blocked')?.segment).toBe('unknown'); // one network beyond: could be that network's
  });

  it('names the provider when its own server answers cleanly and servers in two networks beyond are silent with TCP open', () => {
    const v = verdictOf(healthy({ mediaPath: placedMedia([], [server('198.51.100.1', stats(200, 2))], [server('203.0.113.78', silent()), server('192.0.2.200', silent())]) }));
    const f = v.byId.get('media.udp-blocked');
    expect(f).toMatchObject({ segment: 'isp', severity: 'warning' });
    expect(f?.evidence.map((l) => l.key).slice(-2)).toEqual(['mediaIspUdpWorks', 'mediaBeyondSilent']);
  });

  it('names the provider for UDP loss beyond its clean server in two networks, and keeps loss before it unknown', () => {
    const beyondLossy = verdictOf(healthy({ mediaPath: placedMedia([], [server('198.51.100.1', stats(200, 2))], [server('203.0.113.78', stats(200, 2, 5)), server('192.0.2.200', stats(200, 2, 5))]) }));
    expect(beyondLossy.byId.get('media.call-quality')).toMatchObject({ segment: 'isp', severity: 'warning' });
    // Lossy at the provider's own server too: router or line, not told apart.
    const ispLossy = verdictOf(healthy({ mediaPath: placedMedia([server('192.168.1.1', stats(200, 1))], [server('198.51.100.1', stats(200, 2, 5))], [server('203.0.113.78', stats(200, 2, 5)), server('192.0.2.200', stats(200, 2, 5))]) }));
    expect(ispLossy.byId.get('media.call-quality')?.segment).toBe('unknown');
  });

  it('writes the placed servers’ lines in every language without placeholders', () => {
    const v = verdictOf(healthy({ mediaPath: placedMedia([server('192.168.1.1', stats(200, 1))], [server('198.51.100.1', silent(), false)], [server('203.0.113.78', silent())]) }));
    for (const lang of ['en', 'de', 'sv'] as const) {
      const text = localizeFinding(v.byId.get('media.udp-blocked')!, translator(lang)).evidence.join(' ');
      expect(text).not.toMatch(/\{\{|mediaRest\.|@/);
      expect(text).toContain('192.168.1.1:3478');
    }
  });
});

describe('carrier-grade and double NAT, as seen', () => {
  const withMapped = (address: string) => {
    const s = server('203.0.113.78', stats(200, 2));
    return media([{ ...s, mapped: { family: 'IPv4', address, port: 40000 } }], { localAddress: '192.168.2.20' });
  };
  const path = (...addresses: string[]) => ({ target: '203.0.113.10', hops: addresses.map((address, i) => ({ ttl: i + 1, address, reachedTarget: false })), firstIspHop: null });

  it('reports carrier-grade NAT from the mapped address, info without an owner, in every language', () => {
    const v = verdictOf(healthy({ mediaPath: withMapped('100.64.0.2') }));
    expect(v.byId.get('media.cgnat')).toMatchObject({ segment: 'unknown', severity: 'info' });
    expect(v.segment).toBe('none');
    for (const lang of ['en', 'de', 'sv'] as const) {
      const f = localizeFinding(v.byId.get('media.cgnat')!, translator(lang));
      expect(f.title).not.toMatch(/finding\./);
      expect(f.evidence.join(' ')).toContain('100.64.0.2');
    }
  });

  it('reports double NAT from a private next hop, and nothing on a plain line', () => {
    const gw = healthy().gateway!;
    const v = verdictOf(healthy({ mediaPath: withMapped('203.0.113.9'), path: path('192.168.2.1', '192.168.1.1'), gateway: { ...gw, gateway: '192.168.2.1' } }));
    expect(v.byId.get('media.double-nat')?.evidence[0]).toMatchObject({ key: 'mediaDoubleNat', vars: { router: '192.168.1.1', mapped: '203.0.113.9' } });
    const plain = verdictOf(healthy({ mediaPath: withMapped('203.0.113.9') }));
    expect([...plain.byId.keys()].filter((id) => id === 'media.cgnat' || id === 'media.double-nat')).toEqual([]);
  });

  // The router's own WAN address (NAT-PMP) against the address the servers saw.
  const wan = (wanAddress: string | null) => ({ router: '192.168.2.1', natPmp: null, wanAddress });
  const layerIds = (e: Evidence) => [...verdictOf(e).byId.keys()].filter((id) => ['media.cgnat', 'media.double-nat', 'media.nat-beyond-router'].includes(id)).sort();

  it('names each layer the router’s own WAN address shows, in every language', () => {
    const cg = verdictOf(healthy({ mediaPath: withMapped('203.0.113.9'), routerWan: wan('100.70.1.2') })).byId.get('media.cgnat');
    expect(cg?.evidence[0]).toMatchObject({ key: 'mediaCgnatRouterWan', vars: { address: '100.70.1.2', mapped: '203.0.113.9' } });
    const dn = verdictOf(healthy({ mediaPath: withMapped('203.0.113.9'), routerWan: wan('192.168.1.20') })).byId.get('media.double-nat');
    expect(dn?.evidence[0]).toMatchObject({ key: 'mediaDoubleNatRouterWan', vars: { wan: '192.168.1.20', mapped: '203.0.113.9' } });
    const v = verdictOf(healthy({ mediaPath: withMapped('203.0.113.9'), routerWan: wan('198.51.100.2') }));
    const beyond = v.byId.get('media.nat-beyond-router');
    expect(beyond).toMatchObject({ segment: 'unknown', severity: 'info', evidence: [{ key: 'mediaNatBeyondRouter', vars: { wan: '198.51.100.2', mapped: '203.0.113.9' } }] });
    expect(v.segment).toBe('none');
    for (const lang of ['en', 'de', 'sv'] as const) {
      for (const f of [cg!, dn!, beyond!]) {
        const text = localizeFinding(f, translator(lang));
        expect(text.title).not.toMatch(/finding\./);
        expect(text.evidence.join(' ')).toContain('203.0.113.9');
      }
    }
  });

  it('finds no layer when the router’s WAN address is the one the servers saw, when it is not known, or when nothing is translated', () => {
    expect(layerIds(healthy({ mediaPath: withMapped('203.0.113.9'), routerWan: wan('203.0.113.9') }))).toEqual([]);
    expect(layerIds(healthy({ mediaPath: withMapped('203.0.113.9'), routerWan: wan(null) }))).toEqual([]);
    // A routed line: the servers saw this computer's own address; the router's WAN address is no clue then.
    expect(layerIds(healthy({ mediaPath: withMapped('192.168.2.20'), routerWan: wan('198.51.100.2') }))).toEqual([]);
  });

  it('compares nothing when the test went through a connected VPN tunnel (the servers saw the company’s exit)', () => {
    const mp = { ...withMapped('203.0.113.9'), localAddress: '198.18.99.2' };
    const vpnClient = { tunnels: [{ interface: 'tun0', description: 'tun', product: 'openvpn' as const, connected: true, addresses: ['198.18.99.2'] }], builtIn: [], notes: [] };
    expect(layerIds(healthy({ mediaPath: mp, routerWan: wan('198.51.100.2'), vpnClient }))).toEqual([]);
    expect(layerIds(healthy({ mediaPath: mp, routerWan: wan('198.51.100.2') }))).toEqual(['media.nat-beyond-router']);
  });
});

describe('UDP mapping lifetime', () => {
  const life = (after: { address: string; port: number } | null) => ({
    idleS: 30, server: '203.0.113.78:3478', before: { family: 'IPv4' as const, address: '198.51.100.2', port: 40000 },
    after: after && { family: 'IPv4' as const, ...after }, kept: after === null ? null : after.port === 40000 && after.address === '198.51.100.2',
  });
  const withLife = (l: ReturnType<typeof life>) => healthy({ mediaPath: media([server('203.0.113.78', stats(200, 2))], { mappingLifetime: l }) });

  it('reports a forgotten mapping with both addresses, as seen', () => {
    const f = verdictOf(withLife(life({ address: '198.51.100.2', port: 51234 }))).byId.get('media.short-mapping');
    expect(f).toMatchObject({ segment: 'unknown', severity: 'info' });
    expect(f?.evidence[0]).toMatchObject({ key: 'mediaMappingForgotten', vars: { idle: 30, before: '198.51.100.2:40000', after: '198.51.100.2:51234' } });
    for (const lang of ['en', 'de', 'sv'] as const) expect(localizeFinding(f!, translator(lang)).evidence.join(' ')).toContain('198.51.100.2:51234');
  });

  it('says nothing when the mapping was kept or no answer came after the pause', () => {
    expect(verdictOf(withLife(life({ address: '198.51.100.2', port: 40000 }))).byId.has('media.short-mapping')).toBe(false);
    expect(verdictOf(withLife(life(null))).byId.has('media.short-mapping')).toBe(false);
  });
});

describe('the company’s share while the VPN tunnel is up', () => {
  const tunnel = { interface: 'tun0', description: 'tun', product: 'openvpn' as const, connected: true, addresses: ['198.18.99.2'] };
  const vpnClient = (transport: 'udp' | 'tcp' | 'unknown' | null, port = 1194) => ({
    tunnels: [tunnel], builtIn: [], notes: [],
    ...(transport === null ? {} : { transports: [{ interface: 'tun0', transport, source: 'config' as const, remote: { host: '203.0.113.100', port }, note: null }] }),
  });
  const silent = (host: string) => server(host, stats(200, 0, 1));
  const through = (servers: MediaServerCheck[]) => media(servers, { localAddress: '198.18.99.2' });

  it('names the company when UDP through the tunnel is silent towards two networks while TCP through it opens, in every language', () => {
    const v = verdictOf(healthy({ mediaPath: through([silent('203.0.113.78'), silent('198.51.100.78')]), vpnClient: vpnClient('tcp', 443) }));
    const f = v.byId.get('media.udp-blocked-vpn');
    expect(f).toMatchObject({ segment: 'vpn', severity: 'warning' });
    expect(f?.evidence.map((l) => l.key)).toEqual(['mediaUdpSilent', 'mediaTcpOpen', 'mediaIcmpClean', 'mediaThroughTunnel', 'mediaTunnelHidesUdp', 'mediaCompanyDropsUdp']);
    expect(v.byId.has('media.udp-blocked')).toBe(false);
    for (const lang of ['en', 'de', 'sv'] as const) {
      const text = localizeFinding(f!, translator(lang));
      expect(text.title).not.toMatch(/finding\./);
      expect(text.evidence.join(' ')).toMatch(/tun0 \(OpenVPN [^)]*TCP, [^)]*203\.0\.113\.100:443\)/);
      expect(text.evidence.join(' ')).not.toMatch(/\{\{|@|mediaVpn\./);
    }
  });

  it('names nobody with one network only, or when the test did not go through the tunnel; says which tunnel was used', () => {
    const one = verdictOf(healthy({ mediaPath: through([silent('203.0.113.78'), silent('203.0.113.79')]), vpnClient: vpnClient('udp') })).byId.get('media.udp-blocked');
    expect(one).toMatchObject({ segment: 'unknown', severity: 'info' });
    expect(one?.evidence.map((l) => l.key)).toContain('mediaThroughTunnel');
    const beside = verdictOf(healthy({ mediaPath: media([silent('203.0.113.78'), silent('198.51.100.78')], { localAddress: '192.0.2.10' }), vpnClient: vpnClient('udp') }));
    expect(beside.byId.get('media.udp-blocked')).toMatchObject({ segment: 'unknown' });
    expect(beside.byId.get('media.udp-blocked')?.evidence.map((l) => l.key)).not.toContain('mediaThroughTunnel');
  });

  const edtBlocked = (localAddress: string) => ({ host: 'gw.corp.example', address: '203.0.113.80', resolveError: null, udp: { state: 'silent' as const, answer: null, answerMs: null, attempts: 3, code: null }, tcp: null, edt: 'blocked' as const, localAddress });
  const internalOk = { tunnelUp: true, dns: [], hosts: [{ host: 'intranet.corp.example', port: 443, tcp: { host: 'intranet.corp.example', port: 443, state: 'open' as const, connectMs: 3, address: '198.18.20.80', code: null, banner: null }, routeInterface: 'tun0', viaTunnel: true }] };

  it('puts EDT silence through the tunnel on the company’s side', () => {
    const f = verdictOf(healthy({ citrixEdt: edtBlocked('198.18.99.2'), vpnClient: vpnClient(null) })).byId.get('media.edt-fallback');
    expect(f).toMatchObject({ segment: 'vpn', severity: 'warning' });
    expect(f?.evidence.map((l) => l.key)).toEqual(['edtSilent', 'mediaThroughTunnel', 'mediaTunnelHidesUdp', 'edtCompanyDrops']);
  });

  it('puts EDT silence beside a working tunnel over UDP 443 on the Gateway’s side, and nowhere with any less', () => {
    const f = verdictOf(healthy({ citrixEdt: edtBlocked('192.0.2.10'), vpnClient: vpnClient('udp', 443), vpnInternal: internalOk })).byId.get('media.edt-fallback');
    expect(f).toMatchObject({ segment: 'citrix', severity: 'warning' });
    expect(f?.evidence.map((l) => l.key)).toEqual(['edtSilent', 'mediaThroughTunnel', 'edtTunnelCarriesUdp443', 'edtGatewaySide']);
    const unproven = [
      { vpnClient: vpnClient('tcp', 443), vpnInternal: internalOk }, // the tunnel does not carry UDP
      { vpnClient: vpnClient('udp', 1194), vpnInternal: internalOk }, // UDP, but not port 443
      { vpnClient: vpnClient('unknown', 443), vpnInternal: internalOk },
      { vpnClient: vpnClient('udp', 443) }, // no company host answered through it
    ];
    for (const extra of unproven) {
      expect(verdictOf(healthy({ citrixEdt: edtBlocked('192.0.2.10'), ...extra })).byId.get('media.edt-fallback')).toMatchObject({ segment: 'unknown', severity: 'info' });
    }
  });
});
