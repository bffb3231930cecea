import type { AppEvent } from '../../../electron/ipc/contract.js';
import { parseEvent, unwrap, type Transport } from './transport.js';

/** What the preload script exposes on window.homeline (electron/preload.cts). */
export interface PreloadApi {
  invoke(channel: string, request: unknown): Promise<unknown>;
  onEvent(listener: (event: unknown) => void): () => void;
}

/** The contract over Electron IPC, through the preload's two functions. */
export function electronTransport(api: PreloadApi): Transport {
  return {
    kind: 'electron',
    invoke: async (channel, request) => unwrap(channel, await api.invoke(channel, request)),
    onEvent(listener: (event: AppEvent) => void) {
      return api.onEvent((raw) => {
        const event = parseEvent(raw);
        if (event) listener(event);
      });
    },
    openLink(url) {
      void api.invoke('link.open', { url });
    },
  };
}
