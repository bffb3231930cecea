import type { BundleErrorReason } from '../bundle/bundle-error.js';
import type { fleetEn } from '../i18n/sections/fleet-en.js';
import { translator, type Translator, type Vars } from '../i18n/translator.js';

/**
 * Why a file is not a readable check, free of any language so each output says it in the
 * reader's: a fleet key (the file itself: missing, empty, not JSON, not a report) or the bundle
 * reader's BundleError reason, whose texts the bundle catalog already has.
 */
export type LoadProblem =
  | { readonly key: keyof (typeof fleetEn)['load']; readonly vars?: Vars }
  | { readonly key: 'bundle'; readonly reason: BundleErrorReason; readonly detail: string; readonly message: string };

/** One line naming the file and what is wrong with it, in the translator's language. */
export function problemLine(file: string, p: LoadProblem, t: Translator): string {
  return p.key === 'bundle' ? t.t(`bundle.error.${p.reason}`, { file, detail: p.detail }) : `${file}: ${t.t(`fleet.load.${p.key}`, p.vars)}`;
}

/** The problem in English without the file name: the `reason` kept in JSON output and logs. */
export const problemReason = (p: LoadProblem): string => (p.key === 'bundle' ? p.message : translator('en').t(`fleet.load.${p.key}`, p.vars));
