import type { CatalogShape } from '../catalog-shape.js';
import type { resolverOwnerEn, unsureFindingsEn, witnessEn, witnessEvidenceEn, witnessFindingsHomeEn, witnessFindingsIspEn } from './witnesses-en.js';

// Texter för den korskontrollerade bedömningen (ärende 14), på svenska; uppbyggnad som witnesses-en.ts.

export const witnessEvidenceSv: CatalogShape<typeof witnessEvidenceEn> = {
  tcpFigures: 'Mätt i stället med {{sent}} tidtagna TCP-anslutningar: {{loss}} % förlorade ({{lost}} av {{sent}}, troligen mellan {{lo}} och {{hi}} %), i snitt {{avg}} ms svarstid.',
  tcpSilent: 'Inte heller någon av {{sent}} TCP-anslutningar till samma adresser besvarades.',
  publicDnsSilent: 'De publika namnservrarna ({{servers}}) svarade inte heller.',
  pingFiltered: 'Ingen av internetadresserna svarade på ping ({{targets}}; {{sent}} paket), men annan trafik till internet fungerar: det här nätet filtrerar ping.',
  noSecondWitness: 'Ingen annan sorts test kunde bekräfta detta: bara ping såg det.',
  targetUnreachable: 'Testadressen {{target}} svarade inte på något av {{sent}} paket medan de andra svarade: den adressen går inte att nå, men din linje fungerar.',
  targetLossOnly: '{{target}} tappade {{loss}} % av {{sent}} paket medan andra adresser tappade klart mindre: förlusten hör till den adressen, inte till din linje.',
  routerIgnoresPing: 'Din router ({{gateway}}) svarade inte på någon av {{sent}} ping, men den vidarebefordrar trafik: den är inställd att ignorera ping.',
  dnsOwner: 'Namnservern {{server}} drivs av {{owner}}.',
};

export const witnessFindingsIspSv: CatalogShape<typeof witnessFindingsIspEn> = {
  'ping-filtered': {
    title: 'Det här nätet filtrerar ping; anslutningen fungerar',
    steps: ['Inget att göra: förlust och svarstid mättes i stället över TCP.'],
  },
  'ping-deprioritized': {
    title: 'Ping bromsas på det här nätet, annan trafik gör det inte',
    steps: ['Inget att göra: TCP-anslutningar till samma adresser visar mycket mindre förlust än ping.'],
  },
  'target-unreachable': {
    title: 'En testadress svarar inte',
    steps: ['Inget för dig att göra: de andra testadresserna svarar, så din linje fungerar. Supporten kan byta testadresserna.'],
  },
  'target-loss': {
    title: 'Bara vissa testadresser tappar paket',
    steps: ['Inget för dig att göra: förlusten finns på vägen till de adresserna, inte på din linje.'],
  },
};

export const witnessFindingsHomeSv: CatalogShape<typeof witnessFindingsHomeEn> = {
  'router-ignores-ping': {
    title: 'Din router svarar inte på ping men fungerar',
    steps: ['Inget att göra: många routrar ignorerar ping med flit.'],
  },
};

export const unsureFindingsSv: CatalogShape<typeof unsureFindingsEn> = {
  'line-down-ping-only': {
    title: 'Enligt ping är din internetlinje nere, men inget annat kunde bekräfta det',
    steps: ['Öppna en webbplats för att se om internet fungerar.', 'Kör kontrollen igen om några minuter.', 'Om webbplatser inte heller öppnas, starta om routern och kontrollera igen.'],
  },
  'loss-ping-only': {
    title: 'Ping visar förluster bortom din router, men andra tester bekräftar dem inte',
    steps: ['Kör kontrollen igen om några minuter: en andra mätning skiljer verklig förlust från tillfällig.', 'Om samtal eller fjärrsessioner hackar samtidigt, spara rapporten åt supporten.'],
  },
  'dns-owner': {
    title: 'En namnserver som är inställd på den här datorn fungerar inte',
    steps: ['Om du själv har ställt in namnservern, återgå till automatiska DNS-inställningar.', 'Annars kontakta supporten med rapporten: den nämner servern och vad den svarade.'],
  },
};

export const witnessSv: CatalogShape<typeof witnessEn> = {
  icmp: 'ping (ICMP)',
  tcp: 'TCP-anslutningar',
  https: 'säkra webbanrop (HTTPS)',
  dns: 'namnuppslag (DNS)',
  and: '{{first}} och {{second}}',
  agreed: 'Bekräftat av {{list}}.',
  single: 'Sett bara av {{list}}: inte bekräftat av någon annan sorts test.',
};

export const resolverOwnerSv: CatalogShape<typeof resolverOwnerEn> = {
  router: 'din hemrouter',
  provider: 'din internetleverantör',
  public: 'en publik DNS-tjänst',
  company: 'ditt företag (via VPN)',
  'local-stub': 'ett program på den här datorn som skickar vidare till andra namnservrar',
  'home-device': 'en annan enhet i ditt hemnätverk',
  unknown: 'en okänd part',
};
