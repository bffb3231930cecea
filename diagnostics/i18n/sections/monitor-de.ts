import type { CatalogShape } from '../catalog-shape.js';
import type { monitorEn } from './monitor-en.js';

/** Die Texte des Verbindungsmonitors, auf Deutsch. */
export const monitorDe: CatalogShape<typeof monitorEn> = {
  segment: { home: 'Ihr Heimnetz oder WLAN', isp: 'Ihr Internetanbieter', vpn: 'das Firmen-VPN' },
  kind: { dropout: 'Aussetzer', 'bad-spell': 'schlechte Phase' },
  pause: { 'power-saver': 'der Energiesparmodus ist an', metered: 'die Verbindung ist getaktet', 'woke-up': 'der Computer ist gerade aufgewacht' },
  note: {
    'no-gateway': 'Dieser Computer hat kein Standard-Gateway: das Heimnetz wird nicht beobachtet.',
    'no-internet-target': 'Das Profil nennt kein Internetziel: Aussetzer hinter dem Router sind nicht zu sehen.',
    'no-provider-hop': 'Der erste Router des Anbieters antwortete nicht: Aussetzer hinter dem Router zeigen nur die Internetziele.',
  },
  cli: {
    help: [
      'homeline monitor [--duration 10m] [--json DATEI] [--profile DATEI] [--interval MS] [--no-history] [--lang en|de|sv]',
      '  Beobachtet einmal pro Sekunde Router, Anbieter, zwei Internetziele und (bei aktivem Tunnel) das Firmen-VPN',
      '  und listet jeden Aussetzer (2 s oder länger keine Antwort) und jede schlechte Phase (Verlust oder Verzögerung) mit dem Abschnitt.',
      '  Jedes Ereignis kommt mit einer schnellen Prüfung von seinem Beginn in die Historie (--no-history: nichts wird behalten).',
      '  Exit 0: keine gesehen; 1: welche; 2: Aufruffehler.',
    ],
    badDuration: 'keine Dauer: {{value}} (z. B. 90s, 10m oder 1h, höchstens 24h)',
    start: 'Beobachte {{count}} Ziele einmal pro Sekunde für {{duration}} (Strg+C beendet früher).',
    status: '{{elapsed}} · {{state}} · Aussetzer {{dropouts}} · schlechte Phasen {{spells}}',
    allAnswer: 'alles antwortet',
    silentNow: 'keine Antwort von {{segment}}',
    pausedNow: 'pausiert: {{reason}}',
    began: '{{time}}  {{kind}} begann: {{segment}}',
    ended: '{{time}}  {{kind}} endete: {{segment}}, {{seconds}} s',
    clean: 'Keine Aussetzer und keine schlechten Phasen in {{minutes}} min.',
    header: '{{dropouts}} Aussetzer und {{spells}} schlechte Phasen in {{minutes}} min:',
    line: '  {{start}}–{{end}}  {{kind}}  {{segment}}  {{seconds}} s',
    loss: ', {{loss}} % Verlust',
    rtt: ', Median {{rtt}} ms',
    hopSilent: ', auch der erste Router des Anbieters schwieg',
    routerAnswered: ', der Router antwortete durchgehend',
    paused: '{{seconds}} s pausiert ({{sleeps}}-mal im Ruhezustand).',
    wrote: '{{file}} geschrieben.',
  },
};
