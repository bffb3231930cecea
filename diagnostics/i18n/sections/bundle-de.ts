import { bundleSafetyErrorsDe } from './bundle-safety-de.js';
import type { CatalogShape } from '../catalog-shape.js';
import type { bundleEn } from './bundle-en.js';

/** Texte des Diagnosepakets auf Deutsch. */
export const bundleDe: CatalogShape<typeof bundleEn> = {
  html: {
    title: 'Homeline-Verbindungsbericht',
    checkedAt: 'Geprüft am {{date}} in {{seconds}} s.',
    software: 'Homeline {{version}} auf {{os}} {{release}} ({{arch}})',
    probes: 'Prüfungen',
    probe: 'Prüfung',
    status: 'Ergebnis',
    duration: 'Dauer',
    note: 'Hinweis',
    statusName: { ok: 'in Ordnung', warn: 'Warnung', fail: 'fehlgeschlagen', skipped: 'ausgelassen', error: 'nicht ausführbar' },
    raw: 'Befehlsausgaben, auf denen das Ergebnis beruht',
    exitCode: 'Rückgabewert {{code}}',
    history: 'Frühere Prüfungen',
    historyAt: 'Wann',
    historySegment: 'Wo das Problem lag',
    historyFigures: 'Messwerte',
    privacy: 'Datenschutz',
    redacted: 'Bevor dieser Bericht den Computer verließ, hat Homeline Hardware-Adressen ({{hardwareIds}}), öffentliche IPv4- ({{ipv4}}) und IPv6-Adressen ({{ipv6}}), Benutzer- und Computernamen ({{identity}}) und WLAN-Namen ({{ssids}}) ersetzt.',
    notRedacted: 'Dieser Bericht wurde ohne Schwärzung geschrieben.',
  },
  cli: {
    written: 'Diagnosepaket geschrieben: {{path}}',
    writeFailed: 'Das Diagnosepaket {{path}} konnte nicht geschrieben werden: {{message}}',
    readFailed: '{{path}} konnte nicht gelesen werden: {{message}}',
    previewHeader: 'Genau das enthält das Paket ({{count}} Dateien, geschwärzt). Es wurde nichts gesendet.',
    previewEntry: '=== {{path}} ({{bytes}} Bytes) ===',
    notReport: '{{path}} ist weder ein Homeline-Paket noch ein Homeline-Bericht (--json).',
    htmlWritten: 'HTML-Bericht geschrieben: {{path}}',
    help: [
      '       homeline bundle preview DATEI   zeigen, was ein Paket (oder ein aus einem --json-Bericht erstelltes Paket) enthält',
      '       homeline view PAKET [--html DATEI]   das Ergebnis eines Pakets zeigen; --html schreibt einen eigenständigen Bericht, neu erstellt aus seinem report.json',
    ],
  },
  error: {
    'not-a-zip': '{{file}} ist kein Homeline-Paket: Es ist keine ZIP-Datei.',
    truncated: '{{file}} ist unvollständig: Das Ende der Datei fehlt. Kopieren oder laden Sie sie erneut.',
    corrupt: '{{file}} ist beschädigt und lässt sich nicht entpacken ({{detail}}).',
    foreign: '{{file}} ist eine ZIP-Datei, aber kein Homeline-Paket.',
    'newer-version': '{{file}} wurde von einer neueren Homeline-Version geschrieben ({{detail}}). Aktualisieren Sie Homeline, um es zu öffnen.',
    'invalid-manifest': '{{file}} hat ein beschädigtes Manifest ({{detail}}).',
    'missing-entry': 'In {{file}} fehlt {{detail}}, obwohl das Manifest es aufführt.',
    'unexpected-entry': '{{file}} enthält {{detail}}, das im Manifest nicht aufgeführt ist.',
    'hash-mismatch': '{{file}} wurde nach dem Schreiben verändert: {{detail}} passt nicht zu seiner Prüfsumme.',
    'invalid-report': '{{file}} enthält einen beschädigten Bericht ({{detail}}).',
    'too-large': '{{file}} wird entpackt größer als {{detail}}; Homeline öffnet es nicht.',
    ...bundleSafetyErrorsDe,
  },
};
