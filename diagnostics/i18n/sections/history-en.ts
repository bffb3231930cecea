/**
 * History in English: the pattern findings (spread into `finding.isp` and `evidence`, because
 * finding ids and evidence keys are typed from those groups), and the texts of the history and
 * ISP commands (the top-level `history` key).
 */
export const historyFindingsEn = {
  'time-of-day-pattern': {
    title: 'Your line loses data at the same time of day',
    steps: [
      'Run a check while it happens, so the call kit cites a fresh measurement.',
      'Call your internet provider and mention the time of day: Homeline has prepared what to say.',
      'Until it is fixed, plan video calls outside those hours, or use a cable rather than Wi-Fi.',
    ],
  },
  'weekday-pattern': {
    title: 'Your line loses data on the same day of the week',
    steps: [
      'Run a check while it happens, so the call kit cites a fresh measurement.',
      'Call your internet provider and mention the day: Homeline has prepared what to say.',
    ],
  },
} as const;

export const historyEvidenceEn = {
  historyTimeOfDay: 'On {{bad}} of the last {{days}} days, {{loss}} % of packets were lost beyond the router between {{from}} and {{to}}.',
  historyWeekday: 'On {{bad}} of the last {{days}} {{weekday}}, {{loss}} % of packets were lost beyond the router.',
} as const;

export const historyEn = {
  weekdays: { 0: 'Sundays', 1: 'Mondays', 2: 'Tuesdays', 3: 'Wednesdays', 4: 'Thursdays', 5: 'Fridays', 6: 'Saturdays' },
  title: 'Check history, last {{days}} days',
  empty: 'No checks recorded in the last {{days}} days.',
  columns: { when: 'When', verdict: 'Result', gateway: 'Router', internet: 'Internet', speed: 'Down/up' },
  ms: '{{ms}} ms',
  mbps: '{{down}}/{{up}} Mbit/s',
  patterns: 'Patterns',
  noPatterns: 'No recurring pattern yet.',
  corrupt: 'The check history ({{file}}) was damaged. It was kept as {{movedTo}} and a new history was started.',
  locked: 'The check history ({{file}}) is in use by another program; this check was not added to it ({{detail}}).',
  unavailable: 'The check history ({{file}}) cannot be used: {{detail}}. This check was not added to it.',
  writeFailed: 'This check could not be added to the history: {{detail}}',
  settingsBroken: 'Your settings ({{file}}) could not be read ({{detail}}). They were kept as {{keptAt}}; defaults apply.',
  settingsUnreadable: 'Your settings ({{file}}) could not be read ({{detail}}); defaults apply.',
  ispSaved: 'Saved. Homeline will cite these details when you call your provider.',
  ispShow: [
    'Internet provider: {{name}}',
    'Contract speed: {{down}} Mbit/s down, {{up}} Mbit/s up',
    'Customer number: {{customer}}',
    'Line ID: {{line}}',
  ],
  notSet: 'not set',
  noCheck: 'No check has been recorded yet: run “homeline check” first.',
  kitWritten: 'The call kit was written to {{file}}.',
} as const;
