import { describe, expect, it } from 'vitest';
import { translator } from '../../../diagnostics/i18n/translator.js';
import { mediaSummaryLines } from '../../../diagnostics/report/media-summary.js';
import type { Report } from '../../../diagnostics/schema/report.js';
import { emptyReport } from '../bundle/bundle-test-kit.js';

// Reports written for this test: only the probes the summary reads.

const report = (probes: Report['probes']): Report => emptyReport({ probes });

const measured = {
  id: 'media-path',
  status: 'ok' as const,
  durationMs: 5000,
  data: {
    servers: [{ host: '203.0.113.78', port: 3478, mapped: { family: 'IPv4', address: '192.0.2.10', port: 40000 } }],
    pooled: { sent: 400, received: 396, lossPct: 1, rttAvgMs: 1.2, jitterMs: 0.3 },
    grade: 'fair',
    udp: 'works',
    nat: 'none',
    mapping: 'unknown',
  },
};

describe('mediaSummaryLines', () => {
  it('prints the grade with its figures, the mapped address and EDT', () => {
    const lines = mediaSummaryLines(
      report([measured, { id: 'citrix-edt', status: 'ok', durationMs: 40, data: { host: 'gw.corp.example', edt: 'available' } }]),
      translator('en'),
    );
    expect(lines.join('\n')).toContain('Calls (UDP): fair — 1 % lost, round trip 1.2 ms, jitter 0.3 ms (400 packets to 203.0.113.78:3478)');
    expect(lines.join('\n')).toContain('192.0.2.10:40000 (no NAT seen)');
    expect(lines.join('\n')).toContain('Citrix EDT (UDP 443 to gw.corp.example): available');
  });

  it('prints the E-model line when the probe recorded it, in every language', () => {
    const withModel = { ...measured, data: { ...measured.data, model: { r: 89.2, mos: 4.32, codec: 'G.711 with PLC', oneWayDelayMs: 26.2 } } };
    expect(mediaSummaryLines(report([withModel]), translator('en')).join('\n')).toContain('Call model: R 89.2, MOS 4.3 (ITU-T G.107 E-model, G.711 with PLC, one-way delay 26.2 ms)');
    expect(mediaSummaryLines(report([withModel]), translator('de')).join('\n')).toMatch(/R 89[.,]2, MOS 4[.,]3/);
    expect(mediaSummaryLines(report([withModel]), translator('sv')).join('\n')).toMatch(/R 89[.,]2, MOS 4[.,]3/);
    expect(mediaSummaryLines(report([measured]), translator('en')).join('\n')).not.toContain('Call model');
  });

  it('says "not tested" when no STUN server is configured, in every language', () => {
    const skipped = { id: 'media-path', status: 'skipped' as const, durationMs: 0, data: { servers: [] } };
    expect(mediaSummaryLines(report([skipped]), translator('en')).join(' ')).toContain('not tested');
    expect(mediaSummaryLines(report([skipped]), translator('de')).join(' ')).toContain('nicht geprüft');
    expect(mediaSummaryLines(report([skipped]), translator('sv')).join(' ')).toContain('inte testat');
  });

  it('prints nothing for a report without the real-time probes, and survives odd data', () => {
    expect(mediaSummaryLines(report([]), translator('en'))).toEqual([]);
    const odd = { ...measured, data: { ...measured.data, grade: 'excellent', pooled: { lossPct: 'x' } } };
    expect(mediaSummaryLines(report([odd]), translator('en'))).toEqual([]);
    const blocked = { ...measured, status: 'fail' as const, data: { ...measured.data, udp: 'blocked' } };
    expect(mediaSummaryLines(report([blocked]), translator('en')).join(' ')).toContain('no answer from 203.0.113.78:3478');
  });

  describe('the router’s own WAN address (NAT-PMP)', () => {
    const natted = { ...measured, data: { ...measured.data, nat: 'present', localAddress: '192.168.1.20', servers: [{ host: '203.0.113.78', port: 3478, mapped: { family: 'IPv4', address: '198.51.100.2', port: 40000 } }] } };
    const wan = (wanAddress: string | null, state = 'answered') => ({ id: 'router-wan', status: 'ok' as const, durationMs: 30, data: { router: '192.168.1.1', natPmp: { state }, wanAddress } });
    const text = (probes: Report['probes']) => mediaSummaryLines(report(probes), translator('en')).join('\n');

    it('says whether the router is the only translation, or another follows beyond it', () => {
      expect(text([natted, wan('198.51.100.2')])).toContain('Your router’s own internet address (NAT-PMP): 198.51.100.2, the address the servers saw');
      expect(text([natted, wan('100.70.0.9')])).toContain('100.70.0.9, but the servers saw 198.51.100.2: another translation follows beyond your router');
      expect(text([natted, wan(null, 'refused')])).toContain('did not tell its own internet address');
    });

    it('compares nothing without translation, through a company tunnel, or when not asked', () => {
      expect(text([measured, wan('198.51.100.2')])).not.toContain('NAT-PMP');
      const tunnel = { id: 'vpn-client', status: 'ok' as const, durationMs: 5, data: { tunnels: [{ connected: true, addresses: ['192.168.1.20'] }] } };
      expect(text([natted, wan('203.0.113.5'), tunnel])).not.toContain('NAT-PMP');
      expect(text([natted, { ...wan(null), status: 'skipped' as const, data: { router: null, natPmp: null, wanAddress: null } }])).not.toContain('NAT-PMP');
    });
  });

  it('prints the RFC 5780 mapping and filtering, or that the server does not offer the tests, in every language', () => {
    const withBehaviour = (natBehaviour: object) => ({ ...measured, data: { ...measured.data, natBehaviour } });
    const b = { server: '203.0.113.78:3478', supported: true, mapping: 'endpoint-independent', filtering: 'address-and-port-dependent' };
    expect(mediaSummaryLines(report([withBehaviour(b)]), translator('en')).join('\n')).toContain('NAT behaviour (RFC 5780, server 203.0.113.78:3478): mapping endpoint-independent, filtering address- and port-dependent.');
    expect(mediaSummaryLines(report([withBehaviour(b)]), translator('de')).join('\n')).toContain('Filterung abhängig von Zieladresse und Port');
    expect(mediaSummaryLines(report([withBehaviour(b)]), translator('sv')).join('\n')).toContain('filtrering beroende av måladress och port');
    expect(mediaSummaryLines(report([withBehaviour({ ...b, supported: false })]), translator('en')).join('\n')).toContain('not tested, 203.0.113.78:3478 does not offer the tests');
    // A word the summary does not know (another version's report) prints nothing rather than a raw key.
    expect(mediaSummaryLines(report([withBehaviour({ ...b, mapping: 'weird' })]), translator('en')).join('\n')).not.toContain('RFC 5780');
  });
});
