/**
 * The home network's and the company VPN's recorded drop-outs, in English: the check's findings
 * (spread into `finding.home`, `finding.vpn` and `evidence`, whose keys type the finding ids) and
 * the help-desk ticket's list (top-level `dropoutTicket`).
 */
export const dropoutAdviceHomeEn = {
  dropouts: {
    title: 'Your home network dropped out recently',
    steps: [
      'If you use Wi-Fi, note where and when it drops, and try a network cable or a place closer to the router.',
      'Restart the router: unplug its power for 30 seconds, plug it back in and wait 3 minutes.',
      'If it keeps dropping, the router may be faulty: contact whoever supplied it and show them the Drop-outs page. Your internet provider’s line is not the cause of these.',
    ],
  },
} as const;

export const dropoutAdviceVpnEn = {
  dropouts: {
    title: 'The company VPN dropped out recently',
    steps: [
      'Send this to the help desk: the ticket lists when each VPN drop-out began, so they can match it with the VPN gateway’s records.',
      'Your internet provider cannot help with these: your router and the internet kept answering.',
    ],
  },
} as const;

export const dropoutAdviceEvidenceEn = {
  dropoutsHome: 'In the last {{days}} days the connection monitor recorded {{count}} drop-outs of {{min}}–{{max}} s in which your router stopped answering, the latest on {{latest}}.',
  dropoutsHomeOne: 'In the last {{days}} days the connection monitor recorded 1 drop-out of {{max}} s in which your router stopped answering, on {{latest}}.',
  dropoutsVpn: 'In the last {{days}} days the connection monitor recorded {{count}} drop-outs of {{min}}–{{max}} s in which the company VPN stopped answering while your router and the internet kept answering, the latest on {{latest}}.',
  dropoutsVpnOne: 'In the last {{days}} days the connection monitor recorded 1 drop-out of {{max}} s in which the company VPN stopped answering while your router and the internet kept answering, on {{latest}}.',
  dropoutsWindow: '{{count}} of them began between {{from}} and {{to}}.',
} as const;

export const dropoutTicketEn = {
  title: 'Drop-outs recorded on this computer in the last {{days}} days (home network and company VPN; times in UTC):',
  line: '  - {{start}}  {{segment}}  {{seconds}} s',
  more: '  … and {{count}} earlier ones (all are in the attached bundle).',
  segment: { home: 'home network', vpn: 'company VPN' },
} as const;
