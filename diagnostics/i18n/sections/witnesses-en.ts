// Texts of the cross-checked verdict (issue 14), in English: which kinds of evidence agreed, who
// runs each resolver, and the notes for healthy-but-unusual networks. Spread into `evidence` and
// `finding` of the catalog; `witness` and `resolverOwner` are their own sections.

/** Evidence lines citing the second witness and the per-target figures. */
export const witnessEvidenceEn = {
  tcpFigures: 'Measured with {{sent}} timed TCP connections instead: {{loss}} % lost ({{lost}} of {{sent}}, likely between {{lo}} and {{hi}} %), {{avg}} ms round trip on average.',
  tcpSilent: 'None of {{sent}} TCP connections to the same addresses was answered either.',
  publicDnsSilent: 'The public name servers ({{servers}}) did not answer either.',
  pingFiltered: 'None of the internet test addresses answered ping ({{targets}}; {{sent}} packets), yet other traffic to the internet works: this network filters ping.',
  noSecondWitness: 'No second kind of test could confirm this: only ping saw it.',
  targetUnreachable: 'The test address {{target}} answered none of {{sent}} packets while the others answered: that address is unreachable, your line is not.',
  targetLossOnly: '{{target}} lost {{loss}} % of {{sent}} packets while other addresses lost clearly less: the loss belongs to that address, not to your line.',
  routerIgnoresPing: 'Your router ({{gateway}}) answered none of {{sent}} pings, yet it forwards traffic: it is set to ignore ping.',
  dnsOwner: 'The name server {{server}} is run by {{owner}}.',
} as const;

/** Notes for the provider's segment (severity info: they never name the provider). */
export const witnessFindingsIspEn = {
  'ping-filtered': {
    title: 'This network filters ping; the connection works',
    steps: ['Nothing to do: loss and round trip were measured over TCP instead.'],
  },
  'ping-deprioritized': {
    title: 'Ping is slowed down on this network; other traffic is not',
    steps: ['Nothing to do: TCP connections to the same addresses show far less loss than ping.'],
  },
  'target-unreachable': {
    title: 'One test address does not answer',
    steps: ['Nothing to do for you: the other test addresses answer, so your line works. The help desk may update the test addresses.'],
  },
  'target-loss': {
    title: 'Only some test addresses lose packets',
    steps: ['Nothing to do for you: the loss is on the way to those addresses, not on your line.'],
  },
} as const;

/** Notes for the home network's segment. */
export const witnessFindingsHomeEn = {
  'router-ignores-ping': {
    title: 'Your router does not answer ping, but works',
    steps: ['Nothing to do: many routers ignore ping on purpose.'],
  },
} as const;

/** Findings where the witnesses contradict each other: the verdict stays open. */
export const unsureFindingsEn = {
  'line-down-ping-only': {
    title: 'Ping says your internet line is down, but nothing else could confirm it',
    steps: ['Open a website to see whether the internet works.', 'Run the check again in a few minutes.', 'If websites do not open either, restart your router and check again.'],
  },
  'loss-ping-only': {
    title: 'Ping shows losses beyond your router, but other tests do not confirm them',
    steps: ['Run the check again in a few minutes: a second measurement tells a real loss from a passing one.', 'If calls or remote sessions stutter at the same time, keep the report for the help desk.'],
  },
  'dns-owner': {
    title: 'A name server set on this computer is not working',
    steps: ['If you set this name server yourself, switch back to automatic DNS settings.', 'Otherwise contact the help desk with the report: it names the server and what it answered.'],
  },
} as const;

/** Plain words for the kinds of evidence and their agreement, for the app, the viewer and the CLI. */
export const witnessEn = {
  icmp: 'ping (ICMP)',
  tcp: 'TCP connections',
  https: 'secure web requests (HTTPS)',
  dns: 'name lookups (DNS)',
  and: '{{first}} and {{second}}',
  agreed: 'Confirmed by {{list}}.',
  single: 'Seen by {{list}} only: not confirmed by a second kind of test.',
} as const;

/** Who runs a resolver, as a phrase that fits “is run by …”. */
export const resolverOwnerEn = {
  router: 'your home router',
  provider: 'your internet provider',
  public: 'a public DNS service',
  company: 'your company (through the VPN)',
  'local-stub': 'a program on this computer that forwards to other name servers',
  'home-device': 'another device in your home network',
  unknown: 'an unknown party',
} as const;
