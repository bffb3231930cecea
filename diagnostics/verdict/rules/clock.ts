import type { Rule } from '../finding-draft.js';

/** Sign-ins (Kerberos allows 5 minutes) fail first; secure connections fail once a day is off. */
const WARN_SECONDS = 300;
const PROBLEM_SECONDS = 86_400;

/** This computer's clock against the servers' Date headers. */
export const clockRule: Rule = (e) => {
  const offset = e.https?.clockOffsetSeconds;
  if (typeof offset !== 'number' || Math.abs(offset) < WARN_SECONDS) return [];
  const server = e.https?.checks?.find((c) => c.serverDate !== null)?.url ?? '?';
  return [
    {
      id: 'device.clock',
      segment: 'device',
      severity: Math.abs(offset) >= PROBLEM_SECONDS ? 'problem' : 'warning',
      evidence: [
        {
          key: 'clockOffset',
          vars: { minutes: Math.round(Math.abs(offset) / 60), direction: offset > 0 ? '@clockDirection.ahead' : '@clockDirection.behind', server },
        },
      ],
    },
  ];
};
