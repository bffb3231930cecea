// Loss that only TCP connections could measure, on a network that filters ping (issue 14), in German.

export const tcpOnlyEvidenceDe = {
  onlyTcpSaw: 'Keine zweite Art von Test konnte das bestätigen: Ping wird hier gefiltert, nur TCP-Verbindungen haben es gesehen.',
} as const;

export const tcpOnlyUnsureDe = {
  'loss-tcp-only': {
    title: 'Verbindungen verlieren Pakete, aber dieses Netz filtert Ping, daher ließ sich nicht bestätigen, wo',
    steps: [
      'Führen Sie die Prüfung in ein paar Minuten erneut aus: Eine zweite Messung unterscheidet echten Verlust von einem vorübergehenden.',
      'Wenn Anrufe oder Remote-Sitzungen gleichzeitig stocken, bewahren Sie den Bericht für den Helpdesk auf.',
    ],
  },
} as const;
