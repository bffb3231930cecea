import { parseArgs } from 'node:util';
import { isLang, type Lang } from '../i18n/translator.js';
import { flagsOf, type CommandKey } from './command-specs.js';
import { optionsOfAll, UsageError } from './usage.js';
import { ispSettingsSchema } from '../settings/user-settings.js';

/** The history and ISP commands: `history`, `isp set|show|kit`. */
export type HistoryInvocation =
  | { readonly command: 'history'; readonly days: number; readonly json: boolean; readonly lang?: Lang }
  | {
      readonly command: 'isp-set';
      readonly name?: string;
      readonly contractDownMbps?: number;
      readonly contractUpMbps?: number;
      readonly customerNumber?: string;
      readonly lineId?: string;
      readonly lang?: Lang;
    }
  | { readonly command: 'isp-show'; readonly lang?: Lang }
  | {
      readonly command: 'isp-kit';
      readonly format: 'text' | 'html' | 'pdf';
      readonly out?: string;
      /** What the user did for the last check, as typed (`restart=19:40,cable`); checked by the command, in the user's language. */
      readonly done?: string;
      readonly lang?: Lang;
    };

/** The declaration of each command (command-specs.ts): its flags; anything else is a usage error naming the flag. */
const SPEC: Readonly<Record<HistoryInvocation['command'], CommandKey>> = { history: 'history', 'isp-set': 'ispSet', 'isp-show': 'ispShow', 'isp-kit': 'ispKit' };

/** A usage error: the English sentence, and its key in the cliUsage section with the values it names. */
function fail(message: string, key: string, vars: Readonly<Record<string, string>> = {}): never {
  throw new UsageError(message, `cliUsage.${key}`, vars);
}

function positiveNumber(flag: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || n <= 0) fail(`--${flag} must be a positive number, not "${raw}".`, 'positive', { flag: `--${flag}`, value: raw });
  return n;
}

/** The option that sets each ISP field, for messages. */
const ISP_FLAGS: Readonly<Record<string, string>> = { name: 'name', contractDownMbps: 'contract-down', contractUpMbps: 'contract-up', customerNumber: 'customer', lineId: 'line' };

/**
 * Checks `isp set`'s values against the settings schema here, so a value out of range is one
 * sentence naming the option and the allowed range (exit 2), not the schema's error at saving.
 */
function checkIspRanges(set: Record<string, unknown>): void {
  const parsed = ispSettingsSchema.safeParse(set);
  if (parsed.success) return;
  const issue = parsed.error.issues[0]!;
  const field = String(issue.path[0]);
  const flag = `--${ISP_FLAGS[field] ?? field}`;
  const value = set[field];
  if (typeof value === 'string') {
    const max = issue.code === 'too_big' ? Number(issue.maximum) : 200;
    fail(`${flag} may be at most ${max} characters long, not ${value.length}.`, 'tooLong', { flag, max: String(max), length: String(value.length) });
  }
  const max = issue.code === 'too_big' ? Number(issue.maximum) : undefined;
  if (max !== undefined) fail(`${flag} must be a speed in Mbit/s above 0 and at most ${max}, not ${String(value)}.`, 'speedMax', { flag, max: String(max), value: String(value) });
  fail(`${flag} must be a speed in Mbit/s above 0, not ${String(value)}.`, 'speed', { flag, value: String(value) });
}

/**
 * Parses the history and ISP commands (`argv` without the leading command word(s) removed).
 * Throws UsageError for a command line we cannot act on.
 */
export function parseHistoryInvocation(argv: readonly string[]): HistoryInvocation {
  const { values, positionals, tokens } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    tokens: true,
    options: optionsOfAll('history', 'ispSet', 'ispShow', 'ispKit'),
  });
  const [word, sub, ...extra] = positionals;
  const command = word === 'history' ? 'history' : sub === 'set' || sub === 'show' || sub === 'kit' ? (`isp-${sub}` as const) : (sub ? fail(`"isp" needs set, show or kit, not "${sub}".`, 'ispSubNot', { value: sub }) : fail('"isp" needs set, show or kit.', 'ispSub'));
  const rest = word === 'history' ? [sub, ...extra].filter((x) => x !== undefined) : extra;
  if (rest.length > 0) fail(`unexpected argument "${rest[0]}".`, 'unexpected', { value: rest[0]! });
  // The flags given (not the defaults parseArgs fills in) must be the command's own.
  const allowed = Object.keys(flagsOf(SPEC[command]));
  const stray = tokens.flatMap((tok) => (tok.kind === 'option' ? [tok.name] : [])).find((k) => !allowed.includes(k));
  if (stray) {
    const words = `${word}${command === 'history' ? '' : ` ${sub}`}`;
    fail(`--${stray} is not an option of "${words}".`, 'notAnOption', { flag: `--${stray}`, command: words });
  }
  if (values.lang !== undefined && !isLang(values.lang)) fail(`--lang must be en, de or sv, not "${values.lang}".`, 'lang', { value: values.lang });
  const lang = values.lang as Lang | undefined;
  const withLang = lang ? { lang } : {};
  for (const key of ['name', 'customer', 'line', 'out'] as const) {
    if (values[key] !== undefined && values[key].trim() === '') fail(`--${key} needs a value.`, 'needsValue', { flag: `--${key}` });
  }
  switch (command) {
    case 'history': {
      const days = positiveNumber('days', values.days) ?? 14;
      if (!Number.isInteger(days)) fail(`--days must be a whole number of days, not "${values.days}".`, 'wholeDays', { value: String(values.days) });
      return { command, days, json: values.json ?? false, ...withLang };
    }
    case 'isp-set': {
      const set = {
        ...(values.name !== undefined ? { name: values.name.trim() } : {}),
        ...(values['contract-down'] !== undefined ? { contractDownMbps: positiveNumber('contract-down', values['contract-down']) } : {}),
        ...(values['contract-up'] !== undefined ? { contractUpMbps: positiveNumber('contract-up', values['contract-up']) } : {}),
        ...(values.customer !== undefined ? { customerNumber: values.customer.trim() } : {}),
        ...(values.line !== undefined ? { lineId: values.line.trim() } : {}),
      };
      if (Object.keys(set).length === 0) fail('"isp set" needs at least one of --name, --contract-down, --contract-up, --customer, --line.', 'ispSetNeedsOne');
      checkIspRanges(set);
      return { command, ...set, ...withLang };
    }
    case 'isp-show':
      return { command, ...withLang };
    case 'isp-kit': {
      const format = values.format ?? 'text';
      if (format !== 'text' && format !== 'html' && format !== 'pdf') fail(`--format must be text, html or pdf, not "${format}".`, 'format', { value: format });
      if (format === 'pdf' && values.out === undefined) fail('--format pdf needs --out FILE.', 'pdfNeedsOut');
      return { command, format, ...(values.out !== undefined ? { out: values.out } : {}), ...(values.done !== undefined ? { done: values.done } : {}), ...withLang };
    }
  }
}
