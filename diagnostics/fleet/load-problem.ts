import type { fleetEn } from '../i18n/sections/fleet-en.js';
import { translator, type Translator, type Vars } from '../i18n/translator.js';

/**
 * Why a file is not a readable check, as a catalog key and its values: the loader stays free of
 * any language, and each output says it in the reader's. Technical details (a JSON parser's or
 * zip reader's message) go in `detail` as they are.
 */
export interface LoadProblem {
  readonly key: keyof (typeof fleetEn)['load'];
  readonly vars?: Vars;
}

/** The problem in the translator's language. */
export const problemText = (p: LoadProblem, t: Translator): string => t.t(`fleet.load.${p.key}`, p.vars);

/** The problem in English: the `reason` kept in JSON output and logs. */
export const problemReason = (p: LoadProblem): string => problemText(p, translator('en'));
