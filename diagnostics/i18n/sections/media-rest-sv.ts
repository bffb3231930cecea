// Texter för andra delen av issue #19 (svenska): samtalsmodellen (E-modellens R och MOS), vem en
// dålig UDP-väg tillhör, NAT-lager och hur länge en UDP-mappning lever.

export const mediaRestSv = {
  model: 'Samtalsmodell: R {{r}}, MOS {{mos}} (E-modellen enligt ITU-T G.107, {{codec}}, fördröjning en väg {{delay}} ms)',
  where: { home: 'i ditt hemnätverk', isp: 'hos din internetleverantör' },
} as const;

/** Evidence lines (spread into `evidence`). */
export const mediaRestEvidenceSv = {
  mediaHomeUdpWorks: 'UDP till {{servers}} i ditt hemnätverk fick svar: den här datorn och ditt hemnätverk för fram UDP.',
  mediaIspUdpSilentTcpOpen: 'UDP till din leverantörs server {{servers}} fick inget svar, medan TCP till samma server och port öppnades: linjen fungerar, bara UDP kommer inte fram.',
  mediaRouterFilters: 'Mellan ditt hemnätverk och din leverantörs server stannar UDP i routern: den tar emot UDP men skickar inget vidare.',
  mediaIspUdpWorks: 'UDP till din leverantörs server {{servers}} fick rena svar: din router och din linje för fram UDP.',
  mediaBeyondSilent: 'UDP till alla servrar bortom din leverantör ({{servers}}, i olika nät) fick inget svar, medan TCP till dem öppnades: det de har gemensamt är din leverantörs nät.',
  mediaBeyondLossy: 'UDP till alla servrar bortom din leverantör ({{servers}}, i olika nät) gick delvis förlorad: det de har gemensamt är din leverantörs nät.',
  mediaPlacedAnswered: 'UDP till {{servers}} ({{where}}) fick svar, {{loss}} % förlorat.',
  mediaPlacedSilent: 'UDP till {{servers}} ({{where}}) fick inget svar.',
} as const;
