import type { CatalogShape } from '../catalog-shape.js';
import type { monitorPingEn } from './monitor-ping-en.js';

/** Was `homeline monitor` sagt, wenn ping selbst nicht nutzbar war, auf Deutsch (siehe monitor-ping-en.ts). */
export const monitorPingDe: CatalogShape<typeof monitorPingEn> = {
  unusable: 'ping war nicht nutzbar ({{reason}}): Ziele, die eine TCP-Verbindung auf Port 443 annehmen, werden stattdessen so beobachtet; die anderen werden nicht beobachtet.',
};
