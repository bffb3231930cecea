// Evidence for a DNS stub on this computer that lists no upstream (issue 14), in Swedish.

export const stubWitnessEvidenceSv = {
  dnsStubGatewayAsked:
    'Namnservern {{stub}} är ett program på den här datorn som inte visar vart det skickar vidare, så din routers namnserver ({{gateway}}) tillfrågades direkt.',
} as const;
