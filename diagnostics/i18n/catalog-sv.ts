import { cliHelpSv } from './sections/cli-help-sv.js';
import { parseSv } from './sections/parse-sv.js';
import { monitorSv } from './sections/monitor-sv.js';
import { tcpOnlyEvidenceSv, tcpOnlyUnsureSv } from './sections/tcp-only-sv.js';
import { stubWitnessEvidenceSv } from './sections/stub-witness-sv.js';
import { routerPingEvidenceSv, routerPingHomeSv } from './sections/router-ping-sv.js';
import { resolverOwnerSv, unsureFindingsSv, witnessSv, witnessEvidenceSv, witnessFindingsHomeSv, witnessFindingsIspSv } from './sections/witnesses-sv.js';
import { monitorHistorySv } from './sections/monitor-history-sv.js';
import { viewerSv } from './sections/viewer-sv.js';
import { fleetSv } from './sections/fleet-sv.js';
import { ticketsSv } from './sections/tickets-sv.js';
import { ispCallHomeSv } from './sections/isp-call-home-sv.js';
import { monitorPingSv } from './sections/monitor-ping-sv.js';
import { cliUsageSv } from './sections/cli-usage-sv.js';
import { doorSv } from './sections/door-sv.js';
import { ticketOutboxSv } from './sections/ticket-outbox-sv.js';
import type { Catalog } from './catalog-shape.js';
import { historySv, historyEvidenceSv, historyFindingsSv } from './sections/history-sv.js';
import { ispCallSv } from './sections/isp-call-sv.js';
import { ispConfirmSv } from './sections/isp-confirm-sv.js';
import { bundleSv } from './sections/bundle-sv.js';
import { policySv } from './sections/policy-sv.js';
import { throughputEvidenceSv, throughputFindingsSv } from './sections/throughput-sv.js';
import { measurementEvidenceSv, measurementFindingsSv } from './sections/measurement-sv.js';
import { mediaRestSv, mediaRestEvidenceSv, mediaRestFindingsSv, ispCallMediaSv, mediaRestDoorRuleSv } from './sections/media-rest-sv.js';
import { mediaSv, mediaEvidenceSv, mediaFindingsSv } from './sections/media-sv.js';
import { mediaWanSv, mediaWanEvidenceSv, mediaWanFindingsSv } from './sections/media-wan-sv.js';
import { mediaVpnSv, mediaVpnEvidenceSv, mediaVpnFindingsSv } from './sections/media-vpn-sv.js';
import { appSv } from './sections/app-sv.js';
import { dropoutsAppSv } from './sections/dropouts-app-sv.js';
import { monitorPauseSv } from './sections/monitor-pause-sv.js';
import { dropoutSnapshotSv } from './sections/dropout-snapshot-sv.js';
import { dropoutAdviceEvidenceSv, dropoutAdviceHomeSv, dropoutAdviceVpnSv, dropoutTicketSv } from './sections/dropout-advice-sv.js';

