import { crc32, deflateSync } from 'node:zlib';
import type { TrayLevel } from '../ipc/contract.js';

// The tray icons, drawn here as small PNGs (a coloured disc with a light ring), so the app ships
// no binary assets and every state has an icon that differs in shape as well as colour.

/** The icons the tray can show. */
export type TrayIconName = TrayLevel | 'checking';

const COLOUR: Readonly<Record<TrayIconName, readonly [number, number, number]>> = {
  unknown: [128, 136, 148],
  good: [30, 140, 80],
  degraded: [214, 146, 0],
  down: [200, 40, 30],
  checking: [40, 100, 180],
};

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Encodes RGBA pixels (size × size) as a PNG. */
export function encodePng(size: number, rgba: Uint8Array): Buffer {
  if (rgba.length !== size * size * 4) throw new Error(`expected ${size * size * 4} bytes of RGBA, got ${rgba.length}`);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // no filter
    Buffer.from(rgba.buffer, rgba.byteOffset + y * size * 4, size * 4).copy(rows, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * One tray icon: a disc in the state's colour; "checking" is a ring (hollow centre), "down" has a
 * white bar across, so the states differ for people who cannot tell the colours apart.
 */
export function trayIconPng(name: TrayIconName, size = 32): Buffer {
  const [r, g, b] = COLOUR[name];
  const px = new Uint8Array(size * size * 4);
  const c = (size - 1) / 2;
  const outer = size / 2 - 1;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const d = Math.hypot(x - c, y - c);
      const i = (y * size + x) * 4;
      if (d > outer) continue; // transparent outside the disc
      const hollow = name === 'checking' && d < outer * 0.55;
      const bar = name === 'down' && Math.abs(y - c) < size * 0.09 && Math.abs(x - c) < outer * 0.6;
      const white = hollow || bar;
      px[i] = white ? 255 : r;
      px[i + 1] = white ? 255 : g;
      px[i + 2] = white ? 255 : b;
      px[i + 3] = hollow ? 0 : 255;
    }
  }
  return encodePng(size, px);
}
