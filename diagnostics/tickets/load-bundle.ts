import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { unzipSync } from 'fflate';
import { reportSchema, type Report } from '../schema/report.js';

/** A bundle that cannot be attached; the message names the file and what is wrong with it. */
export class BundleError extends Error {
  override readonly name = 'BundleError';
}

/** A bundle ready to travel: its report (for the ticket fields) and its exact bytes. */
export interface LoadedBundle {
  readonly report: Report;
  readonly bytes: Uint8Array;
  readonly fileName: string;
}

/**
 * Turns a bundle file into what a ticket needs. The one place that knows the bundle's inside:
 * until the bundle reader lands (diagnostics/bundle/read-bundle.ts, `readBundle`), it opens the zip
 * with fflate and validates report.json against the report schema.
 */
export async function loadBundle(file: string): Promise<LoadedBundle> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (e) {
    throw new BundleError(`Cannot read the bundle ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, { filter: (f) => f.name === 'report.json' });
  } catch (e) {
    throw new BundleError(`${file} is not a Homeline bundle (not a readable zip: ${e instanceof Error ? e.message : String(e)}).`);
  }
  const raw = entries['report.json'];
  if (!raw) throw new BundleError(`${file} is not a Homeline bundle: it has no report.json.`);
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(raw).toString('utf8'));
  } catch (e) {
    throw new BundleError(`${file}: report.json is not valid JSON (${e instanceof Error ? e.message : String(e)}).`);
  }
  const parsed = reportSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new BundleError(`${file}: report.json: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  }
  return { report: parsed.data, bytes, fileName: basename(file) };
}
