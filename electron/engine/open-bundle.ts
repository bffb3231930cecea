import { BundleError } from '../../diagnostics/bundle/bundle-error.js';
import { BundleReadError, readBundleFile } from '../../diagnostics/bundle/bundle-file.js';
import { readBundle } from '../../diagnostics/bundle/read-bundle.js';
import { translator } from '../../diagnostics/i18n/translator.js';
import type { ResponseOf, UiLang } from '../ipc/contract.js';
import { levelOf } from '../tray/tray-level.js';

type Opened = NonNullable<Extract<ResponseOf<'bundle.open'>, { available: true }>['opened']>;

/**
 * A bundle's bytes (or file) as the result page shows them: its report and the level it stands for. A file
 * that is not a usable bundle (not a zip, changed after writing, a newer format…) throws one
 * sentence in the UI's language naming the file and what is wrong (bundle.error.*).
 */
export async function openBundleBytes(fileName: string, input: Uint8Array | { readonly path: string }, lang: UiLang): Promise<Opened> {
  try {
    const { report } = input instanceof Uint8Array ? await readBundle(input) : (await readBundleFile(input.path)).bundle;
    return { fileName, report, level: levelOf(report) };
  } catch (e) {
    if (e instanceof BundleError) throw new Error(translator(lang).t(`bundle.error.${e.reason}`, { file: fileName, detail: e.detail }));
    if (e instanceof BundleReadError) throw new Error(translator(lang).t('bundle.cli.readFailed', { path: fileName, message: e.reason }));
    throw e;
  }
}

/** A file the user chose: its bytes (tests, uploads) or its path (the desktop app's dialog). */
export type ChosenFile = { readonly name: string; readonly bytes: Uint8Array } | { readonly name: string; readonly path: string };
