import { describe, expect, it } from 'vitest';
import { mergeSameId, rankFindings } from '../../../diagnostics/verdict/decide.js';
import type { FindingDraft } from '../../../diagnostics/verdict/finding-draft.js';

// Two rules may reach the same fault (a dead company resolver is vpn.dns to the DNS rule and to
// the VPN rule): the report names it once, with the evidence of both.

const dnsRule: FindingDraft = {
  id: 'vpn.dns',
  segment: 'vpn',
  severity: 'problem',
  evidence: [{ key: 'dnsOwner', vars: { server: '198.18.20.53', owner: '@resolverOwner.company' } }],
  witnesses: ['dns'],
};
const vpnRule: FindingDraft = {
  id: 'vpn.dns',
  segment: 'vpn',
  severity: 'warning',
  evidence: [{ key: 'vpnDnsFailed', vars: { name: 'intranet.corp.example', server: '198.18.20.53', outcome: '@dnsOutcome.timeout' } }, { key: 'dnsOwner', vars: { server: '198.18.20.53', owner: '@resolverOwner.company' } }],
};

describe('one finding per id', () => {
  it('merges the evidence of both rules, each line once, keeping the graver severity and all witnesses', () => {
    const merged = mergeSameId([vpnRule, dnsRule]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.severity).toBe('problem');
    expect(merged[0]?.evidence.map((l) => l.key)).toEqual(['vpnDnsFailed', 'dnsOwner']);
    expect(merged[0]?.witnesses).toEqual(['dns']);
  });

  it('leaves different ids alone, and ranking never shows an id twice', () => {
    const other: FindingDraft = { id: 'device.proxy', segment: 'device', severity: 'warning', evidence: [] };
    const ranked = rankFindings([dnsRule, other, vpnRule]);
    expect(ranked.map((f) => f.id)).toEqual(['vpn.dns', 'device.proxy']);
  });
});
