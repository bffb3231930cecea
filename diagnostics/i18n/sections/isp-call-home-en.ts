/**
 * What the call script says about the home side when the router link itself loses packets: the
 * measured figure only, never "everything is fine" (#16: a script said so at 100 % router loss).
 */
export const ispCallHomeEn = {
  gatewayLoss: 'The connection from my computer to my router loses {{loss}} % of packets, with a round trip of {{avg}} ms.',
  gatewayLost: 'My router did not answer: the connection from my computer to it lost {{loss}} % of packets.',
} as const;
