import { describe, expect, it } from 'vitest';
import { decide, rankFindings } from '../../../diagnostics/verdict/decide.js';
import type { Evidence } from '../../../diagnostics/verdict/evidence.js';
import type { DnsSystemData } from '../../../diagnostics/probes/dns-system.js';
import { ALL_RULES } from '../../../diagnostics/verdict/rules/all-rules.js';
import { dns, healthy } from './evidence-builder.js';

// Written by hand (issue 14): a DNS stub on 127.x that lists no upstream (dnsmasq, unbound, a VPN
// client's) fails; the probe then asked the default gateway's resolver directly, and the verdict
// follows that second witness. Any stub program, any loopback address.

const STUB = '127.0.1.1';
const GATEWAY = '192.0.2.1';
const NAME = 'www.example.com';

function stubEvidence(gateway: DnsSystemData['stubGateway'] | undefined, forwarderTcp?: DnsSystemData['forwarderTcp']): Evidence {
  return healthy({
    dnsSystem: {
      resolvers: [{ address: STUB, scope: 'default', role: 'other', owner: 'local-stub' }],
      outcomes: [dns(STUB, NAME, 'timeout', 2500)],
      notes: [],
      ...(gateway ? { stubGateway: gateway } : {}),
      ...(forwarderTcp ? { forwarderTcp } : {}),
    },
  });
}

function verdictOf(e: Evidence) {
  const drafts = rankFindings(ALL_RULES.flatMap((r) => r(e)));
  return { segment: decide(drafts, e).segment, drafts };
}

describe('a stub that lists no upstream, judged through the gateway asked directly', () => {
  it("blames the router's DNS when the gateway's resolver is down too (refused)", () => {
    const v = verdictOf(stubEvidence({ stub: STUB, address: GATEWAY, outcomes: [dns(GATEWAY, NAME, 'refused', 1)] }));
    expect(v.segment).toBe('home-network');
    const finding = v.drafts.find((d) => d.id === 'home.router-dns');
    expect(finding?.evidence.map((l) => l.key)).toEqual(['dnsFailed', 'dnsStubGatewayAsked', 'dnsFailed', 'dnsOwner', 'dnsPublicOk']);
    expect(finding?.evidence[2]?.vars).toMatchObject({ server: GATEWAY });
  });

  it("blames the provider when the router's forwarder runs but relays silence (timeout, DNS port open)", () => {
    const v = verdictOf(stubEvidence({ stub: STUB, address: GATEWAY, outcomes: [dns(GATEWAY, NAME, 'timeout', 2500)] }, { [GATEWAY]: 'open' }));
    expect(v.segment).toBe('isp');
    expect(v.drafts.map((d) => d.id)).toEqual(['isp.dns']);
  });

  it('names no party when the gateway answers: the stub alone fails', () => {
    const v = verdictOf(stubEvidence({ stub: STUB, address: GATEWAY, outcomes: [dns(GATEWAY, NAME, 'ok', 3)] }));
    expect(v.segment).toBe('unknown');
    expect(v.drafts.map((d) => d.id)).toEqual(['unsure.dns-owner']);
  });

  it('names no party when the gateway was not asked (no default gateway known)', () => {
    const v = verdictOf(stubEvidence(undefined));
    expect(v.drafts.map((d) => d.id)).toEqual(['unsure.dns-owner']);
  });

  it('ignores a gateway answer that belongs to another stub', () => {
    const v = verdictOf(stubEvidence({ stub: '127.0.0.1', address: GATEWAY, outcomes: [dns(GATEWAY, NAME, 'refused', 1)] }));
    expect(v.drafts.map((d) => d.id)).toEqual(['unsure.dns-owner']);
  });
});
