// Evidence for a DNS stub on this computer that lists no upstream (issue 14): the gateway's
// resolver was asked directly as the second witness. Spread into `evidence` of the catalog.

export const stubWitnessEvidenceEn = {
  dnsStubGatewayAsked:
    'The name server {{stub}} is a program on this computer that does not say where it forwards to, so your router\'s name server {{gateway}} was asked directly.',
} as const;
