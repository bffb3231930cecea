// Texts of the router's own WAN address (NAT-PMP) compared with the address the STUN servers saw,
// in English. Top-level `mediaWan` for summary lines, evidence lines spread into `evidence`,
// findings joined into the group `finding.media`.

/** Summary lines the CLI and viewers show. */
export const mediaWanEn = {
  same: 'Your router’s own internet address (NAT-PMP): {{wan}}, the address the servers saw: your router is the only address translation.',
  differs: 'Your router’s own internet address (NAT-PMP): {{wan}}, but the servers saw {{mapped}}: another translation follows beyond your router.',
  unknown: 'Your router did not tell its own internet address (no NAT-PMP answer): double NAT and carrier-grade NAT are judged from other clues only.',
  behaviour: 'NAT behaviour (RFC 5780, server {{server}}): mapping {{mapping}}, filtering {{filtering}}.',
  behaviourUnsupported: 'NAT behaviour (RFC 5780): not tested, {{server}} does not offer the tests.',
  kind: { 'endpoint-independent': 'endpoint-independent', 'address-dependent': 'address-dependent', 'address-and-port-dependent': 'address- and port-dependent', unknown: 'unknown' },
} as const;

/** Evidence lines (spread into `evidence`). */
export const mediaWanEvidenceEn = {
  mediaCgnatRouterWan: 'Your router’s own internet address is {{address}}, from the carrier-grade NAT range (100.64.0.0/10), while the servers saw {{mapped}}: your provider translates once more and shares public addresses among customers.',
  mediaDoubleNatRouterWan: 'Your router’s own internet address is {{wan}}, a private address, while the servers saw {{mapped}}: another router translates before your provider (double NAT).',
  mediaNatBeyondRouter: 'Your router’s own internet address is {{wan}}, but the servers saw {{mapped}}: a device beyond your router translates addresses again.',
} as const;

/** Findings joined into the group `finding.media`. */
export const mediaWanFindingsEn = {
  'nat-beyond-router': {
    title: 'Addresses are translated again beyond your router',
    steps: [
      'Calls and Citrix usually still work; calls may go through a relay more often, and port forwardings on your router have no effect from the internet.',
      'If calls drop after silences or cannot connect directly, ask your provider whether your line is behind their own address translation and whether you can get a public address of your own.',
    ],
  },
} as const;
