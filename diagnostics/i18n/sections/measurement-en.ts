// Texts of a throughput measurement that failed, in English: spread into `evidence` and
// `finding.isp` of the catalog. The reason is the measurement's own words (a URL, an HTTP status).

/** Evidence lines naming the direction that has no figure, and why. */
export const measurementEvidenceEn = {
  downloadUnmeasured: 'The download speed could not be measured: {{reason}}.',
  uploadUnmeasured: 'The upload speed could not be measured: {{reason}}.',
} as const;

/** The finding: information only, it never decides the verdict. */
export const measurementFindingsEn = {
  'speed-unmeasured': {
    title: 'Part of the speed test failed, so its figure is missing',
    steps: [
      'Run the check again; a busy line or a short outage can stop a speed test.',
      'If it fails again, give the reason shown to your help desk: the test server may be unreachable.',
    ],
  },
} as const;
