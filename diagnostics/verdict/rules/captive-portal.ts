import type { EvidenceLine, Rule } from '../finding-draft.js';

/** A sign-in page in the way: the network the computer is on wants a login before it lets traffic out. */
export const captivePortalRule: Rule = (e) => {
  const c = e.captive?.check;
  if (!c || c.state !== 'portal') return [];
  const line: EvidenceLine = c.location
    ? { key: 'captiveRedirect', vars: { url: c.url, location: c.location } }
    : { key: 'captivePage', vars: { url: c.url } };
  return [
    {
      id: 'home.captive-portal',
      segment: 'home-network',
      severity: 'problem',
      evidence: [line],
    },
  ];
};
