/** The monitor's events in history, in English: `homeline history`, the clean check after drop-outs, the call kit. */
export const monitorHistoryEn = {
  recent: {
    headlineOne: 'The check is clean now, but the line dropped out once in the last hour',
    headline: 'The check is clean now, but the line dropped out {{count}} times in the last hour',
    summary: 'Homeline found nothing wrong right now. The connection monitor saw the line drop out in the last hour, the longest for {{longest}} s, the last at {{last}}; the first part that stopped answering: {{segments}}.',
  },
  kit: {
    dropouts: 'Drop-outs in the last {{days}} days: {{count}}, each {{seconds}} s long, each beyond the router: the router answered throughout.',
    window: '{{inWindow}} of them began between {{from}} and {{to}}.',
    hopSilent: 'In {{silent}} of them the provider’s first router stopped answering too.',
  },
  list: {
    title: 'Drop-outs and bad spells seen by the connection monitor:',
    empty: 'None in the last {{days}} days.',
    line: '{{when}}  |  {{kind}}  |  {{segment}}  |  {{seconds}} s{{figures}}',
  },
};
