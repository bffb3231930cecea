import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { BundleError } from '../bundle/bundle-error.js';
import { readBundle } from '../bundle/read-bundle.js';
import { DEFAULT_BUNDLE_LIMITS } from '../bundle/zip/bundle-limits.js';
import { reportSchema, type Report } from '../schema/report.js';
import { problemReason, type LoadProblem } from './load-problem.js';

/**
 * Reads one finished check from a file: a `.homeline` bundle (through the bundle reader, which
 * checks the manifest, every hash and the report) or a plain report `.json`. This is the one place
 * the fleet tools turn a path into a report.
 */

/** What a bundle's manifest says about where a check came from (absent for a plain report). */
export interface CheckMeta {
  readonly source: 'bundle' | 'report';
  readonly createdAt?: string;
  readonly appVersion?: string;
  readonly os?: { readonly platform: string; readonly release: string; readonly arch: string };
}

/** One check as the fleet tools see it. */
export interface LoadedCheck {
  readonly name: string;
  readonly meta: CheckMeta;
  readonly report: Report;
}

/** A file that is not a readable check: `problem` for any language, `reason` in English. */
export class CheckLoadError extends Error {
  override readonly name = 'CheckLoadError';
  readonly reason: string;
  constructor(
    readonly file: string,
    readonly problem: LoadProblem,
  ) {
    const reason = problemReason(problem);
    super(`${file}: ${reason}`);
    this.reason = reason;
  }
}

/**
 * The largest file that is read at all: the bundle reader's own cap, so a file `view` refuses is
 * refused here too. Real checks are kilobytes; the limit keeps a stray disk image in a ticket
 * folder from taking the memory that `stats` promises to keep bounded.
 */
export const MAX_CHECK_BYTES = DEFAULT_BUNDLE_LIMITS.maxFileBytes;

const fail = (file: string, key: Exclude<LoadProblem['key'], 'bundle'>, vars?: Record<string, string | number>): CheckLoadError => new CheckLoadError(file, vars ? { key, vars } : { key });
const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));
const startsLikeZip = (b: Uint8Array): boolean => b.length >= 2 && b[0] === 0x50 && b[1] === 0x4b;

async function fromBundle(bytes: Uint8Array, file: string): Promise<LoadedCheck> {
  try {
    const { manifest, report } = await readBundle(bytes);
    return { name: file, report, meta: { source: 'bundle', createdAt: manifest.createdAt, appVersion: manifest.app.version, os: manifest.os } };
  } catch (e) {
    if (!(e instanceof BundleError)) throw e;
    throw new CheckLoadError(file, { key: 'bundle', reason: e.reason, detail: e.detail, message: e.message });
  }
}

/** A plain report file: JSON that passes the report schema. */
function fromJson(bytes: Uint8Array, file: string): LoadedCheck {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (e) {
    throw fail(file, 'notJson', { detail: message(e) });
  }
  const parsed = reportSchema.safeParse(json);
  if (parsed.success) return { name: file, report: parsed.data, meta: { source: 'report' } };
  const issue = parsed.error.issues[0];
  const detail = issue?.message ?? 'invalid';
  throw issue && issue.path.length > 0
    ? fail(file, 'notReportAt', { entry: basename(file), path: issue.path.join('.'), detail })
    : fail(file, 'notReport', { entry: basename(file), detail });
}

/** Reads a check from bytes already in memory; `file` names it in errors. Throws CheckLoadError. */
export async function parseCheck(bytes: Uint8Array, file: string): Promise<LoadedCheck> {
  if (bytes.length === 0) throw fail(file, 'empty');
  return startsLikeZip(bytes) ? fromBundle(bytes, file) : fromJson(bytes, file);
}

/** Reads a check from a file. Throws CheckLoadError (never anything else) for unreadable input. */
export async function loadCheck(path: string): Promise<LoadedCheck> {
  let bytes: Uint8Array;
  try {
    const handle = await open(path, 'r');
    try {
      const { size } = await handle.stat();
      if (size > MAX_CHECK_BYTES) throw fail(path, 'tooLarge', { size });
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (e) {
    if (e instanceof CheckLoadError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw code === 'ENOENT' ? fail(path, 'notFound') : code === 'EISDIR' ? fail(path, 'isFolder') : fail(path, 'unreadable', { code: code ?? message(e) });
  }
  return parseCheck(bytes, path);
}
