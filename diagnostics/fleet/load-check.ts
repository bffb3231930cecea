import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { unzipSync } from 'fflate';
import { z } from 'zod';
import { reportSchema, type Report } from '../schema/report.js';
import { problemReason, type LoadProblem } from './load-problem.js';

/**
 * Reads one finished check from a file: a `.homeline` bundle (zip) or a plain report `.json`.
 *
 * This is the one place the fleet tools turn a path into a report. The bundle helper's
 * `readBundle` (diagnostics/bundle/read-bundle.ts) replaces the zip branch at merge; until then
 * the zip is read here with the same layout: `manifest.json` and `report.json` at the top.
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

const fail = (file: string, key: LoadProblem['key'], vars?: LoadProblem['vars']): CheckLoadError => new CheckLoadError(file, vars ? { key, vars } : { key });
const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** The bundle format version this reader understands; a newer one is refused, not guessed at. */
export const BUNDLE_FORMAT_VERSION = 1;

/**
 * The largest file, and the largest report or manifest inside a bundle, that is read. Real ones
 * are kilobytes; the limit keeps a stray disk image or a zip bomb in a ticket folder from taking
 * the memory that `stats` promises to keep bounded.
 */
export const MAX_CHECK_BYTES = 64 * 1024 * 1024;

const manifestSchema = z.object({
  format: z.literal('homeline-bundle'),
  formatVersion: z.number().int().positive(),
  createdAt: z.string().optional(),
  app: z.object({ name: z.string(), version: z.string() }).partial().optional(),
  os: z.object({ platform: z.string(), release: z.string(), arch: z.string() }).optional(),
});

const isZip = (b: Uint8Array): boolean => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** Parses JSON; `entry` names the bundle entry, or is absent for a plain file. */
function parseJson(bytes: Uint8Array, file: string, entry?: string): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (e) {
    throw entry ? fail(file, 'badJson', { entry, detail: message(e) }) : fail(file, 'notJson', { detail: message(e) });
  }
}

function validReport(value: unknown, entry: string, file: string): Report {
  const parsed = reportSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const detail = issue?.message ?? 'invalid';
  throw issue && issue.path.length > 0 ? fail(file, 'notReportAt', { entry, path: issue.path.join('.'), detail }) : fail(file, 'notReport', { entry, detail });
}

// Async like the bundle reader that replaces it (readBundle hashes entries with web crypto).
async function fromBundle(bytes: Uint8Array, file: string): Promise<LoadedCheck> {
  let entries: Record<string, Uint8Array>;
  try {
    // Only the two small files are inflated: raw outputs and the HTML page are skipped unread.
    entries = unzipSync(bytes, {
      filter: (f) => {
        if (f.name !== 'manifest.json' && f.name !== 'report.json') return false;
        if (f.originalSize > MAX_CHECK_BYTES) throw fail(file, 'entryTooLarge', { entry: f.name, size: f.originalSize });
        return true;
      },
    });
  } catch (e) {
    if (e instanceof CheckLoadError) throw e;
    throw fail(file, 'badZip', { detail: message(e) });
  }
  const manifestBytes = entries['manifest.json'];
  if (!manifestBytes) throw fail(file, 'noManifest');
  const manifest = manifestSchema.safeParse(parseJson(manifestBytes, file, 'manifest.json'));
  if (!manifest.success) throw fail(file, 'notBundle');
  const m = manifest.data;
  if (m.formatVersion > BUNDLE_FORMAT_VERSION) {
    throw fail(file, 'newer', { version: m.formatVersion, supported: BUNDLE_FORMAT_VERSION });
  }
  const reportBytes = entries['report.json'];
  if (!reportBytes) throw fail(file, 'noReport');
  const report = validReport(parseJson(reportBytes, file, 'report.json'), 'report.json', file);
  return {
    name: file,
    report,
    meta: {
      source: 'bundle',
      ...(m.createdAt !== undefined ? { createdAt: m.createdAt } : {}),
      ...(m.app?.version !== undefined ? { appVersion: m.app.version } : {}),
      ...(m.os !== undefined ? { os: m.os } : {}),
    },
  };
}

/** Reads a check from bytes already in memory; `file` names it in errors. Throws CheckLoadError. */
export async function parseCheck(bytes: Uint8Array, file: string): Promise<LoadedCheck> {
  if (isZip(bytes)) return fromBundle(bytes, file);
  if (bytes.length === 0) throw fail(file, 'empty');
  // Not a zip: it must be a plain report, so a scanned PDF or a photo is told apart clearly.
  const report = validReport(parseJson(bytes, file), basename(file), file);
  return { name: file, report, meta: { source: 'report' } };
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

/** The short name of a check's file, for listings. */
export const checkLabel = (c: LoadedCheck): string => basename(c.name);
