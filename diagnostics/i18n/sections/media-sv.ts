import type { CatalogShape } from '../catalog-shape.js';
import type { mediaEn, mediaEvidenceEn, mediaFindingsEn } from './media-en.js';

/** Belägg med de uppmätta värdena. */
export const mediaEvidenceSv: CatalogShape<typeof mediaEvidenceEn> = {
  mediaFigures: 'Testsamtal över UDP till {{servers}}: {{sent}} paket, {{loss}} % förlorade, svarstid {{rtt}} ms, jitter {{jitter}} ms: samtal skulle bli {{grade}}.',
  mediaUdpSilent: 'Inget av {{sent}} UDP-paket till {{servers}} fick något svar.',
  mediaTcpOpen: 'TCP-anslutningar till samma servrar gick igenom ({{servers}}): servrarna finns där, bara UDP kommer inte fram.',
  mediaIcmpClean: 'Ping till internets testadresser förlorade {{loss}} % under samma tid: felet gäller bara UDP.',
  mediaIcmpAgrees: 'Ping till internets testadresser förlorade {{loss}} % under samma tid, medan länken till din router var ren: båda slagen av trafik drabbas bortom routern.',
  mediaHomeAgrees: 'Länken till din router förlorade själv {{loss}} % av testpaketen under samma tid.',
  mediaOwnerUnproven: 'Härifrån kan Homeline inte avgöra om din router, din internetleverantör eller nätet hos servrarna kastar UDP-paketen.',
  mediaMappingDependent: 'Din publika adress ändrades med målet: {{first}} mot {{serverA}}, {{second}} mot {{serverB}}.',
  edtSilent: 'Citrix Gateway {{host}} svarade inte på UDP-port 443 ({{attempts}} försök), medan TCP-port 443 gick att ansluta till.',
  edtRefused: 'Citrix Gateway {{host}} meddelade att ingenting lyssnar på UDP-port 443.',
};

/** Fyndens rubriker och steg (gruppen `media`). */
export const mediaFindingsSv: CatalogShape<typeof mediaFindingsEn> = {
  'udp-blocked': {
    title: 'Samtal kan inte skicka ljud och bild över UDP på den här anslutningen',
    steps: [
      'Samtal kan ändå kopplas upp via ett relä över TCP, med mer fördröjning och sämre ljud. Prova ett samtal.',
      'Anslut datorn till ett annat nät för att jämföra (till exempel telefonens surfzon) och kör kontrollen igen.',
      'Fungerar UDP på annat håll, leta i routerns inställningar efter brandvägg, ”SIP ALG” eller UDP-filtrering, eller fråga den som levererade routern.',
      'Om jämförelsen inte avgör saken, skicka den här rapporten till supporten.',
    ],
  },
  'call-quality': {
    title: 'Samtal över den här anslutningen kan hacka',
    steps: [
      'Anslut datorn med nätverkskabel om du kan, och pausa stora uppladdningar och nedladdningar under samtal.',
      'Kör kontrollen igen vid en annan tid på dagen för att se om det består.',
      'Om det består, skicka den här rapporten till supporten; pekar Homeline ut din internetleverantör har den förberett vad du kan säga.',
    ],
  },
  'address-dependent-nat': {
    title: 'Din anslutning ger varje mål en egen publik port (symmetrisk NAT)',
    steps: [
      'Samtal fungerar ändå, men medierna går då via ett relä, vilket kan ge fördröjning.',
      'Har routern en inställning för ”full cone”, ”endpoint-independent” NAT eller UPnP kan det hjälpa att slå på den; har du två routrar efter varandra, fråga den som levererade dem om den ena kan bli ett rent modem.',
    ],
  },
  'edt-fallback': {
    title: 'Citrix-sessioner kan inte använda sin snabba UDP-transport (EDT) och faller tillbaka på TCP',
    steps: [
      'Citrix fungerar fortfarande över TCP, men kan kännas långsammare och återansluta oftare på en svag lina.',
      'Berätta för supporten: de kan kontrollera om Gateway erbjuder EDT och om UDP-port 443 är öppen på företagets sida.',
      'Jämför genom att köra kontrollen på ett annat nät (till exempel telefonens surfzon).',
    ],
  },
};

/** Sammanfattningsrader och namn för CLI och visare. */
export const mediaSv: CatalogShape<typeof mediaEn> = {
  grade: { good: 'bra', fair: 'godtagbara', poor: 'dåliga', bad: 'oanvändbara' },
  heading: 'Samtal och Citrix (realtid)',
  call: 'Samtal (UDP): {{grade}} — {{loss}} % förlorade, svarstid {{rtt}} ms, jitter {{jitter}} ms ({{sent}} paket till {{servers}})',
  callBlocked: 'Samtal (UDP): inget svar från {{servers}}',
  callNotConfigured: 'Samtal (UDP): inte testat — ingen STUN-server inställd',
  nat: { none: 'ingen NAT sedd', present: 'bakom NAT', unknown: 'NAT okänd' },
  mapping: { 'endpoint-independent': 'samma publika port mot alla servrar', 'address-dependent': 'ny publik port per server', unknown: '' },
  natLine: 'Adress som servrarna såg: {{mapped}} ({{nat}}{{mapping}})',
  edt: {
    available: 'Citrix EDT (UDP 443 till {{host}}): tillgänglig',
    blocked: 'Citrix EDT (UDP 443 till {{host}}): inget svar — sessioner faller tillbaka på TCP',
    'not-offered': 'Citrix EDT (UDP 443 till {{host}}): erbjuds inte av Gateway',
    unknown: 'Citrix EDT (UDP 443 till {{host}}): Gateway nås inte',
  },
};
