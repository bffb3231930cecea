import { createContext, useContext, useMemo } from 'react';
import { textsFor, type Texts } from './i18n/texts.js';
import { uiLang, useUi } from './state/store.js';
import type { Transport } from './transport/transport.js';

/** The transport, given once at the root. */
export const TransportContext = createContext<Transport | null>(null);

/** The transport to the main process (Electron IPC or the browser transport). */
export function useTransport(): Transport {
  const t = useContext(TransportContext);
  if (!t) throw new Error('useTransport outside TransportContext');
  return t;
}

/** The texts of the language the UI shows now; re-renders when the user switches. */
export function useTexts(): Texts {
  const lang = useUi(uiLang);
  return useMemo(() => textsFor(lang), [lang]);
}
