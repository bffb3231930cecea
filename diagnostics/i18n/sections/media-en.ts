// Texts of the real-time checks (UDP media path to STUN servers, Citrix EDT over UDP 443), in
// English: evidence lines spread into `evidence`, findings as the group `finding.media`, and the
// summary lines and grade names as the top-level `media`.

/** Evidence lines citing the measured figures. */
export const mediaEvidenceEn = {
  mediaFigures: 'Test call over UDP to {{servers}}: {{sent}} packets, {{loss}} % lost, round trip {{rtt}} ms, jitter {{jitter}} ms: calls would be {{grade}}.',
  mediaUdpSilent: 'None of {{sent}} UDP packets to {{servers}} got an answer.',
  mediaTcpOpen: 'TCP connections to the same servers opened ({{servers}}): the servers are there, only UDP does not get through.',
  mediaIcmpClean: 'Ping to the internet test addresses lost {{loss}} % at the same time: the trouble affects UDP only.',
  mediaIcmpAgrees: 'Ping to the internet test addresses lost {{loss}} % at the same time, while the link to your router was clean: both kinds of traffic suffer beyond the router.',
  mediaHomeAgrees: 'The link to your router itself lost {{loss}} % of test packets at the same time.',
  mediaOwnerUnproven: 'From here Homeline cannot tell whether your router, your internet provider or the network at the servers drops the UDP packets.',
  mediaMappingDependent: 'Your public address changed with the destination: {{first}} towards {{serverA}}, {{second}} towards {{serverB}}.',
  edtSilent: 'The Citrix Gateway {{host}} did not answer on UDP port 443 ({{attempts}} tries), while TCP port 443 opened.',
  edtRefused: 'The Citrix Gateway {{host}} reported that nothing listens on UDP port 443.',
} as const;

/** The findings' titles and steps (group `media`). */
export const mediaFindingsEn = {
  'udp-blocked': {
    title: 'Calls cannot send their audio and video over UDP on this connection',
    steps: [
      'Calls may still connect through a relay over TCP, with more delay and poorer sound. Try a call to check.',
      'To compare, connect this computer to another network (for example your phone’s hotspot) and run the check again.',
      'If UDP works elsewhere, look in your router’s settings for a firewall, “SIP ALG” or UDP filtering, or ask whoever supplied the router.',
      'If the comparison does not settle it, send this report to the help desk.',
    ],
  },
  'call-quality': {
    title: 'Calls over this connection may break up',
    steps: [
      'Connect the computer with a network cable if you can, and pause large uploads and downloads during calls.',
      'Run the check again at another time of day to see whether it is lasting.',
      'If it stays, send this report to the help desk; if Homeline names your internet provider, it has prepared what to say.',
    ],
  },
  'address-dependent-nat': {
    title: 'Your connection gives each destination its own public port (symmetric NAT)',
    steps: [
      'Calls still work, but media then goes through a relay, which can add delay.',
      'If your router has a setting for “full cone”, “endpoint-independent” NAT or UPnP, turning it on may help; if you have two routers in a row, ask whoever supplied them whether one can be a plain modem.',
    ],
  },
  'edt-fallback': {
    title: 'Citrix sessions cannot use their fast UDP transport (EDT) and fall back to TCP',
    steps: [
      'Citrix still works over TCP, but it may feel slower and reconnect more often on a weak line.',
      'Tell the help desk: they can check whether the Gateway offers EDT and whether UDP port 443 is open on the company side.',
      'To compare, run the check on another network (for example your phone’s hotspot).',
    ],
  },
} as const;

/** Summary lines and names the CLI and viewers show. */
export const mediaEn = {
  grade: { good: 'good', fair: 'fair', poor: 'poor', bad: 'bad' },
  heading: 'Calls and Citrix (real-time)',
  call: 'Calls (UDP): {{grade}} — {{loss}} % lost, round trip {{rtt}} ms, jitter {{jitter}} ms ({{sent}} packets to {{servers}})',
  callBlocked: 'Calls (UDP): no answer from {{servers}}',
  callNotConfigured: 'Calls (UDP): not tested — no STUN server configured',
  nat: { none: 'no NAT seen', present: 'behind NAT', unknown: 'NAT not known' },
  mapping: { 'endpoint-independent': 'same public port to every server', 'address-dependent': 'new public port per server', unknown: '' },
  natLine: 'Address seen by the servers: {{mapped}} ({{nat}}{{mapping}})',
  edt: {
    available: 'Citrix EDT (UDP 443 to {{host}}): available',
    blocked: 'Citrix EDT (UDP 443 to {{host}}): no answer — sessions fall back to TCP',
    'not-offered': 'Citrix EDT (UDP 443 to {{host}}): not offered by the Gateway',
    unknown: 'Citrix EDT (UDP 443 to {{host}}): Gateway not reachable',
  },
} as const;
