import { parseArgs } from 'node:util';
import { isLang, type Lang } from '../i18n/translator.js';

/** What the command line asked for. */
export type Invocation =
  | { readonly command: 'help'; readonly lang?: Lang }
  | {
      readonly command: 'check';
      readonly profile?: string;
      readonly json?: string;
      readonly bundle?: string;
      /** Recorded command output to answer commands from (a report or a recording file). */
      readonly replay?: string;
      readonly quick: boolean;
      readonly lang?: Lang;
    }
  /** `homeline bundle preview FILE`: what a bundle (or one made from a report) holds. */
  | { readonly command: 'bundle-preview'; readonly file: string; readonly lang?: Lang }
  /** `homeline view BUNDLE [--html FILE]`: a bundle's result, or its standalone HTML report. */
  | { readonly command: 'view'; readonly file: string; readonly html?: string; readonly lang?: Lang };

/** A command line we cannot act on; the message says what is wrong in one sentence. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const COMMANDS = ['check', 'help', 'bundle', 'view'] as const;

/**
 * Parses `homeline [check] [options]`. `check` is the default command, so `npm run check -- --quick`
 * and `homeline check --quick` mean the same.
 */
export function parseInvocation(argv: readonly string[]): Invocation {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        profile: { type: 'string' },
        json: { type: 'string' },
        bundle: { type: 'string' },
        replay: { type: 'string' },
        html: { type: 'string' },
        quick: { type: 'boolean', default: false },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const { values, positionals } = parsed;
  if (values.lang !== undefined && !isLang(values.lang)) {
    throw new UsageError(`--lang must be en, de or sv, not "${values.lang}".`);
  }
  const lang = values.lang as Lang | undefined;
  const [command = 'check', ...extra] = positionals;
  if (!(COMMANDS as readonly string[]).includes(command)) throw new UsageError(`unknown command "${command}".`);
  if (values.help || command === 'help') return { command: 'help', ...(lang ? { lang } : {}) };
  if (command === 'bundle' || command === 'view') return bundleInvocation(command, extra, values, lang);
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}".`);
  if (values.html !== undefined) throw new UsageError('--html belongs to "homeline view BUNDLE".');
  for (const key of ['profile', 'json', 'bundle', 'replay'] as const) {
    if (values[key] === '') throw new UsageError(`--${key} needs a file name.`);
  }
  return {
    command: 'check',
    quick: values.quick ?? false,
    ...(values.profile !== undefined ? { profile: values.profile } : {}),
    ...(values.json !== undefined ? { json: values.json } : {}),
    ...(values.bundle !== undefined ? { bundle: values.bundle } : {}),
    ...(values.replay !== undefined ? { replay: values.replay } : {}),
    ...(lang ? { lang } : {}),
  };
}

/** `bundle preview FILE` and `view BUNDLE [--html FILE]`; the check's options do not apply to them. */
function bundleInvocation(
  command: 'bundle' | 'view',
  extra: readonly string[],
  values: Readonly<Record<string, string | boolean | undefined>>,
  lang: Lang | undefined,
): Invocation {
  const operands = command === 'bundle' ? extra.slice(1) : extra;
  if (command === 'bundle' && extra[0] !== 'preview') throw new UsageError(`"homeline bundle" knows only "preview", not "${extra[0] ?? ''}".`);
  const [file, ...more] = operands;
  if (file === undefined || file === '') throw new UsageError(`"homeline ${command === 'bundle' ? 'bundle preview' : 'view'}" needs a file name.`);
  if (more.length > 0) throw new UsageError(`unexpected argument "${more[0]}".`);
  for (const key of ['profile', 'json', 'bundle', 'replay'] as const) {
    if (values[key] !== undefined) throw new UsageError(`--${key} does not apply to "homeline ${command}".`);
  }
  if (values.quick) throw new UsageError(`--quick does not apply to "homeline ${command}".`);
  if (command === 'bundle') {
    if (values.html !== undefined) throw new UsageError('--html belongs to "homeline view BUNDLE".');
    return { command: 'bundle-preview', file, ...(lang ? { lang } : {}) };
  }
  if (values.html === '') throw new UsageError('--html needs a file name.');
  return { command: 'view', file, ...(typeof values.html === 'string' ? { html: values.html } : {}), ...(lang ? { lang } : {}) };
}
