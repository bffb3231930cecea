import type { CatalogShape } from '../catalog-shape.js';
import type { ispCallHomeEn } from './isp-call-home-en.js';

/** Was das Anrufskript über die Wohnung sagt, wenn schon die Router-Verbindung Pakete verliert. */
export const ispCallHomeDe: CatalogShape<typeof ispCallHomeEn> = {
  gatewayLoss: 'Die Verbindung von meinem Computer zu meinem Router verliert {{loss}} % der Pakete, bei {{avg}} ms Laufzeit.',
  gatewayLost: 'Mein Router hat nicht geantwortet: Die Verbindung von meinem Computer zu ihm verlor {{loss}} % der Pakete.',
};
