import type { CatalogShape } from '../catalog-shape.js';
import type { monitorHistoryEn } from './monitor-history-en.js';

/** Övervakningens händelser i historiken, på svenska. */
export const monitorHistorySv: CatalogShape<typeof monitorHistoryEn> = {
  recent: {
    headlineOne: 'Kontrollen är ren nu, men linjen har haft ett avbrott den senaste timmen',
    headline: 'Kontrollen är ren nu, men linjen har haft {{count}} avbrott den senaste timmen',
    summary: 'Homeline hittade inget fel just nu. Anslutningsövervakningen såg avbrott den senaste timmen, det längsta på {{longest}} s, det senaste kl. {{last}}; först slutade svara: {{segments}}.',
  },
  kit: {
    dropouts: 'Avbrott de senaste {{days}} dagarna: {{count}}, vart och ett {{seconds}} s långt, alla bortom routern: routern svarade hela tiden.',
    window: '{{inWindow}} av dem började mellan {{from}} och {{to}}.',
    hopSilent: 'Vid {{silent}} av dem slutade även leverantörens första router att svara.',
  },
  list: {
    title: 'Avbrott och dåliga perioder som anslutningsövervakningen har sett:',
    empty: 'Inga de senaste {{days}} dagarna.',
    line: '{{when}}  |  {{kind}}  |  {{segment}}  |  {{seconds}} s{{figures}}',
  },
};
