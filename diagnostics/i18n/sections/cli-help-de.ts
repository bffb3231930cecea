import type { CatalogShape } from '../catalog-shape.js';
import type { cliHelpEn } from './cli-help-en.js';

/** `homeline --help` und `homeline BEFEHL --help`, auf Deutsch. */
export const cliHelpDe: CatalogShape<typeof cliHelpEn> = {
  overview: {
    intro: [
      'Aufruf: homeline BEFEHL [OPTIONEN]',
      '        {{check}}',
      '',
      'Homeline prüft diesen Computer, Ihr WLAN und Ihren Router, Ihren Internetanbieter sowie das VPN und',
      'Citrix der Firma und sagt Ihnen, wessen Problem es ist und was zu tun ist. Ohne Befehl läuft check.',
    ],
    outro: [
      'homeline BEFEHL --help (oder homeline help BEFEHL) zeigt die Optionen, Beispiele und Exit-Codes eines Befehls.',
      'Exit-Codes: 0 alles in Ordnung, 1 ein Problem gefunden, 2 Aufruf- oder Einrichtungsfehler; manche Befehle haben eigene.',
    ],
    more: 'homeline --help zeigt alle Befehle.',
  },
  group: {
    connection: 'Verbindung prüfen',
    provider: 'Ihr Anbieter',
    helpdesk: 'Helpdesk',
    agents: 'Support-Mitarbeitende',
    admin: 'Administration',
  },
  label: {
    usage: 'Aufruf:',
    options: 'Optionen:',
    examples: 'Beispiele:',
    exit: 'Exit-Codes:',
    default: '(Vorgabe: {{value}})',
  },
  common: {
    lang: 'Sprache der Ausgabe: en, de oder sv (Vorgabe: die Systemsprache)',
    help: 'diese Hilfe anzeigen',
  },
  error: {
    unknownFlag: '{{flag}} ist keine Option von „homeline {{command}}“.',
    needsValue: '{{flag}} braucht einen Wert ({{value}}).',
    noValue: '{{flag}} nimmt keinen Wert.',
    unknownCommand: '„{{command}}“ ist kein Homeline-Befehl.',
  },
  cmd: {
    check: {
      summary: 'die Verbindung prüfen und sagen, wessen Problem es ist (der Standardbefehl)',
      about: [
        'Führt jede Prüfung aus, die das Profil und dieser Computer erlauben, zeigt das Ergebnis und was zu tun ist,',
        'und nimmt es in den Verlauf auf.',
      ],
      flags: {
        profile: 'zu prüfende Firmenziele (Vorgabe: die verwaltete Richtlinie, dann eingebaute Vorgaben)',
        json: 'den vollständigen Bericht als JSON in FILE schreiben, oder mit - auf die Standardausgabe',
        bundle: 'das Diagnosepaket für den Helpdesk in FILE schreiben',
        replay: 'Systembefehle aus einem aufgezeichneten Bericht oder einer Aufzeichnung beantworten (Helpdesk, Tests)',
        quick: 'die Geschwindigkeits- und Lasttests auslassen',
        history: 'diese Prüfung nicht in den Verlauf aufnehmen',
      },
      exit: '0 alles in Ordnung, 1 ein Problem gefunden, 2 Aufruf- oder Profilfehler.',
    },
    monitor: {
      summary: 'die Verbindung eine Weile beobachten und jeden Aussetzer auflisten',
      about: [
        'Beobachtet einmal pro Sekunde den Router, den Anbieter, zwei Internetziele und (bei aufgebautem Tunnel)',
        'das Firmen-VPN und listet jeden Aussetzer (2 s oder länger keine Antwort) und jede schlechte Phase',
        '(Verluste oder Verzögerung) mit dem Abschnitt, in dem sie liegt. Strg+C beendet vorzeitig.',
        'Wie die App pausiert er im Energiesparmodus und auf getakteten Verbindungen, sofern die Richtlinie ihn nicht',
        'weiterlaufen lässt; --on-metered lässt diesen Lauf auf getakteten weiterlaufen (die App folgt der Richtlinie).',
      ],
      flags: {
        duration: 'wie lange beobachtet wird: z. B. 90s, 10m oder 1h, höchstens 24h',
        interval: 'Millisekunden zwischen den Runden, 200 bis 60000',
        json: 'die Aussetzer zusätzlich als JSON in FILE schreiben, oder mit - auf die Standardausgabe',
        profile: 'zu beobachtende Firmenziele (Vorgabe: die verwaltete Richtlinie, dann eingebaute Vorgaben)',
        history: 'die Aussetzer nicht in den Verlauf aufnehmen',
        'on-metered': 'auch auf einer getakteten Verbindung (mobile Daten, ein Hotspot) weiter beobachten, gleich was die Richtlinie sagt',
      },
      exit: '0 keine gesehen, 1 Aussetzer oder schlechte Phasen gesehen, 2 Aufruffehler oder nichts zu beobachten.',
    },
    history: {
      summary: 'die Prüfungen der letzten Tage und die Muster darin',
      about: ['Listet die aufgezeichneten Prüfungen der letzten N Tage und die Muster, die Homeline darin sieht (z. B. jeden Abend).'],
      flags: {
        days: 'wie viele Tage zurück aufgelistet wird',
        json: 'die Prüfungen und Muster als JSON ausgeben',
      },
      exit: '0 aufgelistet, 2 Aufruffehler.',
    },
    ispSet: {
      summary: 'Anbieter, Vertragsgeschwindigkeit, Kundennummer und Leitungs-ID merken',
      about: ['Speichert die Angaben für die Anrufhilfe; ausgelassene Werte bleiben, wie sie waren. Zeigt das Gespeicherte.'],
      flags: {
        name: 'der Name des Anbieters',
        'contract-down': 'Download-Geschwindigkeit laut Vertrag, Mbit/s',
        'contract-up': 'Upload-Geschwindigkeit laut Vertrag, Mbit/s',
        customer: 'Ihre Kundennummer',
        line: 'Ihre Leitungs-ID',
      },
      exit: '0 gespeichert, 2 Aufruffehler.',
    },
    ispShow: {
      summary: 'zeigen, was Homeline über Ihren Anbieter weiß',
      about: ['Zeigt die mit homeline isp set gespeicherten Angaben zum Anbieter.'],
      flags: {},
      exit: '0 gezeigt.',
    },
    ispKit: {
      summary: 'die Anrufhilfe für Ihren Anbieter aus der letzten Prüfung: Checkliste und Gesprächsleitfaden',
      about: ['Schreibt, was Sie bereithalten und was Sie sagen sollten, wenn Sie Ihren Anbieter anrufen, aus der letzten Prüfung und ihrem Verlauf.'],
      flags: {
        done: 'was Sie für die letzte Prüfung getan haben (Uhrzeit des Router-Neustarts, Kabel, zweites Gerät oder none): das Gespräch behauptet nur das',
        format: 'text, html oder pdf (pdf braucht --out)',
        out: 'die Anrufhilfe in FILE statt auf die Standardausgabe schreiben',
      },
      exit: '0 geschrieben, 1 noch keine Prüfung aufgezeichnet, 2 Aufruffehler.',
    },
    bundlePreview: {
      summary: 'zeigen, was ein Paket (oder ein aus einem --json-Bericht gebautes Paket) enthält',
      about: ['Zeigt jede Datei des Pakets genau so, wie der Helpdesk sie erhielte, geschwärzt. Es wird nichts gesendet.'],
      flags: {},
      exit: '0 gezeigt, 2 Aufruffehler oder eine Datei, die weder Paket noch Bericht ist.',
    },
    ticket: {
      summary: 'ein Paket als Ticket beim Helpdesk einreichen, genau einmal',
      about: [
        'Legt das Paket in den Postausgang und sendet es an den Helpdesk, den CONNECTOR in der Konfigurationsdatei',
        'benennt (Vorgabe: helpdesk.json im Datenordner von Homeline; ohne --to und --config der Helpdesk der',
        'verwalteten Richtlinie). Ein Ticket, das jetzt nicht gesendet werden kann, wird später gesendet, genau einmal.',
        'Die Zugangsdaten kommen aus HOMELINE_HELPDESK_TOKEN, der Datei, die HOMELINE_HELPDESK_TOKEN_FILE nennt, oder',
        'secrets/CONNECTOR im Datenordner; eine Datei darf nur für Sie lesbar sein (chmod 600).',
      ],
      flags: {
        bundle: 'das einzureichende Paket (aus homeline check --bundle)',
        to: 'der zu verwendende Helpdesk-Connector (Vorgabe: der Helpdesk der verwalteten Richtlinie)',
        config: 'die Helpdesk-Konfigurationsdatei',
      },
      exit: '0 gesendet, 1 nicht angenommen oder aufgegeben, 2 Aufruf- oder Einrichtungsfehler (nichts gesendet), 75 für einen späteren Versuch behalten.',
    },
    outbox: {
      summary: 'die wartenden Tickets im Postausgang auflisten, senden oder erneut versuchen',
      about: [
        'list (die Vorgabe) zeigt jedes Ticket und seinen Stand; send sendet die Tickets, deren nächster Versuch fällig ist;',
        'retry versucht fehlgeschlagene und wartende Tickets jetzt erneut (alle oder die angegebenen IDs).',
      ],
      flags: { json: 'die Tickets als JSON ausgeben' },
      exit: '0 nichts wartet oder ist fehlgeschlagen, 1 nicht angenommen oder aufgegeben, 2 Aufruf- oder Einrichtungsfehler, 75 manche warten noch.',
    },
    view: {
      summary: 'das Ergebnis eines Pakets zeigen oder es als eigenständigen HTML-Bericht schreiben',
      about: ['Prüft die Unversehrtheit des Pakets und zeigt sein Ergebnis; --html schreibt einen aus seiner report.json neu erstellten Bericht.'],
      flags: { html: 'einen eigenständigen HTML-Bericht in FILE schreiben' },
      exit: '0 gezeigt, 2 Aufruffehler oder eine beschädigte oder fremde Datei.',
    },
    parse: {
      summary: 'lesen, was jemand eingefügt hat (ping, ipconfig, netsh …), mit Homelines eigenen Parsern',
      about: [
        'Liest, was ein Befehl ausgegeben hat (in ein Ticket eingefügt, in FILE gespeichert oder mit - auf der',
        'Standardeingabe) und zeigt die gefundenen Fakten und was nicht lesbar war. KIND ist eines von {{kinds}};',
        'ohne Angabe wird es am Text erkannt. Bytes in Windows-Codepages (437, 850, 852, 858, 865, 866, 1252), UTF-8 und UTF-16 werden angenommen.',
      ],
      flags: { json: 'die Fakten als JSON ausgeben (Schemas: diagnostics/schema/published/parse-KIND.schema.json)' },
      exit: '0 gelesen, 1 der Text ist keine Ausgabe, die Homeline kennt, 2 Aufruffehler oder unlesbare Eingabe.',
    },
    diff: {
      summary: 'was sich zwischen zwei Prüfungen geändert hat: Befunde, Ergebnis, Messwerte',
      about: ['Vergleicht zwei Prüfungen (Pakete oder --json-Berichte), die frühere zuerst.'],
      flags: { json: 'den Unterschied als JSON ausgeben' },
      exit: '0 nichts über das Rauschen hinaus geändert, 1 etwas hat sich geändert, 2 Aufruffehler oder eine Datei, die keine Prüfung ist.',
    },
    stats: {
      summary: 'Anzahlen und Medianwerte über viele Prüfungen, z. B. einen Ordner mit Ticket-Paketen',
      about: ['Liest jedes Paket und jeden Bericht in den angegebenen Ordnern und Dateien; unlesbare Dateien werden aufgeführt, nicht abgebrochen.'],
      flags: {
        format: 'text, csv, json oder html',
        out: 'in FILE statt auf die Standardausgabe schreiben',
        'time-zone': 'Zeitzone für die Tagesstunden, z. B. Europe/Berlin (Vorgabe: die dieses Computers)',
      },
      exit: '0 gezählt, 2 Aufruffehler.',
    },
    policy: {
      summary: 'die geltenden Einstellungen und was die verwaltete Richtlinie gesetzt, gesperrt oder ignoriert hat',
      about: [
        'Zeigt den Wert jeder Einstellung und ob Richtlinie, Benutzer oder Vorgabe ihn gesetzt haben, was gesperrt ist,',
        'wo die verwaltete Richtlinie gelesen wurde und welche Richtlinienwerte warum ignoriert wurden.',
      ],
      flags: { json: 'die Einstellungen als JSON in FILE schreiben, oder mit - auf die Standardausgabe' },
      exit: '0 kein Richtlinienwert ignoriert, 1 ein Richtlinienwert wurde ignoriert, 2 Aufruffehler.',
    },
  },
};
