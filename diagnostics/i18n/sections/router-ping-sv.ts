// A router that answers ping to itself only in part while pings through it pass (issue 14), in
// Swedish. Spread into `evidence` and `finding.home` of the catalog.
import type { CatalogShape } from '../catalog-shape.js';
import type { routerPingEvidenceEn, routerPingHomeEn } from './router-ping-en.js';

export const routerPingEvidenceSv: CatalogShape<typeof routerPingEvidenceEn> = {
  routerPingDeprioritized:
    'Din router ({{gateway}}) lämnade {{loss}} % av {{sent}} ping till sig själv obesvarade, men bara {{throughLost}} av {{throughSent}} paket som gick genom den till internet förlorades: länken till den fungerar, routern svarar på ping bara när den har tid.',
};

export const routerPingHomeSv: CatalogShape<typeof routerPingHomeEn> = {
  'router-ping-deprioritized': {
    title: 'Din router svarar långsamt på ping men skickar trafik vidare utan förlust',
    steps: ['Inget att göra: många routrar svarar på ping till sig själva sist eller begränsar hur ofta de svarar.'],
  },
};
