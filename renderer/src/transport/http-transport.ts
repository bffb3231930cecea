import type { AppEvent } from '../../../electron/ipc/contract.js';
import { parseEvent, unwrap, type Transport } from './transport.js';

/** The contract over the browser transport (electron/browser/ui-server.ts) of the page's own origin. */
export function httpTransport(): Transport {
  const listeners = new Set<(event: AppEvent) => void>();
  let source: EventSource | null = null;
  const connect = (): void => {
    if (source) return;
    source = new EventSource('/api/events');
    source.onmessage = (m: MessageEvent<string>) => {
      let raw: unknown;
      try {
        raw = JSON.parse(m.data);
      } catch {
        return;
      }
      const event = parseEvent(raw);
      if (event) for (const l of listeners) l(event);
    };
  };
  return {
    kind: 'browser',
    async invoke(channel, request) {
      const res = await fetch(`/api/invoke/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(request),
      });
      if (!res.ok) throw new Error(`${channel}: the server answered ${res.status} ${await res.text()}`);
      return unwrap(channel, await res.json());
    },
    onEvent(listener) {
      connect();
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    openLink(url) {
      window.open(url, '_blank', 'noopener,noreferrer');
    },
  };
}
