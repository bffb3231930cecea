// Evidence for a DNS stub on this computer that lists no upstream (issue 14), in German.

export const stubWitnessEvidenceDe = {
  dnsStubGatewayAsked:
    'Der Namensserver {{stub}} ist ein Programm auf diesem Computer, das nicht angibt, wohin es weiterleitet; deshalb wurde der Namensserver Ihres Routers ({{gateway}}) direkt gefragt.',
} as const;
