import { electronTransport, type PreloadApi } from './electron-transport.js';
import { httpTransport } from './http-transport.js';
import type { Transport } from './transport.js';

/** Electron's preload puts its API on window.homeline; without it the page runs in a browser. */
export function pickTransport(): Transport {
  const api = (window as unknown as { homeline?: PreloadApi }).homeline;
  return api ? electronTransport(api) : httpTransport();
}
