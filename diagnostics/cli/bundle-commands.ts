import type { RedactionOptions } from '../bundle/redaction/policy.js';
import type { HistoryRow } from '../bundle/history-row.js';
import { readFile, writeFile } from 'node:fs/promises';
import { BundleError } from '../bundle/bundle-error.js';
import { prepareLocalBundle } from '../bundle/local-bundle.js';
import { readBundle } from '../bundle/read-bundle.js';
import { zipBundle } from '../bundle/zip-bundle.js';
import type { Translator } from '../i18n/translator.js';
import { targetAddresses } from '../profile/target-addresses.js';
import type { Targets } from '../profile/targets.js';
import { formatSummary } from '../report/summary.js';
import type { CommandIo } from './command-io.js';
import { reportSchema, type Report } from '../schema/report.js';

/** Where CLI output goes. */
export type BundleIo = CommandIo;

/** `check --bundle FILE`: writes the redacted bundle of this run; false when it could not. */
export async function writeCheckBundle(
  file: string,
  report: Report,
  targets: Targets,
  t: Translator,
  io: BundleIo,
  history: readonly HistoryRow[] = [],
  redaction?: RedactionOptions,
): Promise<boolean> {
  try {
    const bundle = await prepareLocalBundle(report, { keepAddresses: targetAddresses(targets), history, ...(redaction ? { redaction } : {}) });
    await writeFile(file, zipBundle(bundle));
    io.stdout(`${t.t('bundle.cli.written', { path: file })}\n`);
    return true;
  } catch (e) {
    io.stderr(`${t.t('bundle.cli.writeFailed', { path: file, message: e instanceof Error ? e.message : String(e) })}\n`);
    return false;
  }
}

/** `bundle preview FILE`: every entry of a bundle, or of the bundle a --json report would make. */
export async function previewBundleFile(file: string, t: Translator, io: BundleIo): Promise<boolean> {
  const bytes = await readInput(file, t, io);
  if (!bytes) return false;
  let entries: { path: string; text: string }[];
  if (looksLikeZip(bytes)) {
    const opened = await openOrExplain(file, bytes, t, io);
    if (!opened) return false;
    entries = [...opened.files].map(([path, text]) => ({ path, text }));
  } else {
    const report = parseReport(bytes);
    if (!report) {
      io.stderr(`${t.t('bundle.cli.notReport', { path: file })}\n`);
      return false;
    }
    entries = [...(await prepareLocalBundle(report)).entries];
  }
  io.stdout(`${t.t('bundle.cli.previewHeader', { count: String(entries.length) })}\n\n`);
  for (const en of entries) {
    io.stdout(`${t.t('bundle.cli.previewEntry', { path: en.path, bytes: String(new TextEncoder().encode(en.text).length) })}\n${en.text}\n`);
  }
  return true;
}

/** `view BUNDLE [--html FILE]`: the bundle's summary, and its standalone HTML report on request. */
export async function viewBundleFile(file: string, html: string | undefined, t: Translator, io: BundleIo): Promise<boolean> {
  const bytes = await readInput(file, t, io);
  if (!bytes) return false;
  const opened = await openOrExplain(file, bytes, t, io);
  if (!opened) return false;
  const m = opened.manifest;
  io.stdout(`${formatSummary(opened.report, t)}\n${t.t('bundle.html.software', { version: m.app.version, os: m.os.platform, release: m.os.release, arch: m.os.arch })}\n`);
  if (html !== undefined) {
    try {
      await writeFile(html, opened.html);
    } catch (e) {
      io.stderr(`${t.t('bundle.cli.writeFailed', { path: html, message: e instanceof Error ? e.message : String(e) })}\n`);
      return false;
    }
    io.stdout(`${t.t('bundle.cli.htmlWritten', { path: html })}\n`);
  }
  return true;
}

async function readInput(file: string, t: Translator, io: BundleIo): Promise<Uint8Array | undefined> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (e) {
    io.stderr(`${t.t('bundle.cli.readFailed', { path: file, message: e instanceof Error ? e.message : String(e) })}\n`);
    return undefined;
  }
}

async function openOrExplain(file: string, bytes: Uint8Array, t: Translator, io: BundleIo) {
  try {
    return await readBundle(bytes);
  } catch (e) {
    if (!(e instanceof BundleError)) throw e;
    io.stderr(`${t.t(`bundle.error.${e.reason}`, { file, detail: e.detail })}\n`);
    return undefined;
  }
}

const looksLikeZip = (b: Uint8Array): boolean => b[0] === 0x50 && b[1] === 0x4b;

function parseReport(bytes: Uint8Array): Report | undefined {
  try {
    const parsed = reportSchema.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
