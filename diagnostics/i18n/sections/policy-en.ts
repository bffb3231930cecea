/** Texts of `homeline policy` and the policy warnings of `homeline check`, in English. */
export const policyEn = {
  help: [
    'Usage: homeline policy [--json -] [--lang en|de|sv]',
    '  shows the settings in effect: each value, whether policy, the user or the default set it, what is locked,',
    '  where the managed policy was read from and which policy values were ignored and why (exit 1 if any).',
  ],
  title: 'Homeline settings and managed policy',
  sourcesTitle: 'Where the managed policy is read from',
  sourceRead: '{{location}}: read',
  sourceAbsent: '{{location}}: not present',
  sourceError: '{{location}}: could not be read: {{reason}}',
  noSources: 'This system has no managed policy location (HOMELINE_POLICY_FILE=none or an unsupported OS).',
  settingsTitle: 'Settings in effect',
  settingLine: '{{key}} = {{value}}  ({{origin}})',
  notSet: '(not set)',
  origin: {
    policy: 'policy: {{location}}, locked',
    user: 'your setting',
    default: 'default',
    defaultLocked: 'default, locked by policy',
    itOnly: 'default; only policy can set this',
  },
  issuesTitle: 'Ignored policy values',
  issueLine: '{{key}} in {{location}}: {{reason}}',
  noIssues: 'No problems found in the managed policy.',
  checkWarning: 'Managed policy: {{key}} in {{location}} was ignored ({{reason}}).',
} as const;