/** Swedish. Plain "du" form, as Swedish help desks write. */
export const sv: Catalog = {
  segment: {
    none: 'inget fel',
    device: 'den här datorn',
    wifi: 'wifi-nätverket',
    'home-network': 'ditt hemnätverk och din router',
    isp: 'din internetleverantör',
    vpn: 'företagets VPN',
    citrix: 'företagets Citrix',
    unknown: 'ännu oklart',
  },
  verdict: {
    none: {
      headline: 'Din uppkoppling ser bra ut',
      summary: 'Homeline har kontrollerat den här datorn, din router, din internetlinje och namnuppslagningen och hittade inga fel.',
      partialHeadline: 'Inga fel i det Homeline kunde kontrollera',
      partialSummary: 'Homeline hittade inga fel på den här datorn, din router, din internetlinje eller namnuppslagningen, men kunde inte kontrollera: {{failed}}.',
    },
    device: { summary: 'Problemet finns i den här datorn: den når inte din router.' },
    wifi: { summary: 'Problemet är wifi-länken mellan den här datorn och din router.' },
    'home-network': { summary: 'Problemet finns i ditt hemnätverk: i routern eller i anslutningen till den.' },
    isp: { summary: 'Datorn och routern fungerar; problemet ligger bortom routern, hos din internetleverantör.' },
    vpn: { summary: 'Ditt internet fungerar, men inte företagets VPN. Supporten behöver titta på det.' },
    citrix: { summary: 'Internet och VPN fungerar, men inte företagets Citrix. Supporten behöver titta på det.' },
    unknown: {
      headline: 'Homeline kunde inte avgöra var problemet finns',
      summary: 'Några kontroller kunde inte köras ({{failed}}). De som kördes hittade inga fel.',
    },
  },
  dnsOutcome: {
    ok: 'en adress',
    nxdomain: '”namnet finns inte” (NXDOMAIN)',
    nodata: 'ingen adress för namnet',
    servfail: 'ett serverfel (SERVFAIL)',
    refused: 'en vägran (REFUSED)',
    timeout: 'inget svar i tid',
    unreachable: 'ingen DNS-tjänst alls (porten stängd)',
    error: 'ett fel',
  },
  tcpState: {
    open: 'öppen',
    refused: 'anslutningen nekades',
    timeout: 'inget svar',
    unreachable: 'nätverket kan inte nås',
    'dns-failed': 'namnet hittades inte',
    error: 'fel',
  },
  clockDirection: { ahead: 'före', behind: 'efter' },
  powerMode: { saver: 'energisparläge', wifi: 'energisparläge för wifi' },
  httpsStage: {
    dns: 'namnuppslagningen',
    connect: 'anslutningen',
    tls: 'den säkra anslutningen',
    http: 'webbförfrågan',
    timeout: 'förfrågan (den tog för lång tid)',
  },
  evidence: {
    ...historyEvidenceSv,
    ...dropoutAdviceEvidenceSv,
    noAdapter: 'Ingen nätverksadapter är påslagen och ansluten ({{adapters}}).',
    noAddress: '{{iface}} är ansluten men har ingen användbar nätverksadress.',
    selfAssigned: '{{iface}} gav sig själv adressen {{address}}: ingen router svarade på begäran om en adress (DHCP).',
    noRoute: 'Det finns ingen standardväg: datorn vet inte vilken router som leder ut på internet.',
    gatewaySilent: 'Din router ({{gateway}}) svarade inte på något av {{sent}} testpaket.',
    gatewayLoss: '{{loss}} % av testpaketen till din router ({{gateway}}) försvann ({{lost}} av {{sent}}).',
    gatewayLatency: 'Svarstid till routern: i snitt {{avg}} ms, jitter {{jitter}} ms.',
    gatewayClean: 'Anslutningen till din router är felfri: {{loss}} % förlust på {{sent}} paket, {{avg}} ms.',
    targetsSilent: 'Ingen av testadresserna på internet svarade ({{targets}}; {{sent}} paket).',
    targetsLoss: '{{loss}} % av testpaketen till internet försvann ({{lost}} av {{sent}}; troligen mellan {{lo}} och {{hi}} %).',
    targetsLatency: 'Svarstid till internet: i snitt {{avg}} ms.',
    hopLoss: 'Förlusten börjar vid leverantörens första router ({{hop}}): där försvinner {{loss}} %.',
    hopSilent: 'Leverantörens första router ({{hop}}) svarar inte heller.',
    hopClean: 'Leverantörens första router ({{hop}}) svarar utan förlust; förlusten börjar längre ut.',
    dnsFailed: 'Namnservern {{server}} gav {{outcome}} för {{name}}.',
    dnsPublicOk: 'Den publika namnservern {{server}} svarade för {{name}} på {{ms}} ms.',
    captiveRedirect: 'Anslutningskontrollen {{url}} skickades vidare till {{location}}.',
    captivePage: 'Anslutningskontrollen {{url}} fick en webbsida i stället för ett tomt svar.',
    clockOffset: 'Datorns klocka går {{minutes}} minuter {{direction}} jämfört med tiden på {{server}}.',
    proxyUnreachable: 'Proxyn {{proxy}} som är inställd på datorn svarar inte: {{state}}.',
    powerSaving: 'Datorn sparar ström ({{what}}), vilket gör wifi-adaptrar långsammare.',
    wifiSignal: 'Wifi-signal {{dbm}} dBm på ”{{ssid}}”, kanal {{channel}} ({{band}}).',
    wifiNoise: 'Signal-brusförhållande {{snr}} dB (25 dB eller mer är bra).',
    wifiCrowded: '{{count}} andra nätverk använder eller överlappar kanal {{channel}}.',
    wifiRate: 'Länkhastighet {{rate}} Mbit/s ({{phy}}).',
    wifiBand24: '”{{ssid}}” finns också på 5 GHz, men den här datorn använder 2,4 GHz.',
    vpnGatewayFailed: 'VPN-gatewayen {{host}} (port {{port}}) tar inte emot anslutningar: {{state}}.',
    vpnNoTunnel: 'Ingen VPN-anslutning är aktiv på den här datorn.',
    vpnInternalFailed: '{{host}} (port {{port}}) i företagets nätverk svarar inte: {{state}}.',
    vpnRouteOutside: 'Vägen till {{host}} går via {{iface}}, inte genom VPN-tunneln.',
    vpnDnsFailed: 'Företagsnamnet {{name}} går inte att slå upp ({{outcome}} från {{server}}).',
    vpnMtu: 'Genom VPN-tunneln kommer paket större än {{mtu}} byte inte fram (1400 eller mer är normalt).',
    storefrontCertificate: 'Certifikatet för {{url}} avvisas ({{code}}); giltigt till {{validTo}}, {{days}} dagar från i dag.',
    storefrontStatus: '{{url}} svarar med ett fel (HTTP {{status}}).',
    storefrontNotRecognised: '{{url}} svarar, men inte med en Citrix StoreFront-sida.',
    storefrontUnreachable: '{{url}} går inte att nå: {{stage}} misslyckades ({{code}}).',
    sessionPortClosed: 'Citrix-sessionsvärden {{host}} tar inte emot anslutningar på port {{port}}: {{state}}.',
    workspaceMissing: 'Citrix Workspace-appen hittades inte på den här datorn.',
    httpsFailed: '{{url}} gick inte att öppna: {{stage}} misslyckades ({{code}}).',
    httpsCertificate: 'Certifikatet för {{url}} avvisades ({{code}}); det gäller till {{validTo}}.',
    ...throughputEvidenceSv,
    ...witnessEvidenceSv,
    ...measurementEvidenceSv,
    ...mediaEvidenceSv,
    ...stubWitnessEvidenceSv,
    ...routerPingEvidenceSv,
    ...tcpOnlyEvidenceSv,
    ...mediaRestEvidenceSv,
    ...mediaWanEvidenceSv,
    ...mediaVpnEvidenceSv,
  },
  finding: {
    device: {
      'no-adapter': {
        title: 'Datorn är inte ansluten till något nätverk',
        steps: [
          'Kontrollera att wifi är påslaget och flygplansläget avstängt, eller att nätverkskabeln sitter i i båda ändar.',
          'Anslut till ditt wifi hemma igen.',
          'Starta om datorn.',
          'Om inget nätverk syns alls, kontakta supporten: nätverksadaptern eller dess drivrutin kan vara trasig.',
        ],
      },
      'no-address': {
        title: 'Datorn har ingen nätverksadress',
        steps: [
          'Koppla från wifi (eller dra ur kabeln) och anslut igen.',
          'Starta om routern: dra ur strömmen i 30 sekunder och vänta tills lamporna lyser stadigt.',
          'Starta om datorn.',
          'Om andra enheter hemma fungerar men inte den här, kontakta supporten.',
        ],
      },
      'no-default-route': {
        title: 'Datorn hittar inte vägen ut på internet',
        steps: [
          'Koppla från nätverket och anslut igen.',
          'Starta om datorn.',
          'Om det händer igen, kontakta supporten: ett VPN- eller säkerhetsprogram kan ha ändrat nätverksinställningarna.',
        ],
      },
      clock: {
        title: 'Datorns klocka går fel',
        steps: [
          'Öppna inställningarna för datum och tid och slå på ”Ställ in tiden automatiskt”.',
          'Kontrollera att tidszonen stämmer.',
          'Om klockan fortsätter att dra iväg, kontakta supporten: med fel klocka misslyckas inloggningar och säkra anslutningar.',
        ],
      },
      proxy: {
        title: 'Proxyn som är inställd på datorn svarar inte',
        steps: [
          'Om du är hemma är proxyn troligen avsedd för kontoret: stäng av ”Använd en proxyserver” i nätverksinställningarna, eller fråga supporten.',
          'Om företaget kräver proxyn, kontakta supporten: den går inte att nå härifrån.',
        ],
      },
      'power-saving': {
        title: 'Energisparläget gör datorns wifi långsammare',
        steps: ['Anslut laddaren under samtal och fjärrsessioner.', 'Ställ energiläget på ”Balanserat” eller ”Bästa prestanda”.'],
      },
      'tls-certificate': {
        title: 'Säkra webbplatser avvisas på den här datorn',
        steps: [
          'Kontrollera att datorns datum, tid och tidszon stämmer.',
          'Om du är på ett hotell- eller gästnätverk, öppna först en webbplats i webbläsaren och logga in.',
          'Om det fortsätter, kontakta supporten: säkerhetsprogramvara kan fånga upp säkra anslutningar.',
        ],
      },
    },
    home: {
      ...witnessFindingsHomeSv,
      ...routerPingHomeSv,
      ...dropoutAdviceHomeSv,
      'gateway-unreachable': {
        title: 'Din router svarar inte',
        steps: [
          'Kontrollera att routern är påslagen och att lamporna ser normala ut.',
          'Starta om routern: dra ur strömmen i 30 sekunder, sätt i den igen och vänta 3 minuter.',
          'Om du använder wifi, gå närmare routern eller anslut med en nätverkskabel.',
          'Om routern fortfarande inte svarar, prova en annan enhet. Fungerar ingen kan routern vara trasig: kontakta den som levererade den.',
        ],
      },
      'gateway-loss': {
        title: 'Anslutningen till din router tappar data',
        steps: [
          'Med wifi: gå närmare routern, eller anslut med en nätverkskabel för att jämföra.',
          'Med kabel: prova en annan kabel och en annan port på routern.',
          'Starta om routern: dra ur strömmen i 30 sekunder och vänta tills lamporna lyser stadigt.',
          'Om det fortsätter kan routern vara trasig eller överbelastad: be den som levererade den att kontrollera den.',
        ],
      },
      'router-dns': {
        title: 'Din routers namntjänst (DNS) fungerar inte',
        steps: [
          'Starta om routern: dra ur strömmen i 30 sekunder och vänta tills lamporna lyser stadigt.',
          'Om det händer igen, ange en publik DNS-server i routerns inställningar (eller be någon göra det åt dig).',
          'Till dess kanske webbplatser inte öppnas, fast internetlinjen fungerar.',
        ],
      },
      'captive-portal': {
        title: 'Nätverket vill att du loggar in först',
        steps: [
          'Öppna en webbläsare och gå till valfri webbplats: inloggningssidan bör visas.',
          'Logga in eller godkänn användarvillkoren.',
          'Kör kontrollen igen efteråt.',
        ],
      },
    },
    isp: {
      ...historyFindingsSv,
      outage: {
        title: 'Din internetanslutning är nere bortom routern',
        steps: [
          'Titta på routern: är internet-, DSL- eller fiberlampan släckt eller röd?',
          'Starta om routern: dra ur strömmen i 30 sekunder, sätt i den igen och vänta 5 minuter.',
          'Kontrollera att kabeln från routern till vägguttaget eller fiberboxen sitter ordentligt.',
          'Om den fortfarande är nere, ring din internetleverantör: Homeline har förberett vad du kan säga.',
        ],
      },
      loss: {
        title: 'Din internetleverantörs linje tappar data',
        steps: [
          'Starta om routern: dra ur strömmen i 30 sekunder och vänta tills lamporna lyser stadigt.',
          'Kontrollera att kabeln från routern till vägguttaget eller fiberboxen sitter ordentligt, utan onödiga förlängningar eller förgreningar.',
          'Kör kontrollen igen. Om förlusten finns kvar, ring din internetleverantör: Homeline har förberett vad du kan säga.',
        ],
      },
      dns: {
        title: 'Din internetleverantörs namntjänst (DNS) fungerar inte',
        steps: [
          'Starta om routern: dra ur strömmen i 30 sekunder och vänta tills lamporna lyser stadigt.',
          'Om det fortsätter, ange en publik DNS-server i routerns inställningar (eller be någon göra det åt dig).',
          'Berätta för din internetleverantör att deras namnservrar inte fungerar: Homeline har förberett vad du kan säga.',
        ],
      },
      'https-blocked': {
        title: 'Säkra webbplatser öppnas inte, fast linjen fungerar',
        steps: ['Starta om routern och kör kontrollen igen.', 'Om det fortsätter, kontakta supporten med den här rapporten.'],
      },
      ...throughputFindingsSv,
      ...witnessFindingsIspSv,
      ...measurementFindingsSv,
    },
    media: { ...mediaFindingsSv, ...mediaRestFindingsSv, ...mediaWanFindingsSv, ...mediaVpnFindingsSv },
    wifi: {
      'link-loss': {
        title: 'Din wifi-anslutning tappar data',
        steps: [
          'Gå närmare routern, eller ta bort det som står emellan (väggar, metall, akvarium, mikrovågsugn).',
          'Anslut med nätverkskabel om du kan: det är den säkraste lösningen för videosamtal.',
          'Starta om routern: dra ur strömmen i 30 sekunder och vänta tills lamporna lyser stadigt.',
          'Om routern har 5 GHz, använd det nätverksnamnet.',
          'Om det händer igen och igen, fråga den som levererade routern om ett mesh-system eller en repeater till din arbetsplats.',
        ],
      },
      'weak-signal': {
        title: 'Wifi-signalen är svag här',
        steps: [
          'Gå närmare routern eller in i samma rum.',
          'Placera routern fritt och högt, inte i ett skåp eller bakom tv:n.',
          'Anslut med nätverkskabel om du kan.',
          'Om du inte kan arbeta nära routern, fråga den som levererade den om ett mesh-system eller en repeater.',
        ],
      },
      'low-snr': {
        title: 'Det är mycket radiostörningar på din wifi-kanal',
        steps: [
          'Håll datorn och routern borta från mikrovågsugnar, babyvakter och trådlösa telefoner.',
          'Starta om routern: den kan välja en lugnare kanal.',
          'Använd routerns 5 GHz-nätverk om det finns.',
        ],
      },
      'crowded-channel': {
        title: 'Din wifi-kanal är trång av grannarnas nätverk',
        steps: [
          'Använd routerns 5 GHz-nätverk om det finns: där finns många fler kanaler.',
          'Starta om routern, eller ställ kanalen på automatisk: den kan välja en lugnare.',
          'Om du vet hur, välj kanal 1, 6 eller 11 i routerns inställningar, den som har minst grannar.',
        ],
      },
      'slow-link': {
        title: 'Wifi-länken går långsamt',
        steps: [
          'Gå närmare routern.',
          'Om routern eller datorn är mycket gammal klarar den kanske bara en gammal wifi-standard: fråga den som levererade routern om en nyare.',
        ],
      },
      'band-24': {
        title: 'Datorn använder det långsammare 2,4 GHz-bandet',
        steps: [
          'Anslut till routerns 5 GHz-nätverk (ofta samma namn med ”5G”), om du är i samma rum eller rummet bredvid.',
          'Genom flera väggar kan 2,4 GHz vara bättre: jämför med en kontroll.',
        ],
      },
    },
    vpn: {
      ...dropoutAdviceVpnSv,
      'gateway-unreachable': {
        title: 'Företagets VPN-gateway går inte att nå',
        steps: [
          'Din internetanslutning fungerar, så felet ligger troligen hos företaget.',
          'Avsluta VPN-klienten helt, starta den igen och anslut.',
          'Om du är på ett hotell- eller gästnätverk, prova ett annat nätverk eller mobilens surfzon: vissa nätverk blockerar VPN.',
          'Kontakta supporten: VPN-gatewayen kan vara nere. Homeline kan skicka den här rapporten till dem.',
        ],
      },
      'tunnel-down': {
        title: 'Företagets VPN är inte anslutet',
        steps: [
          'Öppna VPN-klienten och anslut.',
          'Om det inte går, avsluta VPN-klienten helt, starta den igen och logga in på nytt.',
          'Om det fortfarande inte fungerar, kontakta supporten med den här rapporten.',
        ],
      },
      dns: {
        title: 'Företagets namn går inte att slå upp via VPN',
        steps: [
          'Koppla från VPN och anslut igen.',
          'Det här behöver supporten åtgärda: företagets namntjänst (DNS) svarar inte via VPN. Homeline kan skicka den här rapporten till dem.',
        ],
      },
      'internal-unreachable': {
        title: 'Företagets system svarar inte via VPN',
        steps: [
          'Koppla från VPN och anslut igen.',
          'Det här behöver supporten åtgärda: VPN är anslutet men leder inte till företagets system. Homeline kan skicka den här rapporten till dem.',
        ],
      },
      mtu: {
        title: 'VPN-tunneln släpper bara igenom små paket',
        steps: [
          'Koppla från VPN och anslut igen.',
          'Om sidor hänger sig eller fjärrsessioner fryser, berätta det för supporten: VPN:ets paketstorlek (MTU) behöver justeras. Homeline kan skicka den här rapporten till dem.',
        ],
      },
    },
    citrix: {
      certificate: {
        title: 'Företagets Citrix-portal har ett ogiltigt certifikat',
        steps: [
          'Godkänn inte någon säkerhetsvarning för den här webbplatsen.',
          'Det här behöver supporten åtgärda: Citrix-portalens certifikat måste förnyas eller rättas. Homeline kan skicka den här rapporten till dem.',
        ],
      },
      'storefront-error': {
        title: 'Företagets Citrix-portal fungerar inte',
        steps: [
          'Vänta några minuter och försök igen.',
          'Det här behöver supporten åtgärda: Citrix-portalen svarar med ett fel. Homeline kan skicka den här rapporten till dem.',
        ],
      },
      'storefront-unreachable': {
        title: 'Företagets Citrix-portal går inte att nå',
        steps: [
          'Om du behöver VPN för Citrix, kontrollera att det är anslutet.',
          'Kontakta supporten: Citrix-portalen svarar inte. Homeline kan skicka den här rapporten till dem.',
        ],
      },
      'session-ports': {
        title: 'Citrix-sessioner går inte att öppna',
        steps: [
          'Stäng Citrix Workspace och starta ditt skrivbord eller din app igen.',
          'Det här behöver supporten åtgärda: Citrix-servrarna tar inte emot sessionsanslutningar. Homeline kan skicka den här rapporten till dem.',
        ],
      },
      'workspace-missing': {
        title: 'Citrix Workspace-appen är inte installerad',
        steps: ['Installera Citrix Workspace-appen från företagets programportal, eller be supporten om den.'],
      },
    },
    unsure: { ...unsureFindingsSv, ...tcpOnlyUnsureSv },
  },
  witness: witnessSv,
  resolverOwner: resolverOwnerSv,
  ispCall: ispCallSv,
  ispConfirm: ispConfirmSv,
  history: historySv,
  monitor: monitorSv,
  monitorHistory: monitorHistorySv,
  app: appSv,
  dropoutsApp: dropoutsAppSv,
  monitorPause: monitorPauseSv,
  dropoutTicket: dropoutTicketSv,
  dropoutSnapshot: dropoutSnapshotSv,
  viewer: viewerSv,
  cli: {
    title: 'Homeline – kontroll av uppkopplingen',
    verdict: 'Resultat',
    owner: 'Var problemet finns',
    whatToDo: 'Vad du kan göra',
    findings: 'Vad Homeline hittade',
    ispCall: 'Ringa din internetleverantör',
    ispChecklist: 'Innan du ringer',
    ispScript: 'Vad du kan säga',
    duration: 'Kontrollerat på {{seconds}} s.',
    quickNote: 'Snabbkontroll: hastighets- och belastningstester hoppades över.',
    probeFailed: 'Kunde inte kontrolleras: {{probes}}.',
    usageError: 'Fel i anropet: {{message}}',
  },
  fleet: fleetSv,
  tickets: ticketsSv,
  parse: parseSv,
  ticketOutbox: ticketOutboxSv,
  door: { ...doorSv, rule: { ...doorSv.rule, ...mediaRestDoorRuleSv } },
  ispCallHome: ispCallHomeSv,
  monitorPing: monitorPingSv,
  cliUsage: cliUsageSv,
  bundle: bundleSv,
  policy: policySv,
  cliHelp: cliHelpSv,
  media: mediaSv,
  mediaRest: mediaRestSv,
  mediaWan: mediaWanSv,
  mediaVpn: mediaVpnSv,
  ispCallMedia: ispCallMediaSv,
};
