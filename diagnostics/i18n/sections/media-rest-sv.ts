// Texter för andra delen av issue #19 (svenska): samtalsmodellen (E-modellens R och MOS), vem en
// dålig UDP-väg tillhör, NAT-lager och hur länge en UDP-mappning lever.

export const mediaRestSv = {
  model: 'Samtalsmodell: R {{r}}, MOS {{mos}} (E-modellen enligt ITU-T G.107, {{codec}}, fördröjning en väg {{delay}} ms)',
  where: { home: 'i ditt hemnätverk', isp: 'hos din internetleverantör' },
} as const;

/** Evidence lines (spread into `evidence`). */
export const mediaRestEvidenceSv = {
  mediaMappingForgotten: "Efter {{idle}} s tystnad fick samma anslutning till {{server}} en ny publik adress: {{before}} före, {{after}} efter. Mappningen varade kortare än {{idle}} s.",
  mediaCgnatMapped: 'Servrarna såg din anslutning som {{address}}, en adress ur intervallet som leverantörer använder för carrier-grade NAT (100.64.0.0/10): din leverantör delar publika adresser mellan kunder.',
  mediaCgnatHop: 'En router hos din leverantör på vägen ut har adressen {{address}} ur intervallet för carrier-grade NAT (100.64.0.0/10): din leverantör delar publika adresser mellan kunder.',
  mediaDoubleNat: 'Nästa router efter din, {{router}}, har en privat adress, och servrarna såg {{mapped}}: en andra router översätter adresser före din leverantör (dubbel NAT).',
  mediaHomeUdpWorks: 'UDP till {{servers}} i ditt hemnätverk fick svar: den här datorn och ditt hemnätverk för fram UDP.',
  mediaIspUdpSilentTcpOpen: 'UDP till din leverantörs server {{servers}} fick inget svar, medan TCP till samma server och port öppnades: linjen fungerar, bara UDP kommer inte fram.',
  mediaRouterFilters: 'Mellan ditt hemnätverk och din leverantörs server stannar UDP i routern: den tar emot UDP men skickar inget vidare.',
  mediaIspUdpWorks: 'UDP till din leverantörs server {{servers}} fick rena svar: din router och din linje för fram UDP.',
  mediaBeyondSilent: 'UDP till alla servrar bortom din leverantör ({{servers}}, i olika nät) fick inget svar, medan TCP till dem öppnades: det de har gemensamt är din leverantörs nät.',
  mediaBeyondLossy: 'UDP till alla servrar bortom din leverantör ({{servers}}, i olika nät) gick delvis förlorad: det de har gemensamt är din leverantörs nät.',
  mediaPlacedAnswered: 'UDP till {{servers}} ({{where}}) fick svar, {{loss}} % förlorat.',
  mediaPlacedSilent: 'UDP till {{servers}} ({{where}}) fick inget svar.',
} as const;

/** Findings joined into the group `finding.media`. */
export const mediaRestFindingsSv = {
  'short-mapping': {
    title: "UDP-anslutningar glöms bort efter mindre än en minuts tystnad",
    steps: [
      "Samtal som parkerats eller har mikrofonen avstängd kan tappa ljudet när de fortsätter; Teams och liknande appar klarar det oftast genom att skicka oftare, men det kan ge korta avbrott.",
      "Om din router har en inställning för UDP-timeout eller ”UDP-sessionens livslängd”, sätt den till minst 60 sekunder; om din leverantör använder carrier-grade NAT, fråga dem om det.",
    ],
  },
  cgnat: {
    title: "Din leverantör delar en publik adress mellan flera kunder (carrier-grade NAT)",
    steps: [
      "Samtal och Citrix fungerar oftast ändå, men UDP-mappningar kan vara kortlivade och inkommande anslutningar är omöjliga.",
      "Om samtal bryts efter några sekunders tystnad eller inte kan kopplas direkt, fråga din leverantör om du kan få en egen publik IPv4-adress (kallas ofta ”dual stack” eller ”publik IP”).",
    ],
  },
  'double-nat': {
    title: "Två routrar i rad översätter dina adresser (dubbel NAT)",
    steps: [
      "Samtal fungerar, men går ofta via ett relä med mer fördröjning, och portvidarebefordringar i din router har ingen verkan.",
      "Om du har leverantörens modem-router och en egen router bakom, fråga den som levererade dem om en av dem kan köras som rent modem (bryggläge), eller lägg din router som ”exponerad värd” eller DMZ i den andra.",
    ],
  },
} as const;

/** The call kit's sentences about the UDP test call (top-level `ispCallMedia`; backing in report/isp-call-sentences.ts). */
export const ispCallMediaSv = {
  udpLoss: "Under kontrollen förlorade ett testsamtal över UDP, den väg röst- och videosamtal tar, {{loss}} % av {{sent}} paket bortom min router (svarstid {{rtt}} ms).",
  udpJitter: "Fördröjningen för de UDP-paketen varierade med {{jitter}} ms (jitter); samtal behöver mindre än 30 ms.",
} as const;

/** Door rules of the media profile keys (joined into `door.rule`). */
export const mediaRestDoorRuleSv = {
  mappingIdle: 'måste vara ett heltal sekunder från 1 till 60, inte {{value}}',
} as const;
