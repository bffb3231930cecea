import type { doorEn } from './door-en.js';
import type { CatalogShape } from '../catalog-shape.js';

/** Texterna för kontrollerna vid dörren, på svenska (se door-en.ts). */
export const doorSv: CatalogShape<typeof doorEn> = {
  rule: {
    hostName: 'måste vara ett värdnamn (bokstäver, siffror, bindestreck och punkter, RFC 1123) eller en IP-adress, inte {{value}}',
    port: 'måste vara ett portnummer från 1 till 65535, inte {{value}}',
    url: 'måste vara en http://- eller https://-adress, inte {{value}}',
    urlHost: 'måste vara en adress vars värd är ett värdnamn eller en IP-adress, inte {{value}}',
    urlLength: 'får vara högst {{max}} tecken lång',
    tooMany: 'får innehålla högst {{max}} poster, inte {{count}}',
    mbps: 'måste vara en hastighet i Mbit/s över 0 och högst {{max}}, inte {{value}}',
    other: 'är ogiltigt: {{detail}}',
  },
  profile: {
    field: '{{file}}: fältet {{field}} {{rule}}.',
    notJson: '{{file}}: inte giltig JSON ({{detail}}).',
    unreadable: '{{file}}: profilen kan inte läsas ({{detail}}).',
    notFound: 'filen finns inte',
    denied: 'åtkomst nekad',
    tooLarge: '{{file}}: profilen är {{size}} byte; en profil får vara högst {{max}} byte, så den lästes inte.',
  },
  write: {
    before: '{{file}} kan inte skrivas: {{reason}}. Inget kördes; välj en annan fil.',
    failed: '{{file}} kunde inte skrivas: {{reason}}.',
    keptAt: 'Inget går förlorat: utdata sparades i stället i {{file}}.',
    notKept: 'Den kunde inte heller sparas någon annanstans ({{reason}}).',
    reason: {
      noFolder: 'mappen finns inte',
      notFolder: 'en del av sökvägen är inte en mapp',
      denied: 'åtkomst nekad',
      readOnly: 'filsystemet är skrivskyddat',
      isFolder: 'det är en mapp',
      full: 'disken är full',
    },
  },
  tooLarge: 'filen är {{size}} byte, mer än de {{max}} byte som Homeline läser',
};
