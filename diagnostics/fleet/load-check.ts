import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { BundleError } from '../bundle/bundle-error.js';
import { BundleReadError, readBundleFile } from '../bundle/bundle-file.js';
import { readBundle, type OpenedBundle } from '../bundle/read-bundle.js';
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

const fail = (file: string, key: Exclude<LoadProblem['key'], 'bundle'>, vars?: Record<string, string | number>): CheckLoadError => new CheckLoadError(file, vars ? { key, vars } : { key });
const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

function fromBundle({ manifest, report }: OpenedBundle, file: string): LoadedCheck {
  return { name: file, report, meta: { source: 'bundle', createdAt: manifest.createdAt, appVersion: manifest.app.version, os: manifest.os } };
}

/** A plain report file: JSON that passes the report schema. */
function fromJson(bytes: Uint8Array, file: string): LoadedCheck {
  if (bytes.length === 0) throw fail(file, 'empty');
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

/** The bundle reader's refusal as the fleet's problem; anything else is rethrown. */
function bundleProblem(e: unknown, file: string): never {
  if (!(e instanceof BundleError)) throw e;
  throw new CheckLoadError(file, { key: 'bundle', reason: e.reason, detail: e.detail, message: e.message });
}

const startsLikeZip = (b: Uint8Array): boolean => b.length >= 2 && b[0] === 0x50 && b[1] === 0x4b;

/** Reads a check from bytes already in memory; `file` names it in errors. Throws CheckLoadError. */
export async function parseCheck(bytes: Uint8Array, file: string): Promise<LoadedCheck> {
  if (!startsLikeZip(bytes)) return fromJson(bytes, file);
  try {
    return fromBundle(await readBundle(bytes), file);
  } catch (e) {
    return bundleProblem(e, file);
  }
}

const unreadable = (file: string, code: string): CheckLoadError =>
  code === 'ENOENT' ? fail(file, 'notFound') : code === 'EISDIR' ? fail(file, 'isFolder') : fail(file, 'unreadable', { code });

/**
 * Reads a check from a file. Throws CheckLoadError (never anything else) for unreadable input.
 * The file goes through the one bundle file reader (its size cap, its zip checks); only a file
 * that is no zip at all is then read whole, as a report: the reader has judged its size already.
 */
export async function loadCheck(path: string): Promise<LoadedCheck> {
  try {
    return fromBundle((await readBundleFile(path)).bundle, path);
  } catch (e) {
    if (e instanceof BundleReadError) throw unreadable(path, e.reason);
    if (!(e instanceof BundleError) || e.reason !== 'not-a-zip') bundleProblem(e, path);
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw unreadable(path, (e as NodeJS.ErrnoException).code ?? message(e));
  }
  return fromJson(bytes, path);
}
