import { cliHelpDe } from './sections/cli-help-de.js';
import { parseDe } from './sections/parse-de.js';
import { monitorDe } from './sections/monitor-de.js';
import { tcpOnlyEvidenceDe, tcpOnlyUnsureDe } from './sections/tcp-only-de.js';
import { stubWitnessEvidenceDe } from './sections/stub-witness-de.js';
import { routerPingEvidenceDe, routerPingHomeDe } from './sections/router-ping-de.js';
import { resolverOwnerDe, unsureFindingsDe, witnessDe, witnessEvidenceDe, witnessFindingsHomeDe, witnessFindingsIspDe } from './sections/witnesses-de.js';
import { monitorHistoryDe } from './sections/monitor-history-de.js';
import { viewerDe } from './sections/viewer-de.js';
import { fleetDe } from './sections/fleet-de.js';
import { ticketsDe } from './sections/tickets-de.js';
import { ispCallHomeDe } from './sections/isp-call-home-de.js';
import { monitorPingDe } from './sections/monitor-ping-de.js';
import { cliUsageDe } from './sections/cli-usage-de.js';
import { doorDe } from './sections/door-de.js';
import { ticketOutboxDe } from './sections/ticket-outbox-de.js';
import type { Catalog } from './catalog-shape.js';
import { historyDe, historyEvidenceDe, historyFindingsDe } from './sections/history-de.js';
import { ispCallDe } from './sections/isp-call-de.js';
import { ispConfirmDe } from './sections/isp-confirm-de.js';
import { bundleDe } from './sections/bundle-de.js';
import { policyDe } from './sections/policy-de.js';
import { throughputEvidenceDe, throughputFindingsDe } from './sections/throughput-de.js';
import { measurementEvidenceDe, measurementFindingsDe } from './sections/measurement-de.js';
import { mediaRestDe, mediaRestEvidenceDe, mediaRestFindingsDe, ispCallMediaDe, mediaRestDoorRuleDe } from './sections/media-rest-de.js';
import { mediaDe, mediaEvidenceDe, mediaFindingsDe } from './sections/media-de.js';
import { mediaWanDe, mediaWanEvidenceDe, mediaWanFindingsDe } from './sections/media-wan-de.js';
import { mediaVpnDe, mediaVpnEvidenceDe, mediaVpnFindingsDe } from './sections/media-vpn-de.js';
import { appDe } from './sections/app-de.js';
import { dropoutsAppDe } from './sections/dropouts-app-de.js';
import { monitorPauseDe } from './sections/monitor-pause-de.js';
import { dropoutSnapshotDe } from './sections/dropout-snapshot-de.js';
import { dropoutAdviceEvidenceDe, dropoutAdviceHomeDe, dropoutAdviceVpnDe, dropoutTicketDe } from './sections/dropout-advice-de.js';

