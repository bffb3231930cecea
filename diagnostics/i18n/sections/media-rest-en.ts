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
  mediaHomeUdpWorks: 'UDP to {{servers}} on your home network got answers: this computer and your home network carry UDP.',
  mediaIspUdpSilentTcpOpen: 'UDP to your provider’s server {{servers}} got no answer, while TCP to the same server and port opened: the line is up, only UDP does not pass.',
  mediaRouterFilters: 'Between your home network and your provider’s server, UDP stops at the router: it receives UDP but forwards none of it.',
  mediaIspUdpWorks: 'UDP to your provider’s server {{servers}} got clean answers: your router and your line carry UDP.',
  mediaBeyondSilent: 'UDP to every server beyond your provider ({{servers}}, in different networks) got no answer, while TCP to them opened: what they share is your provider’s network.',
  mediaBeyondLossy: 'UDP to every server beyond your provider ({{servers}}, in different networks) was lost in part: what they share is your provider’s network.',
  mediaPlacedAnswered: 'UDP to {{servers}} ({{where}}) got answers, {{loss}} % lost.',
  mediaPlacedSilent: 'UDP to {{servers}} ({{where}}) got no answer.',
} as const;
