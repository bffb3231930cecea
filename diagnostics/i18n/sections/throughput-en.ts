// Texts of the throughput and latency-under-load checks, in English: spread into `evidence` and
// `finding.isp` of the catalog, so finding ids stay `isp.…`.

/** Evidence lines citing the measured rates and round trips. */
export const throughputEvidenceEn = {
  throughputDownload: 'Download measured at {{mbps}} Mbit/s ({{streams}} parallel connections to {{server}}, {{seconds}} s counted); the company’s minimum is {{min}} Mbit/s.',
  throughputUpload: 'Upload measured at {{mbps}} Mbit/s ({{streams}} parallel connections to {{server}}, {{seconds}} s counted); the company’s minimum is {{min}} Mbit/s.',
  loadedLatency: 'Round trip to {{target}}: {{idle}} ms when the line is idle, {{loaded}} ms while it is busy (+{{increase}} ms, grade {{grade}}).',
  loadedLatencyHome: 'The round trip to your router stays at {{loaded}} ms under the same load: the delay builds up on the internet line.',
} as const;

/** The findings' titles and steps. */
export const throughputFindingsEn = {
  'slow-download': {
    title: 'Your internet line downloads more slowly than work requires',
    steps: [
      'Stop large downloads, streaming and cloud backups on other devices, then run the check again.',
      'Connect the computer with a network cable and check again, to rule out Wi-Fi.',
      'Compare the figure with the speed in your contract. If it stays below, call your internet provider: Homeline has prepared what to say.',
    ],
  },
  'slow-upload': {
    title: 'Your internet line uploads more slowly than work requires',
    steps: [
      'Pause cloud backups, photo uploads and file syncing on other devices, then run the check again.',
      'Connect the computer with a network cable and check again, to rule out Wi-Fi.',
      'Compare the figure with the upload speed in your contract. If it stays below, call your internet provider: Homeline has prepared what to say.',
    ],
  },
  bufferbloat: {
    title: 'Your line gets very slow to respond while it is busy',
    steps: [
      'Avoid big uploads and downloads during calls and remote sessions (cloud backups, game or system updates).',
      'If your router offers “Smart Queue Management”, “SQM” or a quality-of-service setting, turn it on and set it slightly below your line’s speed.',
      'If it continues, ask your internet provider about a router with active queue management: Homeline has prepared what to say.',
    ],
  },
} as const;
