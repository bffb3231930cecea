import { z } from 'zod';
import { profileSchema } from '../schema/profile.js';
import { policyMeta, type PolicyKeyMeta } from './policy-meta.js';

/** Attaches template metadata to one key's schema (a fresh wrapper, so shared schemas stay clean). */
function key<S extends z.ZodType>(schema: S, meta: PolicyKeyMeta): S {
  const own = schema.clone() as S;
  policyMeta.add(own, meta);
  return own;
}

const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an https:// URL' });
const SEGMENTS = ['device', 'wifi', 'home-network', 'isp', 'vpn', 'citrix', 'unknown'] as const;

/** The help-desk systems a connector exists for (the connectors themselves live elsewhere). */
export const CONNECTOR_KINDS = ['servicenow', 'jira', 'zendesk', 'freshservice', 'rt', 'webhook', 'email'] as const;

/**
 * Everything IT can set centrally: the one source of truth for the readers, the precedence
 * function, the ADMX/ADML and mobileconfig templates and the policy reference in docs/.
 * Secrets (API tokens) are not policy: they never travel through the registry or a plist.
 */
export const policySchema = z.object({
  targets: key(profileSchema, {
    regName: 'Targets', type: 'json', group: 'targets', userSetting: false,
    example: { internet: { pingTargets: ['198.51.100.10'], httpsUrls: ['https://www.example.com/'] }, vpn: { gateways: [{ host: 'vpn.example.com', port: 443 }] } },
    text: {
      en: { title: 'Company targets (profile)', description: 'The company profile as JSON: internet targets, throughput endpoints, VPN gateways and Citrix hosts that every check tests. Each list holds at most 50 entries; hosts are RFC 1123 host names or IP addresses (IPv6 in brackets inside URLs), ports 1–65535, addresses http:// or https://. Without it Homeline uses its built-in public targets.' },
      de: { title: 'Firmenziele (Profil)', description: 'Das Firmenprofil als JSON: Internetziele, Durchsatz-Endpunkte, VPN-Gateways und Citrix-Hosts, die jede Prüfung testet. Jede Liste enthält höchstens 50 Einträge; Hosts sind Hostnamen nach RFC 1123 oder IP-Adressen (IPv6 in Adressen in eckigen Klammern), Ports 1–65535, Adressen http:// oder https://. Ohne dieses Profil verwendet Homeline seine eingebauten öffentlichen Ziele.' },
      sv: { title: 'Företagets mål (profil)', description: 'Företagets profil som JSON: internetmål, adresser för hastighetsmätning, VPN-gateways och Citrix-värdar som varje kontroll testar. Varje lista har högst 50 poster; värdar är värdnamn enligt RFC 1123 eller IP-adresser (IPv6 inom hakparenteser i adresser), portar 1–65535, adresser http:// eller https://. Utan den använder Homeline sina inbyggda offentliga mål.' },
    },
  }),
  helpDeskConnector: key(z.enum(CONNECTOR_KINDS), {
    regName: 'HelpDeskConnector', type: 'enum', group: 'helpDesk', userSetting: false, example: 'servicenow',
    text: {
      en: { title: 'Help-desk system', description: 'Which help-desk system tickets go to: servicenow, jira, zendesk, freshservice, rt (Request Tracker), webhook or email.' },
      de: { title: 'Helpdesk-System', description: 'An welches Helpdesk-System Tickets gehen: servicenow, jira, zendesk, freshservice, rt (Request Tracker), webhook oder email.' },
      sv: { title: 'Supportsystem', description: 'Vilket supportsystem ärenden skickas till: servicenow, jira, zendesk, freshservice, rt (Request Tracker), webhook eller email.' },
    },
  }),
  helpDeskBaseUrl: key(httpsUrl, {
    regName: 'HelpDeskBaseUrl', type: 'string', group: 'helpDesk', userSetting: false, example: 'https://example.service-now.com/',
    text: {
      en: { title: 'Help-desk address', description: 'The https:// base address of the help-desk system or webhook. Credentials are never set here.' },
      de: { title: 'Helpdesk-Adresse', description: 'Die https://-Basisadresse des Helpdesk-Systems oder Webhooks. Zugangsdaten werden hier nie gesetzt.' },
      sv: { title: 'Supportens adress', description: 'Supportsystemets eller webhookens https://-basadress. Inloggningsuppgifter anges aldrig här.' },
    },
  }),
  helpDeskEmail: key(z.email({ error: 'must be an e-mail address' }), {
    regName: 'HelpDeskEmail', type: 'string', group: 'helpDesk', userSetting: false, example: 'servicedesk@example.com',
    text: {
      en: { title: 'Help-desk e-mail address', description: 'Where the e-mail connector addresses its message (the user sends it from their own mail program).' },
      de: { title: 'Helpdesk-E-Mail-Adresse', description: 'An wen der E-Mail-Connector die Nachricht adressiert (der Benutzer sendet sie aus seinem eigenen Mailprogramm).' },
      sv: { title: 'Supportens e-postadress', description: 'Vart e-postkopplingen adresserar meddelandet (användaren skickar det från sitt eget e-postprogram).' },
    },
  }),
  helpDeskQueue: key(z.string().trim().min(1, 'must not be empty').max(200), {
    regName: 'HelpDeskQueue', type: 'string', group: 'helpDesk', userSetting: false, example: 'Network Support',
    text: {
      en: { title: 'Queue or service desk', description: 'The queue, assignment group or service desk id (Jira) that tickets are filed in.' },
      de: { title: 'Warteschlange oder Service-Desk', description: 'Die Warteschlange, Zuweisungsgruppe oder Service-Desk-ID (Jira), in der Tickets angelegt werden.' },
      sv: { title: 'Kö eller servicedesk', description: 'Kön, tilldelningsgruppen eller servicedeskens id (Jira) som ärenden läggs i.' },
    },
  }),
  helpDeskRequestType: key(z.string().trim().min(1, 'must not be empty').max(200), {
    regName: 'HelpDeskRequestType', type: 'string', group: 'helpDesk', userSetting: false, example: '17',
    text: {
      en: { title: 'Request type', description: 'The request type (Jira request type id, ticket type or form) of new tickets.' },
      de: { title: 'Anfragetyp', description: 'Der Anfragetyp (Jira-Anfragetyp-ID, Tickettyp oder Formular) neuer Tickets.' },
      sv: { title: 'Ärendetyp', description: 'Ärendetypen (Jiras request type-id, ärendetyp eller formulär) för nya ärenden.' },
    },
  }),
  helpDeskCategories: key(z.partialRecord(z.enum(SEGMENTS), z.string().trim().min(1).max(200)), {
    regName: 'HelpDeskCategories', type: 'json', group: 'helpDesk', userSetting: false,
    example: { isp: 'Network > Internet provider', vpn: 'Network > VPN', citrix: 'Citrix' },
    text: {
      en: { title: 'Ticket categories', description: 'JSON object mapping a verdict (device, wifi, home-network, isp, vpn, citrix, unknown) to the help-desk category of the ticket.' },
      de: { title: 'Ticketkategorien', description: 'JSON-Objekt, das ein Ergebnis (device, wifi, home-network, isp, vpn, citrix, unknown) der Helpdesk-Kategorie des Tickets zuordnet.' },
      sv: { title: 'Ärendekategorier', description: 'JSON-objekt som knyter ett utfall (device, wifi, home-network, isp, vpn, citrix, unknown) till ärendets kategori i supportsystemet.' },
    },
  }),
  redactionLevel: key(z.enum(['standard', 'strict', 'off']), {
    regName: 'RedactionLevel', type: 'enum', group: 'privacy', userSetting: true, example: 'strict',
    text: {
      en: { title: 'Redaction level', description: 'What is removed from reports and bundles: standard (user and computer names, public addresses), strict (also local addresses and host names) or off.' },
      de: { title: 'Schwärzungsstufe', description: 'Was aus Berichten und Paketen entfernt wird: standard (Benutzer- und Computernamen, öffentliche Adressen), strict (auch lokale Adressen und Hostnamen) oder off.' },
      sv: { title: 'Maskeringsnivå', description: 'Vad som tas bort ur rapporter och paket: standard (användar- och datornamn, publika adresser), strict (även lokala adresser och värdnamn) eller off.' },
    },
  }),
  ssidHandling: key(z.enum(['keep', 'hash']), {
    regName: 'SsidHandling', type: 'enum', group: 'privacy', userSetting: true, example: 'hash',
    text: {
      en: { title: 'Wi-Fi network names', description: 'keep shows Wi-Fi network names (SSIDs) in reports; hash replaces them with a short fingerprint.' },
      de: { title: 'WLAN-Namen', description: 'keep zeigt WLAN-Namen (SSIDs) in Berichten; hash ersetzt sie durch einen kurzen Fingerabdruck.' },
      sv: { title: 'Wi-Fi-nätverkens namn', description: 'keep visar Wi-Fi-nätverkens namn (SSID) i rapporter; hash ersätter dem med ett kort fingeravtryck.' },
    },
  }),
  backgroundCheckMinutes: key(z.number().int().min(0).max(1440), {
    regName: 'BackgroundCheckMinutes', type: 'integer', group: 'behaviour', userSetting: true, example: 60,
    text: {
      en: { title: 'Background check interval', description: 'Minutes between quick background checks (0 turns them off, at most 1440).' },
      de: { title: 'Intervall der Hintergrundprüfung', description: 'Minuten zwischen schnellen Hintergrundprüfungen (0 schaltet sie ab, höchstens 1440).' },
      sv: { title: 'Intervall för bakgrundskontroll', description: 'Minuter mellan snabba kontroller i bakgrunden (0 stänger av dem, högst 1440).' },
    },
  }),
  startAtLogin: key(z.boolean(), {
    regName: 'StartAtLogin', type: 'boolean', group: 'behaviour', userSetting: true, example: true,
    text: {
      en: { title: 'Start at login', description: 'Starts Homeline in the tray when the user logs in.' },
      de: { title: 'Beim Anmelden starten', description: 'Startet Homeline im Infobereich, wenn sich der Benutzer anmeldet.' },
      sv: { title: 'Starta vid inloggning', description: 'Startar Homeline i aktivitetsfältet när användaren loggar in.' },
    },
  }),
  monitorEnabled: key(z.boolean(), {
    regName: 'MonitorEnabled', type: 'boolean', group: 'behaviour', userSetting: true, example: true,
    text: {
      en: { title: 'Connection monitor', description: 'While the tray app runs, probes the router, the provider and the internet (and the VPN while it is up) about once a second and records drop-outs on this computer. false turns it off. It records the connection, never which apps or sites are in use.' },
      de: { title: 'Verbindungsmonitor', description: 'Prüft, solange die App im Infobereich läuft, etwa einmal pro Sekunde Router, Anbieter und Internet (und das VPN, solange es verbunden ist) und speichert Verbindungsabbrüche auf diesem Computer. false schaltet ihn ab. Er zeichnet die Verbindung auf, nie welche Apps oder Seiten genutzt werden.' },
      sv: { title: 'Anslutningsövervakning', description: 'Medan appen i aktivitetsfältet körs testas routern, leverantören och internet (och VPN när det är uppkopplat) ungefär en gång per sekund, och avbrott sparas på den här datorn. false stänger av den. Den registrerar anslutningen, aldrig vilka appar eller webbplatser som används.' },
    },
  }),
  monitorIntervalSeconds: key(z.number().int().min(1).max(60), {
    regName: 'MonitorIntervalSeconds', type: 'integer', group: 'behaviour', userSetting: false, example: 2,
    text: {
      en: { title: 'Connection monitor interval', description: 'Seconds between the connection monitor’s probes of each target (1 to 60, default 1). Drop-outs shorter than about two intervals are not seen.' },
      de: { title: 'Intervall des Verbindungsmonitors', description: 'Sekunden zwischen den Prüfungen jedes Ziels durch den Verbindungsmonitor (1 bis 60, Standard 1). Abbrüche, die kürzer als etwa zwei Intervalle sind, werden nicht gesehen.' },
      sv: { title: 'Intervall för anslutningsövervakningen', description: 'Sekunder mellan anslutningsövervakningens tester av varje mål (1 till 60, standard 1). Avbrott kortare än ungefär två intervall syns inte.' },
    },
  }),
  monitorOnPowerSaver: key(z.boolean(), {
    regName: 'MonitorOnPowerSaver', type: 'boolean', group: 'behaviour', userSetting: false, example: false,
    text: {
      en: { title: 'Monitor on battery saver', description: 'true keeps the connection monitor running while the computer saves battery; by default it pauses then.' },
      de: { title: 'Monitor im Energiesparmodus', description: 'true lässt den Verbindungsmonitor auch im Energiesparmodus laufen; standardmäßig pausiert er dann.' },
      sv: { title: 'Övervakning vid batterisparläge', description: 'true låter anslutningsövervakningen köra även när datorn sparar batteri; som standard pausar den då.' },
    },
  }),
  monitorOnMetered: key(z.boolean(), {
    regName: 'MonitorOnMetered', type: 'boolean', group: 'behaviour', userSetting: false, example: false,
    text: {
      en: { title: 'Monitor on metered connections', description: 'true keeps the connection monitor running while Windows or NetworkManager marks the connection as metered (mobile data, a hotspot); by default it pauses then. Where the system does not say (macOS), it runs.' },
      de: { title: 'Monitor bei getakteten Verbindungen', description: 'true lässt den Verbindungsmonitor auch laufen, während Windows oder NetworkManager die Verbindung als getaktet kennzeichnet (mobile Daten, ein Hotspot); standardmäßig pausiert er dann. Wo das System es nicht angibt (macOS), läuft er.' },
      sv: { title: 'Övervakning på datapottsbegränsade anslutningar', description: 'true låter anslutningsövervakningen köra även när Windows eller NetworkManager markerar anslutningen som datapottsbegränsad (mobildata, en surfzon); som standard pausar den då. Där systemet inte anger det (macOS) körs den.' },
    },
  }),
  language: key(z.enum(['auto', 'en', 'de', 'sv']), {
    regName: 'Language', type: 'enum', group: 'behaviour', userSetting: true, example: 'auto',
    text: {
      en: { title: 'Language', description: 'auto follows the system language; en, de or sv fix English, German or Swedish.' },
      de: { title: 'Sprache', description: 'auto folgt der Systemsprache; en, de oder sv legen Englisch, Deutsch oder Schwedisch fest.' },
      sv: { title: 'Språk', description: 'auto följer systemets språk; en, de eller sv väljer engelska, tyska eller svenska.' },
    },
  }),
  companyName: key(z.string().trim().min(1, 'must not be empty').max(80), {
    regName: 'CompanyName', type: 'string', group: 'branding', userSetting: false, example: 'Example GmbH',
    text: {
      en: { title: 'Company name', description: 'Shown in the app and in texts such as “call the Example GmbH help desk”.' },
      de: { title: 'Firmenname', description: 'Erscheint in der App und in Texten wie „Rufen Sie den Helpdesk der Example GmbH an“.' },
      sv: { title: 'Företagsnamn', description: 'Visas i appen och i texter som ”ring Example AB:s support”.' },
    },
  }),
  helpDeskPhone: key(z.string().trim().regex(/^\+?[0-9 ()/.-]{3,30}$/, 'must be a phone number (digits, spaces, + ( ) / . -)'), {
    regName: 'HelpDeskPhone', type: 'string', group: 'branding', userSetting: false, example: '+49 30 1234567',
    text: {
      en: { title: 'Help-desk phone', description: 'The phone number users are told to call.' },
      de: { title: 'Helpdesk-Telefon', description: 'Die Telefonnummer, die Benutzer anrufen sollen.' },
      sv: { title: 'Supportens telefon', description: 'Telefonnumret som användarna ombeds ringa.' },
    },
  }),
  helpDeskHours: key(z.string().trim().min(1, 'must not be empty').max(120), {
    regName: 'HelpDeskHours', type: 'string', group: 'branding', userSetting: false, example: 'Mon–Fri 8:00–18:00',
    text: {
      en: { title: 'Help-desk hours', description: 'When the help desk answers, shown next to the phone number.' },
      de: { title: 'Helpdesk-Zeiten', description: 'Wann der Helpdesk erreichbar ist, neben der Telefonnummer angezeigt.' },
      sv: { title: 'Supportens öppettider', description: 'När supporten svarar, visas bredvid telefonnumret.' },
    },
  }),
  userMayChange: key(z.array(z.string()), {
    regName: 'UserMayChange', type: 'stringList', group: 'behaviour', userSetting: false, example: ['language', 'startAtLogin'],
    text: {
      en: { title: 'Settings users may change', description: 'The settings (by key: redactionLevel, ssidHandling, backgroundCheckMinutes, startAtLogin, monitorEnabled, language, fleetExportEnabled, ooklaEnabled, ooklaLicenceAccepted) a user may change. When set, all others stay at their defaults. Values set by policy are always locked.' },
      de: { title: 'Vom Benutzer änderbare Einstellungen', description: 'Die Einstellungen (nach Schlüssel: redactionLevel, ssidHandling, backgroundCheckMinutes, startAtLogin, monitorEnabled, language, fleetExportEnabled, ooklaEnabled, ooklaLicenceAccepted), die ein Benutzer ändern darf. Wenn gesetzt, bleiben alle anderen auf ihrem Standardwert. Per Richtlinie gesetzte Werte sind immer gesperrt.' },
      sv: { title: 'Inställningar som användaren får ändra', description: 'De inställningar (med nyckel: redactionLevel, ssidHandling, backgroundCheckMinutes, startAtLogin, monitorEnabled, language, fleetExportEnabled, ooklaEnabled, ooklaLicenceAccepted) som användaren får ändra. När den är satt behåller alla andra sitt standardvärde. Värden som policyn sätter är alltid låsta.' },
    },
  }),
  fleetExportEnabled: key(z.boolean(), {
    regName: 'FleetExportEnabled', type: 'boolean', group: 'fleet', userSetting: true, example: false,
    text: {
      en: { title: 'Fleet export', description: 'Opt-in: sends each check’s verdict and figures (no names, no addresses) to the company’s OpenTelemetry collector. Needs the endpoint below.' },
      de: { title: 'Flottenexport', description: 'Opt-in: sendet Ergebnis und Messwerte jeder Prüfung (keine Namen, keine Adressen) an den OpenTelemetry-Collector der Firma. Erfordert den Endpunkt unten.' },
      sv: { title: 'Flottexport', description: 'Frivilligt: skickar varje kontrolls utfall och mätvärden (inga namn, inga adresser) till företagets OpenTelemetry-insamlare. Kräver adressen nedan.' },
    },
  }),
  fleetExportOtlpEndpoint: key(httpsUrl, {
    regName: 'FleetExportOtlpEndpoint', type: 'string', group: 'fleet', userSetting: false, example: 'https://otel.example.com:4318/v1/metrics',
    text: {
      en: { title: 'Fleet export endpoint', description: 'The OTLP/HTTP endpoint (https://) that fleet export sends to.' },
      de: { title: 'Endpunkt des Flottenexports', description: 'Der OTLP/HTTP-Endpunkt (https://), an den der Flottenexport sendet.' },
      sv: { title: 'Adress för flottexport', description: 'OTLP/HTTP-adressen (https://) som flottexporten skickar till.' },
    },
  }),
  ooklaEnabled: key(z.boolean(), {
    regName: 'OoklaEnabled', type: 'boolean', group: 'speedTest', userSetting: true, example: false,
    text: {
      en: { title: 'Ookla speed test', description: 'Opt-in: measures throughput with Ookla’s Speedtest CLI instead of the company endpoints. Needs the licence accepted.' },
      de: { title: 'Ookla-Geschwindigkeitstest', description: 'Opt-in: misst den Durchsatz mit Ooklas Speedtest-CLI statt mit den Firmen-Endpunkten. Erfordert die akzeptierte Lizenz.' },
      sv: { title: 'Ooklas hastighetstest', description: 'Frivilligt: mäter hastigheten med Ooklas Speedtest CLI i stället för företagets adresser. Kräver att licensen är godkänd.' },
    },
  }),
  ooklaLicenceAccepted: key(z.boolean(), {
    regName: 'OoklaLicenceAccepted', type: 'boolean', group: 'speedTest', userSetting: true, example: false,
    text: {
      en: { title: 'Ookla licence accepted', description: 'Records that the company has accepted Ookla’s licence terms for the Speedtest CLI.' },
      de: { title: 'Ookla-Lizenz akzeptiert', description: 'Hält fest, dass die Firma Ooklas Lizenzbedingungen für die Speedtest-CLI akzeptiert hat.' },
      sv: { title: 'Ooklas licens godkänd', description: 'Anger att företaget har godkänt Ooklas licensvillkor för Speedtest CLI.' },
    },
  }),
  ooklaCliPath: key(z.string().trim().min(1, 'must not be empty').refine((p) => p.startsWith('/') || /^[A-Za-z]:\\/.test(p), 'must be an absolute path'), {
    regName: 'OoklaCliPath', type: 'string', group: 'speedTest', userSetting: false, example: 'C:\\Program Files\\Ookla\\speedtest.exe',
    text: {
      en: { title: 'Ookla CLI path', description: 'Absolute path of a Speedtest CLI that IT deploys under its own licence; Homeline never downloads it.' },
      de: { title: 'Pfad der Ookla-CLI', description: 'Absoluter Pfad einer Speedtest-CLI, die die IT unter eigener Lizenz verteilt; Homeline lädt sie nie herunter.' },
      sv: { title: 'Sökväg till Ooklas CLI', description: 'Absolut sökväg till en Speedtest CLI som IT distribuerar under egen licens; Homeline laddar aldrig ned den.' },
    },
  }),
});

/** Every policy key, in schema order. */
export type PolicyKey = keyof typeof policySchema.shape;
/** A policy value per key, as validated. */
export type PolicyValues = { readonly [K in PolicyKey]: z.output<(typeof policySchema.shape)[K]> };
