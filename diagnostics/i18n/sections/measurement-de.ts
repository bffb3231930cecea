// Texte einer fehlgeschlagenen Durchsatzmessung, Deutsch (siehe measurement-en.ts).

export const measurementEvidenceDe = {
  downloadUnmeasured: 'Die Download-Geschwindigkeit konnte nicht gemessen werden: {{reason}}.',
  uploadUnmeasured: 'Die Upload-Geschwindigkeit konnte nicht gemessen werden: {{reason}}.',
} as const;

export const measurementFindingsDe = {
  'speed-unmeasured': {
    title: 'Ein Teil des Geschwindigkeitstests ist fehlgeschlagen, sein Wert fehlt',
    steps: [
      'Führen Sie die Prüfung erneut aus; eine ausgelastete Leitung oder ein kurzer Ausfall kann einen Geschwindigkeitstest stoppen.',
      'Schlägt sie wieder fehl, nennen Sie Ihrem Helpdesk den angezeigten Grund: Der Testserver ist vielleicht nicht erreichbar.',
    ],
  },
} as const;
