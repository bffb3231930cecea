import type { CatalogShape } from '../catalog-shape.js';
import type { ispConfirmEn } from './isp-confirm-en.js';

/** Bekräfta vad som gjorts före samtalet (se isp-confirm-en.ts). */
export const ispConfirmSv: CatalogShape<typeof ispConfirmEn> = {
  errors: {
    unknownItem: '”{{item}}” känner --done inte till: använd restart=HH:MM, cable, second-device eller none.',
    restartTime: '”{{item}}” behöver tiden för omstarten, till exempel restart=19:40.',
    badTime: '”{{value}}” är inget klockslag: skriv det som HH:MM, till exempel 19:40.',
    repeated: '”{{item}}” anges två gånger.',
    empty: '--done behöver en lista som restart=19:40,cable,second-device (eller none), inte ”{{value}}”.',
    restartAfterCheck: 'Omstarten kl. {{restart}} kom efter kontrollen kl. {{check}}: kör kontrollen igen efter omstarten och bekräfta den sedan.',
  },
  saved: 'Bekräftat för kontrollen {{date}}. En ny kontroll börjar utan bekräftelser.',
  cleared: 'Inget är bekräftat för kontrollen {{date}}.',
  stale: 'Det du bekräftade för kontrollen {{date}} gäller inte den nyare kontrollen: bekräfta det igen med --done.',
  unreadable: 'Kunde inte läsa dina bekräftelser ({{file}}: {{detail}}); samtalsstödet påstår inget av det.',
  app: {
    title: 'Vad jag gjorde före samtalet',
    hint: 'Kryssa bara i det du verkligen gjort: manuset säger det till din leverantör. Steg utan kryss erbjuds i stället.',
    restart: 'Jag startade om routern kl.',
    restartTime: 'Tid för omstarten',
    cable: 'Jag testade med nätverkskabel',
    secondDevice: 'Jag provade en andra enhet',
    updating: 'Manuset uppdateras …',
  },
};
