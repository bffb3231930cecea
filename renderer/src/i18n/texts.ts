import i18next from 'i18next';
import { en } from '../../../diagnostics/i18n/catalog-en.js';
import { de } from '../../../diagnostics/i18n/catalog-de.js';
import { sv } from '../../../diagnostics/i18n/catalog-sv.js';
import type { UiLang } from '../../../electron/ipc/contract.js';

// The UI reads the same catalogs as the engine and the CLI, so a word is translated once.

const i18n = i18next.createInstance();
void i18n.init({
  resources: { en: { translation: en }, de: { translation: de }, sv: { translation: sv } },
  lng: 'en',
  fallbackLng: 'en',
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

const LOCALE: Readonly<Record<UiLang, string>> = { en: 'en-GB', de: 'de-DE', sv: 'sv-SE' };

/** Texts, numbers and times in one language. */
export interface Texts {
  readonly lang: UiLang;
  t(key: string, vars?: Readonly<Record<string, string | number>>): string;
  number(n: number, digits?: number): string;
  time(iso: string): string;
  dateTime(iso: string): string;
}

/** Builds the texts of one language. A missing key shows the key (and logs), never a blank. */
export function textsFor(lang: UiLang): Texts {
  const fixed = i18n.getFixedT(lang);
  const number = (n: number, digits = 1): string =>
    new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: digits }).format(n);
  return {
    lang,
    number,
    t(key, vars) {
      if (!i18n.exists(key, { lng: lang })) console.error(`missing text ${lang}:${key}`);
      const prepared = Object.fromEntries(
        Object.entries(vars ?? {}).map(([k, v]) => [k, typeof v === 'number' ? number(v) : v]),
      );
      return String(fixed(key, prepared));
    },
    time: (iso) => new Intl.DateTimeFormat(LOCALE[lang], { timeStyle: 'short' }).format(new Date(iso)),
    dateTime: (iso) =>
      new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso)),
  };
}

/** The language the browser or Electron reports, if Homeline speaks it. */
export function navigatorLang(languages: readonly string[]): UiLang | null {
  for (const l of languages) {
    const code = l.slice(0, 2).toLowerCase();
    if (code === 'en' || code === 'de' || code === 'sv') return code;
  }
  return null;
}
