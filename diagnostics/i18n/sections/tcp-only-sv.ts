// Loss that only TCP connections could measure, on a network that filters ping (issue 14), in Swedish.

export const tcpOnlyEvidenceSv = {
  onlyTcpSaw: 'Ingen annan sorts test kunde bekräfta detta: ping filtreras här, så bara TCP-anslutningar såg det.',
} as const;

export const tcpOnlyUnsureSv = {
  'loss-tcp-only': {
    title: 'Anslutningar tappar paket, men det här nätet filtrerar ping, så inget kunde bekräfta var',
    steps: [
      'Kör kontrollen igen om några minuter: en andra mätning skiljer en verklig förlust från en tillfällig.',
      'Om samtal eller fjärrsessioner hackar samtidigt, spara rapporten till supporten.',
    ],
  },
} as const;
