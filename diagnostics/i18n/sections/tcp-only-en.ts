// Loss that only TCP connections could measure, on a network that filters ping (issue 14), in
// English. Spread into `evidence` and `finding.unsure` of the catalog.

export const tcpOnlyEvidenceEn = {
  onlyTcpSaw: 'No second kind of test could confirm this: ping is filtered here, so only TCP connections saw it.',
} as const;

export const tcpOnlyUnsureEn = {
  'loss-tcp-only': {
    title: 'Connections lose packets, but this network filters ping, so nothing could confirm where',
    steps: [
      'Run the check again in a few minutes: a second measurement tells a real loss from a passing one.',
      'If calls or remote sessions stutter at the same time, keep the report for the help desk.',
    ],
  },
} as const;
