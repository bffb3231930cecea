import type { CatalogShape } from '../catalog-shape.js';
import type { monitorHistoryEn } from './monitor-history-en.js';

/** Die Ereignisse des Monitors in der Historie, auf Deutsch. */
export const monitorHistoryDe: CatalogShape<typeof monitorHistoryEn> = {
  recent: {
    headlineOne: 'Die Prüfung ist jetzt sauber, aber die Leitung ist in der letzten Stunde einmal ausgefallen',
    headline: 'Die Prüfung ist jetzt sauber, aber die Leitung ist in der letzten Stunde {{count}}-mal ausgefallen',
    summary: 'Homeline hat gerade nichts gefunden. Der Verbindungsmonitor hat in der letzten Stunde Aussetzer gesehen, der längste dauerte {{longest}} s, der letzte um {{last}}; zuerst antwortete nicht mehr: {{segments}}.',
  },
  kit: {
    dropouts: 'Aussetzer in den letzten {{days}} Tagen: {{count}}, jeweils {{seconds}} s lang, alle hinter dem Router: der Router antwortete durchgehend.',
    window: '{{inWindow}} davon begannen zwischen {{from}} und {{to}}.',
    hopSilent: 'Bei {{silent}} davon antwortete auch der erste Router des Anbieters nicht mehr.',
  },
  list: {
    title: 'Aussetzer und schlechte Phasen, die der Verbindungsmonitor gesehen hat:',
    empty: 'Keine in den letzten {{days}} Tagen.',
    line: '{{when}}  |  {{kind}}  |  {{segment}}  |  {{seconds}} s{{figures}}',
  },
};
