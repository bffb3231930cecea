import { BundleError } from '../../diagnostics/bundle/bundle-error.js';
import { readBundle } from '../../diagnostics/bundle/read-bundle.js';
import { translator } from '../../diagnostics/i18n/translator.js';
import type { ResponseOf, UiLang } from '../ipc/contract.js';
import { levelOf } from '../tray/tray-level.js';

type Opened = NonNullable<Extract<ResponseOf<'bundle.open'>, { available: true }>['opened']>;

/**
 * A bundle's bytes as the result page shows them: its report and the level it stands for. A file
 * that is not a usable bundle (not a zip, changed after writing, a newer format…) throws one
 * sentence in the UI's language naming the file and what is wrong (bundle.error.*).
 */
export async function openBundleBytes(fileName: string, bytes: Uint8Array, lang: UiLang): Promise<Opened> {
  try {
    const { report } = await readBundle(bytes);
    return { fileName, report, level: levelOf(report) };
  } catch (e) {
    if (e instanceof BundleError) throw new Error(translator(lang).t(`bundle.error.${e.reason}`, { file: fileName, detail: e.detail }));
    throw e;
  }
}