/** German. Formal address ("Sie"), as German help desks write to employees. */
export const de: Catalog = {
  segment: {
    none: 'kein Problem',
    device: 'dieser Computer',
    wifi: 'das WLAN',
    'home-network': 'Ihr Heimnetz und Router',
    isp: 'Ihr Internetanbieter',
    vpn: 'das Firmen-VPN',
    citrix: 'das Citrix der Firma',
    unknown: 'noch unklar',
  },
  verdict: {
    none: {
      headline: 'Ihre Verbindung ist in Ordnung',
      summary: 'Homeline hat diesen Computer, Ihren Router, Ihre Internetleitung und die Namensauflösung geprüft und keinen Fehler gefunden.',
      partialHeadline: 'Kein Fehler in dem, was Homeline prüfen konnte',
      partialSummary: 'Homeline hat an diesem Computer, Ihrem Router, Ihrer Internetleitung und der Namensauflösung keinen Fehler gefunden, konnte aber nicht prüfen: {{failed}}.',
    },
    device: { summary: 'Das Problem liegt an diesem Computer: Er erreicht Ihren Router nicht.' },
    wifi: { summary: 'Das Problem ist die WLAN-Verbindung zwischen diesem Computer und Ihrem Router.' },
    'home-network': { summary: 'Das Problem liegt in Ihrem Heimnetz: am Router oder an der Verbindung zu ihm.' },
    isp: { summary: 'Computer und Router funktionieren; das Problem liegt hinter Ihrem Router, bei Ihrem Internetanbieter.' },
    vpn: { summary: 'Ihr Internet funktioniert, das Firmen-VPN nicht. Der Helpdesk muss sich darum kümmern.' },
    citrix: { summary: 'Internet und VPN funktionieren, das Citrix der Firma nicht. Der Helpdesk muss sich darum kümmern.' },
    unknown: {
      headline: 'Homeline konnte nicht feststellen, wo das Problem liegt',
      summary: 'Einige Prüfungen konnten nicht laufen ({{failed}}). Die übrigen haben keinen Fehler gefunden.',
    },
  },
  dnsOutcome: {
    ok: 'eine Adresse',
    nxdomain: '„Name existiert nicht“ (NXDOMAIN)',
    nodata: 'keine Adresse für den Namen',
    servfail: 'einen Serverfehler (SERVFAIL)',
    refused: 'eine Ablehnung (REFUSED)',
    timeout: 'keine Antwort in der Zeit',
    unreachable: 'gar keinen DNS-Dienst (Port geschlossen)',
    error: 'einen Fehler',
  },
  tcpState: {
    open: 'offen',
    refused: 'Verbindung abgelehnt',
    timeout: 'keine Antwort',
    unreachable: 'Netz nicht erreichbar',
    'dns-failed': 'Name nicht gefunden',
    error: 'Fehler',
  },
  clockDirection: { ahead: 'vor', behind: 'nach' },
  powerMode: { saver: 'Energiesparmodus', wifi: 'WLAN-Energiesparen' },
  httpsStage: {
    dns: 'die Namensauflösung',
    connect: 'der Verbindungsaufbau',
    tls: 'die sichere Verbindung',
    http: 'die Webanfrage',
    timeout: 'die Anfrage (sie dauerte zu lange)',
  },
  evidence: {
    ...historyEvidenceDe,
    ...dropoutAdviceEvidenceDe,
    noAdapter: 'Kein Netzwerkadapter ist eingeschaltet und verbunden ({{adapters}}).',
    noAddress: '{{iface}} ist verbunden, hat aber keine nutzbare Netzwerkadresse.',
    selfAssigned: '{{iface}} hat sich selbst die Adresse {{address}} gegeben: Kein Router hat die Anfrage nach einer Adresse (DHCP) beantwortet.',
    noRoute: 'Es gibt keine Standardroute: Dieser Computer weiß nicht, welcher Router ins Internet führt.',
    gatewaySilent: 'Ihr Router ({{gateway}}) hat auf keines von {{sent}} Testpaketen geantwortet.',
    gatewayLoss: '{{loss}} % der Testpakete zu Ihrem Router ({{gateway}}) gingen verloren ({{lost}} von {{sent}}).',
    gatewayLatency: 'Laufzeit zum Router: im Mittel {{avg}} ms, Jitter {{jitter}} ms.',
    gatewayClean: 'Die Verbindung zu Ihrem Router ist sauber: {{loss}} % Verlust bei {{sent}} Paketen, {{avg}} ms.',
    targetsSilent: 'Keine der Testadressen im Internet hat geantwortet ({{targets}}; {{sent}} Pakete).',
    targetsLoss: '{{loss}} % der Testpakete ins Internet gingen verloren ({{lost}} von {{sent}}; wahrscheinlich zwischen {{lo}} und {{hi}} %).',
    targetsLatency: 'Laufzeit ins Internet: im Mittel {{avg}} ms.',
    hopLoss: 'Der Verlust beginnt am ersten Router Ihres Anbieters ({{hop}}): dort gehen {{loss}} % verloren.',
    hopSilent: 'Auch der erste Router Ihres Anbieters ({{hop}}) antwortet nicht.',
    hopClean: 'Der erste Router Ihres Anbieters ({{hop}}) antwortet ohne Verlust; der Verlust beginnt weiter draußen.',
    dnsFailed: 'Der Namensserver {{server}} lieferte für {{name}} {{outcome}}.',
    dnsPublicOk: 'Der öffentliche Namensserver {{server}} hat für {{name}} in {{ms}} ms geantwortet.',
    captiveRedirect: 'Die Verbindungsprüfung {{url}} wurde stattdessen zu {{location}} umgeleitet.',
    captivePage: 'Die Verbindungsprüfung {{url}} erhielt eine Webseite statt einer leeren Antwort.',
    clockOffset: 'Die Uhr dieses Computers geht {{minutes}} Minuten {{direction}} gegenüber der Zeit auf {{server}}.',
    proxyUnreachable: 'Der auf diesem Computer eingestellte Proxy {{proxy}} antwortet nicht: {{state}}.',
    powerSaving: 'Dieser Computer spart Energie ({{what}}), was WLAN-Adapter bremst.',
    wifiSignal: 'WLAN-Signal {{dbm}} dBm bei „{{ssid}}“, Kanal {{channel}} ({{band}}).',
    wifiNoise: 'Signal-Rausch-Abstand {{snr}} dB (25 dB oder mehr ist gut).',
    wifiCrowded: '{{count}} andere Netze nutzen Kanal {{channel}} oder überlappen ihn.',
    wifiRate: 'Verbindungsrate {{rate}} Mbit/s ({{phy}}).',
    wifiBand24: '„{{ssid}}“ wird auch im 5-GHz-Band angeboten, aber dieser Computer nutzt 2,4 GHz.',
    vpnGatewayFailed: 'Das VPN-Gateway {{host}} (Port {{port}}) nimmt keine Verbindungen an: {{state}}.',
    vpnNoTunnel: 'Auf diesem Computer ist keine VPN-Verbindung aktiv.',
    vpnInternalFailed: '{{host}} (Port {{port}}) im Firmennetz antwortet nicht: {{state}}.',
    vpnRouteOutside: 'Der Weg zu {{host}} führt über {{iface}}, nicht durch den VPN-Tunnel.',
    vpnDnsFailed: 'Der Firmenname {{name}} lässt sich nicht auflösen ({{outcome}} von {{server}}).',
    vpnMtu: 'Durch den VPN-Tunnel kommen Pakete über {{mtu}} Bytes nicht durch (üblich sind 1400 oder mehr).',
    storefrontCertificate: 'Das Zertifikat von {{url}} wird abgelehnt ({{code}}); gültig bis {{validTo}}, {{days}} Tage ab heute.',
    storefrontStatus: '{{url}} antwortet mit einem Fehler (HTTP {{status}}).',
    storefrontNotRecognised: '{{url}} antwortet, aber nicht mit einer Citrix-StoreFront-Seite.',
    storefrontUnreachable: '{{url}} ist nicht erreichbar: {{stage}} schlug fehl ({{code}}).',
    sessionPortClosed: 'Der Citrix-Sitzungshost {{host}} nimmt auf Port {{port}} keine Verbindungen an: {{state}}.',
    workspaceMissing: 'Die Citrix Workspace-App wurde auf diesem Computer nicht gefunden.',
    httpsFailed: '{{url}} ließ sich nicht öffnen: {{stage}} schlug fehl ({{code}}).',
    httpsCertificate: 'Das Zertifikat von {{url}} wurde abgelehnt ({{code}}); es ist gültig bis {{validTo}}.',
    ...throughputEvidenceDe,
    ...witnessEvidenceDe,
    ...measurementEvidenceDe,
    ...mediaEvidenceDe,
    ...stubWitnessEvidenceDe,
    ...routerPingEvidenceDe,
    ...tcpOnlyEvidenceDe,
    ...mediaRestEvidenceDe,
    ...mediaWanEvidenceDe,
    ...mediaVpnEvidenceDe,
  },
  finding: {
    device: {
      'no-adapter': {
        title: 'Dieser Computer ist mit keinem Netzwerk verbunden',
        steps: [
          'Prüfen Sie, ob das WLAN eingeschaltet und der Flugmodus aus ist, oder ob das Netzwerkkabel an beiden Enden steckt.',
          'Verbinden Sie sich erneut mit Ihrem WLAN zu Hause.',
          'Starten Sie den Computer neu.',
          'Wenn gar kein Netzwerk erscheint, wenden Sie sich an den Helpdesk: Der Netzwerkadapter oder sein Treiber ist vielleicht defekt.',
        ],
      },
      'no-address': {
        title: 'Dieser Computer hat keine Netzwerkadresse',
        steps: [
          'Trennen Sie die WLAN-Verbindung (oder ziehen Sie das Kabel) und verbinden Sie sich erneut.',
          'Starten Sie Ihren Router neu: Ziehen Sie 30 Sekunden den Stecker und warten Sie, bis die Lämpchen ruhig leuchten.',
          'Starten Sie den Computer neu.',
          'Wenn andere Geräte zu Hause funktionieren, dieses aber nicht, wenden Sie sich an den Helpdesk.',
        ],
      },
      'no-default-route': {
        title: 'Dieser Computer kennt den Weg ins Internet nicht',
        steps: [
          'Trennen Sie die Netzwerkverbindung und verbinden Sie sich erneut.',
          'Starten Sie den Computer neu.',
          'Wenn es wieder passiert, wenden Sie sich an den Helpdesk: Ein VPN- oder Sicherheitsprogramm hat vielleicht die Netzwerkeinstellungen geändert.',
        ],
      },
      clock: {
        title: 'Die Uhr dieses Computers geht falsch',
        steps: [
          'Öffnen Sie die Einstellungen für Datum und Uhrzeit und schalten Sie „Uhrzeit automatisch festlegen“ ein.',
          'Prüfen Sie, ob die Zeitzone stimmt.',
          'Wenn die Uhr immer wieder abweicht, wenden Sie sich an den Helpdesk: Mit falscher Uhr schlagen Anmeldungen und sichere Verbindungen fehl.',
        ],
      },
      proxy: {
        title: 'Der auf diesem Computer eingestellte Proxy antwortet nicht',
        steps: [
          'Wenn Sie zu Hause sind, ist der Proxy vermutlich für das Büro gedacht: Schalten Sie „Proxyserver verwenden“ in den Netzwerkeinstellungen aus, oder fragen Sie den Helpdesk.',
          'Wenn die Firma den Proxy verlangt, wenden Sie sich an den Helpdesk: Er ist von hier aus nicht erreichbar.',
        ],
      },
      'power-saving': {
        title: 'Energiesparen bremst das WLAN dieses Computers',
        steps: ['Schließen Sie für Anrufe und Remote-Sitzungen das Netzteil an.', 'Stellen Sie den Energiemodus auf „Ausbalanciert“ oder „Beste Leistung“.'],
      },
      'tls-certificate': {
        title: 'Sichere Webseiten werden auf diesem Computer abgelehnt',
        steps: [
          'Prüfen Sie, ob Datum, Uhrzeit und Zeitzone des Computers stimmen.',
          'Wenn Sie in einem Hotel- oder Gastnetz sind, öffnen Sie zuerst eine Webseite im Browser und melden Sie sich an.',
          'Wenn es bleibt, wenden Sie sich an den Helpdesk: Eine Sicherheitssoftware fängt vielleicht sichere Verbindungen ab.',
        ],
      },
    },
    home: {
      ...witnessFindingsHomeDe,
      ...routerPingHomeDe,
      ...dropoutAdviceHomeDe,
      'gateway-unreachable': {
        title: 'Ihr Router antwortet nicht',
        steps: [
          'Prüfen Sie, ob der Router eingeschaltet ist und seine Lämpchen normal aussehen.',
          'Starten Sie den Router neu: 30 Sekunden vom Strom trennen, wieder einstecken und 3 Minuten warten.',
          'Wenn Sie WLAN nutzen, gehen Sie näher an den Router oder verbinden Sie sich mit einem Netzwerkkabel.',
          'Antwortet der Router weiterhin nicht, probieren Sie ein anderes Gerät. Geht keines, ist der Router vielleicht defekt: Wenden Sie sich an den, der ihn geliefert hat.',
        ],
      },
      'gateway-loss': {
        title: 'Die Verbindung zu Ihrem Router verliert Daten',
        steps: [
          'Bei WLAN: Gehen Sie näher an den Router oder verbinden Sie sich zum Vergleich mit einem Netzwerkkabel.',
          'Bei Kabel: Probieren Sie ein anderes Kabel und einen anderen Anschluss am Router.',
          'Starten Sie den Router neu: 30 Sekunden vom Strom trennen und warten, bis die Lämpchen ruhig leuchten.',
          'Wenn es weitergeht, ist der Router vielleicht defekt oder überlastet: Lassen Sie ihn von dem prüfen, der ihn geliefert hat.',
        ],
      },
      'router-dns': {
        title: 'Der Namensdienst (DNS) Ihres Routers funktioniert nicht',
        steps: [
          'Starten Sie den Router neu: 30 Sekunden vom Strom trennen und warten, bis die Lämpchen ruhig leuchten.',
          'Wenn es wieder passiert, tragen Sie in den Router-Einstellungen einen öffentlichen DNS-Server ein (oder lassen Sie es jemanden tun).',
          'Bis dahin öffnen sich Webseiten vielleicht nicht, obwohl die Internetleitung funktioniert.',
        ],
      },
      'captive-portal': {
        title: 'Dieses Netz verlangt zuerst eine Anmeldung',
        steps: [
          'Öffnen Sie einen Webbrowser und rufen Sie eine beliebige Webseite auf: Die Anmeldeseite sollte erscheinen.',
          'Melden Sie sich an oder akzeptieren Sie die Nutzungsbedingungen.',
          'Starten Sie die Prüfung danach erneut.',
        ],
      },
    },
    isp: {
      ...historyFindingsDe,
      outage: {
        title: 'Ihre Internetverbindung ist hinter dem Router unterbrochen',
        steps: [
          'Sehen Sie sich den Router an: Ist das Internet-, DSL- oder Glasfaser-Lämpchen aus oder rot?',
          'Starten Sie den Router neu: 30 Sekunden vom Strom trennen, wieder einstecken und 5 Minuten warten.',
          'Prüfen Sie, ob das Kabel vom Router zur Telefondose oder zum Glasfaseranschluss fest steckt.',
          'Wenn es weiterhin nicht geht, rufen Sie Ihren Internetanbieter an: Homeline hat vorbereitet, was Sie sagen können.',
        ],
      },
      loss: {
        title: 'Die Leitung Ihres Internetanbieters verliert Daten',
        steps: [
          'Starten Sie den Router neu: 30 Sekunden vom Strom trennen und warten, bis die Lämpchen ruhig leuchten.',
          'Prüfen Sie, ob das Kabel vom Router zur Telefondose oder zum Glasfaseranschluss fest steckt, ohne unnötige Verlängerungen oder Verteiler.',
          'Prüfen Sie erneut. Bleibt der Verlust, rufen Sie Ihren Internetanbieter an: Homeline hat vorbereitet, was Sie sagen können.',
        ],
      },
      dns: {
        title: 'Der Namensdienst (DNS) Ihres Internetanbieters versagt',
        steps: [
          'Starten Sie den Router neu: 30 Sekunden vom Strom trennen und warten, bis die Lämpchen ruhig leuchten.',
          'Wenn es weitergeht, tragen Sie in den Router-Einstellungen einen öffentlichen DNS-Server ein (oder lassen Sie es jemanden tun).',
          'Sagen Sie Ihrem Internetanbieter, dass seine Namensserver versagen: Homeline hat vorbereitet, was Sie sagen können.',
        ],
      },
      'https-blocked': {
        title: 'Sichere Webseiten öffnen sich nicht, obwohl die Leitung funktioniert',
        steps: ['Starten Sie den Router neu und prüfen Sie erneut.', 'Wenn es bleibt, wenden Sie sich mit diesem Bericht an den Helpdesk.'],
      },
      ...throughputFindingsDe,
      ...witnessFindingsIspDe,
      ...measurementFindingsDe,
    },
    media: { ...mediaFindingsDe, ...mediaRestFindingsDe, ...mediaWanFindingsDe, ...mediaVpnFindingsDe },
    wifi: {
      'link-loss': {
        title: 'Ihre WLAN-Verbindung verliert Daten',
        steps: [
          'Gehen Sie näher an den Router oder entfernen Sie, was dazwischen steht (Wände, Metall, Aquarium, Mikrowelle).',
          'Verbinden Sie sich wenn möglich mit einem Netzwerkkabel: Das hilft bei Videoanrufen am sichersten.',
          'Starten Sie den Router neu: 30 Sekunden vom Strom trennen und warten, bis die Lämpchen ruhig leuchten.',
          'Wenn der Router 5 GHz anbietet, nutzen Sie diesen Netznamen.',
          'Wenn es immer wieder passiert, fragen Sie den, der den Router geliefert hat, nach einem Mesh-System oder einem Repeater für Ihren Arbeitsplatz.',
        ],
      },
      'weak-signal': {
        title: 'Das WLAN-Signal ist hier schwach',
        steps: [
          'Gehen Sie näher an den Router oder in denselben Raum.',
          'Stellen Sie den Router frei und erhöht auf, nicht in einen Schrank oder hinter den Fernseher.',
          'Verbinden Sie sich wenn möglich mit einem Netzwerkkabel.',
          'Wenn Sie nicht in der Nähe des Routers arbeiten können, fragen Sie nach einem Mesh-System oder einem Repeater.',
        ],
      },
      'low-snr': {
        title: 'Auf Ihrem WLAN-Kanal gibt es viele Funkstörungen',
        steps: [
          'Halten Sie Computer und Router fern von Mikrowellen, Babyfonen und schnurlosen Telefonen.',
          'Starten Sie den Router neu: Er wählt vielleicht einen ruhigeren Kanal.',
          'Nutzen Sie das 5-GHz-Netz des Routers, falls vorhanden.',
        ],
      },
      'crowded-channel': {
        title: 'Ihr WLAN-Kanal ist durch Nachbarnetze überfüllt',
        steps: [
          'Nutzen Sie das 5-GHz-Netz des Routers, falls vorhanden: Es hat viel mehr Kanäle.',
          'Starten Sie den Router neu oder stellen Sie den Kanal auf automatisch: Er wählt vielleicht einen ruhigeren.',
          'Wenn Sie sich auskennen, wählen Sie in den Router-Einstellungen Kanal 1, 6 oder 11, je nachdem, wo die wenigsten Nachbarn sind.',
        ],
      },
      'slow-link': {
        title: 'Die WLAN-Verbindung ist langsam',
        steps: [
          'Gehen Sie näher an den Router.',
          'Ist Ihr Router oder Computer sehr alt, beherrscht er vielleicht nur einen alten WLAN-Standard: Fragen Sie den, der den Router geliefert hat, nach einem neueren.',
        ],
      },
      'band-24': {
        title: 'Dieser Computer nutzt das langsamere 2,4-GHz-Band',
        steps: [
          'Verbinden Sie sich mit dem 5-GHz-Netz des Routers (oft derselbe Name mit „5G“), wenn Sie im selben oder im Nebenraum sind.',
          'Durch mehrere Wände kann 2,4 GHz die bessere Wahl sein: Vergleichen Sie mit einer Prüfung.',
        ],
      },
    },
    vpn: {
      ...dropoutAdviceVpnDe,
      'gateway-unreachable': {
        title: 'Das VPN-Gateway der Firma ist nicht erreichbar',
        steps: [
          'Ihre Internetverbindung funktioniert, das Problem liegt also sehr wahrscheinlich auf Seiten der Firma.',
          'Beenden Sie den VPN-Client vollständig, starten Sie ihn neu und verbinden Sie sich.',
          'Wenn Sie in einem Hotel- oder Gastnetz sind, versuchen Sie ein anderes Netz oder den Hotspot Ihres Handys: Manche Netze sperren VPNs.',
          'Wenden Sie sich an den Helpdesk: Das VPN-Gateway ist vielleicht ausgefallen. Homeline kann ihm diesen Bericht schicken.',
        ],
      },
      'tunnel-down': {
        title: 'Das Firmen-VPN ist nicht verbunden',
        steps: [
          'Öffnen Sie Ihren VPN-Client und verbinden Sie sich.',
          'Wenn das nicht klappt, beenden Sie den VPN-Client vollständig, starten Sie ihn neu und melden Sie sich erneut an.',
          'Wenn es weiterhin fehlschlägt, wenden Sie sich mit diesem Bericht an den Helpdesk.',
        ],
      },
      dns: {
        title: 'Firmennamen lassen sich über das VPN nicht auflösen',
        steps: [
          'Trennen Sie das VPN und verbinden Sie sich erneut.',
          'Das muss der Helpdesk lösen: Der Namensdienst (DNS) der Firma antwortet über das VPN nicht. Homeline kann ihm diesen Bericht schicken.',
        ],
      },
      'internal-unreachable': {
        title: 'Firmensysteme antworten über das VPN nicht',
        steps: [
          'Trennen Sie das VPN und verbinden Sie sich erneut.',
          'Das muss der Helpdesk lösen: Das VPN ist verbunden, führt aber nicht zu den Systemen der Firma. Homeline kann ihm diesen Bericht schicken.',
        ],
      },
      mtu: {
        title: 'Der VPN-Tunnel lässt nur kleine Pakete durch',
        steps: [
          'Trennen Sie das VPN und verbinden Sie sich erneut.',
          'Wenn Seiten hängen oder Remote-Sitzungen einfrieren, sagen Sie es dem Helpdesk: Die Paketgröße (MTU) des VPN muss angepasst werden. Homeline kann ihm diesen Bericht schicken.',
        ],
      },
    },
    citrix: {
      certificate: {
        title: 'Das Citrix-Portal der Firma hat ein ungültiges Zertifikat',
        steps: [
          'Akzeptieren Sie keine Sicherheitswarnung für diese Seite.',
          'Das muss der Helpdesk lösen: Das Zertifikat des Citrix-Portals muss erneuert oder korrigiert werden. Homeline kann ihm diesen Bericht schicken.',
        ],
      },
      'storefront-error': {
        title: 'Das Citrix-Portal der Firma funktioniert nicht',
        steps: [
          'Warten Sie einige Minuten und versuchen Sie es erneut.',
          'Das muss der Helpdesk lösen: Das Citrix-Portal antwortet mit einem Fehler. Homeline kann ihm diesen Bericht schicken.',
        ],
      },
      'storefront-unreachable': {
        title: 'Das Citrix-Portal der Firma ist nicht erreichbar',
        steps: [
          'Wenn Sie für Citrix das VPN brauchen, prüfen Sie, ob es verbunden ist.',
          'Wenden Sie sich an den Helpdesk: Das Citrix-Portal antwortet nicht. Homeline kann ihm diesen Bericht schicken.',
        ],
      },
      'session-ports': {
        title: 'Citrix-Sitzungen lassen sich nicht öffnen',
        steps: [
          'Schließen Sie Citrix Workspace und starten Sie Ihren Desktop oder Ihre App erneut.',
          'Das muss der Helpdesk lösen: Die Citrix-Server nehmen keine Sitzungsverbindungen an. Homeline kann ihm diesen Bericht schicken.',
        ],
      },
      'workspace-missing': {
        title: 'Die Citrix Workspace-App ist nicht installiert',
        steps: ['Installieren Sie die Citrix Workspace-App aus dem Softwareportal der Firma, oder fragen Sie den Helpdesk danach.'],
      },
    },
    unsure: { ...unsureFindingsDe, ...tcpOnlyUnsureDe },
  },
  witness: witnessDe,
  resolverOwner: resolverOwnerDe,
  ispCall: ispCallDe,
  ispConfirm: ispConfirmDe,
  history: historyDe,
  monitor: monitorDe,
  monitorHistory: monitorHistoryDe,
  app: appDe,
  dropoutsApp: dropoutsAppDe,
  monitorPause: monitorPauseDe,
  dropoutTicket: dropoutTicketDe,
  dropoutSnapshot: dropoutSnapshotDe,
  viewer: viewerDe,
  cli: {
    title: 'Homeline-Verbindungsprüfung',
    verdict: 'Ergebnis',
    owner: 'Wo das Problem liegt',
    whatToDo: 'Was Sie tun können',
    findings: 'Was Homeline gefunden hat',
    ispCall: 'Anruf bei Ihrem Internetanbieter',
    ispChecklist: 'Vor dem Anruf',
    ispScript: 'Was Sie sagen können',
    duration: 'Geprüft in {{seconds}} s.',
    quickNote: 'Schnellprüfung: Geschwindigkeits- und Lasttests wurden ausgelassen.',
    probeFailed: 'Nicht prüfbar: {{probes}}.',
    usageError: 'Aufruffehler: {{message}}',
  },
  fleet: fleetDe,
  tickets: ticketsDe,
  parse: parseDe,
  ticketOutbox: ticketOutboxDe,
  door: { ...doorDe, rule: { ...doorDe.rule, ...mediaRestDoorRuleDe } },
  ispCallHome: ispCallHomeDe,
  monitorPing: monitorPingDe,
  cliUsage: cliUsageDe,
  bundle: bundleDe,
  policy: policyDe,
  cliHelp: cliHelpDe,
  media: mediaDe,
  mediaRest: mediaRestDe,
  mediaWan: mediaWanDe,
  mediaVpn: mediaVpnDe,
  ispCallMedia: ispCallMediaDe,
};
