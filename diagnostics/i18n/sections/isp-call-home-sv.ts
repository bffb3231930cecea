import type { CatalogShape } from '../catalog-shape.js';
import type { ispCallHomeEn } from './isp-call-home-en.js';

/** Vad samtalsmanuset säger om hemmet när redan anslutningen till routern tappar paket. */
export const ispCallHomeSv: CatalogShape<typeof ispCallHomeEn> = {
  gatewayLoss: 'Anslutningen från min dator till min router tappar {{loss}} % av paketen, med {{avg}} ms svarstid.',
  gatewayLost: 'Min router svarade inte: anslutningen från min dator till den tappade {{loss}} % av paketen.',
};
