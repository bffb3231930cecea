// A router that answers ping to itself only in part while pings through it pass (issue 14), in
// English. Spread into `evidence` and `finding.home` of the catalog.

export const routerPingEvidenceEn = {
  routerPingDeprioritized:
    'Your router ({{gateway}}) left {{loss}} % of {{sent}} pings to itself unanswered, yet {{throughLost}} of {{throughSent}} packets sent through it to the internet were lost: the link to it is fine, the router answers ping only when it has time.',
} as const;

export const routerPingHomeEn = {
  'router-ping-deprioritized': {
    title: 'Your router answers ping slowly, but passes traffic without loss',
    steps: ['Nothing to do: many routers answer ping to themselves last or limit how often they answer.'],
  },
} as const;
