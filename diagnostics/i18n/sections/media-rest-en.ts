// Texts of issue #19's second part, in English: the call model line (E-model R and MOS), the
// owner of a bad UDP path, NAT layers and the UDP mapping lifetime. Top-level `mediaRest` for
// summary lines, evidence lines spread into `evidence`, findings in the group `finding.mediaRest`.

/** Summary lines the CLI and viewers show. */
export const mediaRestEn = {
  model: 'Call model: R {{r}}, MOS {{mos}} (ITU-T G.107 E-model, {{codec}}, one-way delay {{delay}} ms)',
  where: { home: 'on your home network', isp: 'at your internet provider' },
} as const;

/** Evidence lines (spread into `evidence`). */
export const mediaRestEvidenceEn = {
  mediaMappingForgotten: "After {{idle}} s of silence the same connection to {{server}} got a new public address: {{before}} before, {{after}} after. The mapping lasted less than {{idle}} s.",
  mediaCgnatMapped: 'The servers saw your connection as {{address}}, an address from the range providers use for carrier-grade NAT (100.64.0.0/10): your provider shares public addresses among customers.',
  mediaCgnatHop: 'A router of your provider on the way out has the address {{address}}, from the carrier-grade NAT range (100.64.0.0/10): your provider shares public addresses among customers.',
  mediaDoubleNat: 'The next router after yours, {{router}}, has a private address, and the servers saw {{mapped}}: a second router translates addresses before your provider (double NAT).',
  mediaHomeUdpWorks: 'UDP to {{servers}} on your home network got answers: this computer and your home network carry UDP.',
  mediaIspUdpSilentTcpOpen: 'UDP to your provider’s server {{servers}} got no answer, while TCP to the same server and port opened: the line is up, only UDP does not pass.',
  mediaRouterFilters: 'Between your home network and your provider’s server, UDP stops at the router: it receives UDP but forwards none of it.',
  mediaIspUdpWorks: 'UDP to your provider’s server {{servers}} got clean answers: your router and your line carry UDP.',
  mediaBeyondSilent: 'UDP to every server beyond your provider ({{servers}}, in different networks) got no answer, while TCP to them opened: what they share is your provider’s network.',
  mediaBeyondLossy: 'UDP to every server beyond your provider ({{servers}}, in different networks) was lost in part: what they share is your provider’s network.',
  mediaPlacedAnswered: 'UDP to {{servers}} ({{where}}) got answers, {{loss}} % lost.',
  mediaPlacedSilent: 'UDP to {{servers}} ({{where}}) got no answer.',
} as const;

/** Findings joined into the group `finding.media`. */
export const mediaRestFindingsEn = {
  'short-mapping': {
    title: "UDP connections are forgotten after less than a minute of silence",
    steps: [
      "Calls on hold or with muted microphones can lose their audio when they resume; Teams and similar apps usually recover by sending more often, but it can cause short gaps.",
      "If your router has a setting for the UDP timeout or “UDP session lifetime”, set it to at least 60 seconds; if your provider uses carrier-grade NAT, ask them about it.",
    ],
  },
  cgnat: {
    title: "Your provider shares one public address among several customers (carrier-grade NAT)",
    steps: [
      "Calls and Citrix usually still work, but UDP mappings can be short-lived and incoming connections are impossible.",
      "If calls drop after some seconds of silence or cannot connect directly, ask your provider whether you can get a public IPv4 address of your own (often called “dual stack” or “public IP”).",
    ],
  },
  'double-nat': {
    title: "Two routers in a row translate your addresses (double NAT)",
    steps: [
      "Calls still work, but often through a relay with more delay, and port forwardings on your router have no effect.",
      "If you have a provider’s modem-router and your own router behind it, ask whoever supplied them whether one can be set to a plain modem (bridge mode), or put your router in the other one’s “exposed host” or DMZ.",
    ],
  },
} as const;

/** The call kit's sentences about the UDP test call (top-level `ispCallMedia`; backing in report/isp-call-sentences.ts). */
export const ispCallMediaEn = {
  udpLoss: "During the check, a test call over UDP, the way voice and video calls travel, lost {{loss}} % of {{sent}} packets beyond my router (round trip {{rtt}} ms).",
  udpJitter: "The delay of those UDP packets varied by {{jitter}} ms (jitter); calls need less than 30 ms.",
} as const;

/** Door rules of the media profile keys (joined into `door.rule`). */
export const mediaRestDoorRuleEn = {
  mappingIdle: 'must be a whole number of seconds from 1 to 60, not {{value}}',
} as const;
