// Texter om routerns egen WAN-adress (NAT-PMP) jämförd med adressen som STUN-servrarna såg, på
// svenska (samma uppbyggnad som media-wan-en.ts).

export const mediaWanSv = {
  same: 'Din routers egen internetadress (NAT-PMP): {{wan}}, samma adress som servrarna såg: din router är den enda adressöversättningen.',
  differs: 'Din routers egen internetadress (NAT-PMP): {{wan}}, men servrarna såg {{mapped}}: ytterligare en översättning följer bortom din router.',
  unknown: 'Din router uppgav inte sin egen internetadress (inget NAT-PMP-svar): dubbel NAT och carrier-grade NAT bedöms bara utifrån andra ledtrådar.',
  behaviour: 'NAT-beteende (RFC 5780, server {{server}}): mappning {{mapping}}, filtrering {{filtering}}.',
  behaviourUnsupported: 'NAT-beteende (RFC 5780): inte testat, {{server}} erbjuder inte testerna.',
  kind: { 'endpoint-independent': 'oberoende av mål', 'address-dependent': 'beroende av måladress', 'address-and-port-dependent': 'beroende av måladress och port', unknown: 'okänt' },
} as const;

export const mediaWanEvidenceSv = {
  mediaCgnatRouterWan: 'Din routers egen internetadress är {{address}}, från intervallet för carrier-grade NAT (100.64.0.0/10), medan servrarna såg {{mapped}}: din leverantör översätter en gång till och delar publika adresser mellan kunder.',
  mediaDoubleNatRouterWan: 'Din routers egen internetadress är {{wan}}, en privat adress, medan servrarna såg {{mapped}}: ytterligare en router översätter före din leverantör (dubbel NAT).',
  mediaNatBeyondRouter: 'Din routers egen internetadress är {{wan}}, men servrarna såg {{mapped}}: en enhet bortom din router översätter adresser igen.',
} as const;

export const mediaWanFindingsSv = {
  'nat-beyond-router': {
    title: 'Adresser översätts igen bortom din router',
    steps: [
      'Samtal och Citrix fungerar oftast ändå; samtal går oftare via ett relä, och portvidarebefordringar i din router har ingen verkan från internet.',
      'Om samtal bryts efter tystnad eller inte kan kopplas direkt, fråga din leverantör om din anslutning ligger bakom deras egen adressöversättning och om du kan få en egen publik adress.',
    ],
  },
} as const;
