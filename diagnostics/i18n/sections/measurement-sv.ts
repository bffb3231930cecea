// Texter för en genomströmningsmätning som misslyckades, svenska (se measurement-en.ts).

export const measurementEvidenceSv = {
  downloadUnmeasured: 'Nedladdningshastigheten kunde inte mätas: {{reason}}.',
  uploadUnmeasured: 'Uppladdningshastigheten kunde inte mätas: {{reason}}.',
} as const;

export const measurementFindingsSv = {
  'speed-unmeasured': {
    title: 'En del av hastighetstestet misslyckades, så dess värde saknas',
    steps: [
      'Kör kontrollen igen; en belastad linje eller ett kort avbrott kan stoppa ett hastighetstest.',
      'Misslyckas den igen, ge din helpdesk orsaken som visas: testservern kanske inte går att nå.',
    ],
  },
} as const;
