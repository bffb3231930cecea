// A router that answers ping to itself only in part while pings through it pass (issue 14), in
// German. Spread into `evidence` and `finding.home` of the catalog.
import type { CatalogShape } from '../catalog-shape.js';
import type { routerPingEvidenceEn, routerPingHomeEn } from './router-ping-en.js';

export const routerPingEvidenceDe: CatalogShape<typeof routerPingEvidenceEn> = {
  routerPingDeprioritized:
    'Ihr Router ({{gateway}}) ließ {{loss}} % von {{sent}} Pings an ihn selbst unbeantwortet, doch von {{throughSent}} Paketen, die durch ihn ins Internet gingen, gingen nur {{throughLost}} verloren: Die Verbindung zu ihm ist in Ordnung, der Router beantwortet Ping nur, wenn er Zeit hat.',
};

export const routerPingHomeDe: CatalogShape<typeof routerPingHomeEn> = {
  'router-ping-deprioritized': {
    title: 'Ihr Router beantwortet Ping zögerlich, leitet Verkehr aber ohne Verlust weiter',
    steps: ['Nichts zu tun: Viele Router beantworten Ping an sich selbst zuletzt oder nur begrenzt oft.'],
  },
};
