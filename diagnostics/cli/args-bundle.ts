import { parseArgs } from 'node:util';
import { isLang, type Lang } from '../i18n/translator.js';
import { optionsOfAll, UsageError } from './usage.js';

/** The bundle commands: `bundle preview FILE` and `view BUNDLE [--html FILE]`. */
export type BundleInvocation =
  /** `homeline bundle preview FILE`: what a bundle (or one made from a report) holds. */
  | { readonly command: 'bundle-preview'; readonly file: string; readonly lang?: Lang }
  /** `homeline view BUNDLE [--html FILE]`: a bundle's result, or its standalone HTML report. */
  | { readonly command: 'view'; readonly file: string; readonly html?: string; readonly lang?: Lang };

/** Parses `bundle preview FILE` and `view BUNDLE [--html FILE]`; the check's options do not apply. */
export function parseBundleInvocation(argv: readonly string[]): BundleInvocation {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: optionsOfAll('bundlePreview', 'view'),
  });
  if (values.lang !== undefined && !isLang(values.lang)) throw new UsageError(`--lang must be en, de or sv, not "${values.lang}".`, 'cliUsage.lang', { value: values.lang });
  const lang = values.lang as Lang | undefined;
  const [command, ...extra] = positionals;
  const operands = command === 'bundle' ? extra.slice(1) : extra;
  if (command === 'bundle' && extra[0] !== 'preview') throw new UsageError(`"homeline bundle" knows only "preview", not "${extra[0] ?? ''}".`, 'cliUsage.bundleOnlyPreview', { value: extra[0] ?? '' });
  const [file, ...more] = operands;
  const name = command === 'bundle' ? 'bundle preview' : 'view';
  if (file === undefined || file === '') throw new UsageError(`"homeline ${name}" needs a file name.`, 'cliUsage.commandNeedsFile', { command: name });
  if (more.length > 0) throw new UsageError(`unexpected argument "${more[0]}".`, 'cliUsage.unexpected', { value: more[0]! });
  if (command === 'bundle') {
    if (values.html !== undefined) throw new UsageError('--html belongs to "homeline view BUNDLE".', 'cliUsage.htmlOnlyView');
    return { command: 'bundle-preview', file, ...(lang ? { lang } : {}) };
  }
  if (values.html === '') throw new UsageError('--html needs a file name.', 'cliUsage.needsFile', { flag: '--html' });
  return { command: 'view', file, ...(typeof values.html === 'string' ? { html: values.html } : {}), ...(lang ? { lang } : {}) };
}
