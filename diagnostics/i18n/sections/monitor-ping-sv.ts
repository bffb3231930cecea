import type { CatalogShape } from '../catalog-shape.js';
import type { monitorPingEn } from './monitor-ping-en.js';

/** Vad `homeline monitor` säger när ping själv inte gick att använda, på svenska (se monitor-ping-en.ts). */
export const monitorPingSv: CatalogShape<typeof monitorPingEn> = {
  unusable: 'ping gick inte att använda ({{reason}}): mål som tar emot en TCP-anslutning på port 443 bevakas så i stället; de andra bevakas inte.',
};
