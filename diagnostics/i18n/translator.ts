import i18next, { type i18n } from 'i18next';
import { en } from './catalog-en.js';
import { de } from './catalog-de.js';
import { sv } from './catalog-sv.js';

/** The languages every user-facing word exists in. */
export const LANGS = ['en', 'de', 'sv'] as const;
export type Lang = (typeof LANGS)[number];

export type Vars = Readonly<Record<string, string | number>>;

/** Looks up texts in one language; numbers in `vars` are formatted the way that language writes them. */
export interface Translator {
  readonly lang: Lang;
  t(key: string, vars?: Vars): string;
  list(key: string, vars?: Vars): string[];
  number(n: number, maxFractionDigits?: number): string;
}

const LOCALE: Readonly<Record<Lang, string>> = { en: 'en-GB', de: 'de-DE', sv: 'sv-SE' };

let shared: i18n | undefined;
function instance(): i18n {
  if (!shared) {
    shared = i18next.createInstance();
    void shared.init({
      resources: { en: { translation: en }, de: { translation: de }, sv: { translation: sv } },
      lng: 'en',
      fallbackLng: false,
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  return shared;
}

/** A translator for one language. A missing key is a bug and throws, so tests catch it. */
export function translator(lang: Lang): Translator {
  const i = instance();
  // Figures below 1 keep two significant digits (a 0.09 ms round trip is not "0 ms").
  const fmt = (n: number, digits = 1): string =>
    new Intl.NumberFormat(
      LOCALE[lang],
      n !== 0 && Math.abs(n) < 1 ? { maximumSignificantDigits: 2 } : { maximumFractionDigits: digits },
    ).format(n);
  const prepare = (vars?: Vars): Record<string, string> =>
    Object.fromEntries(Object.entries(vars ?? {}).map(([k, v]) => [k, typeof v === 'number' ? fmt(v) : v]));
  const fixed = i.getFixedT(lang);
  return {
    lang,
    number: fmt,
    t(key, vars) {
      if (!i.exists(key, { lng: lang })) throw new Error(`missing text ${lang}:${key}`);
      const out = fixed(key, prepare(vars));
      if (typeof out !== 'string') throw new Error(`text ${lang}:${key} is not a string`);
      return out;
    },
    list(key, vars) {
      const out: unknown = fixed(key, { ...prepare(vars), returnObjects: true });
      if (!Array.isArray(out)) throw new Error(`missing list ${lang}:${key}`);
      return out.map(String);
    },
  };
}

/** Picks the user's language from the environment (LC_ALL, LC_MESSAGES, LANG), then the runtime's locale. */
export function systemLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const candidates = [env.LC_ALL, env.LC_MESSAGES, env.LANG, Intl.DateTimeFormat().resolvedOptions().locale];
  for (const c of candidates) {
    const code = c?.slice(0, 2).toLowerCase();
    if (code && (LANGS as readonly string[]).includes(code)) return code as Lang;
  }
  return 'en';
}

/** Narrows a user-given language code. */
export function isLang(s: string): s is Lang {
  return (LANGS as readonly string[]).includes(s);
}
