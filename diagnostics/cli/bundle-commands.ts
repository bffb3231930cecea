import type { RedactionOptions } from '../bundle/redaction/policy.js';
import type { HistoryRow } from '../bundle/history-row.js';
import { open } from 'node:fs/promises';
import { BundleError } from '../bundle/bundle-error.js';
import { prepareLocalBundle } from '../bundle/local-bundle.js';
import { BundleReadError, readBundleFile } from '../bundle/bundle-file.js';
import type { OpenedBundle } from '../bundle/read-bundle.js';
import { renderHtml } from '../bundle/render-html.js';
import { DEFAULT_BUNDLE_LIMITS, sizeText } from '../bundle/zip/bundle-limits.js';
import { terminalSafe } from '../report/terminal-safe.js';
import { zipBundle } from '../bundle/zip-bundle.js';
import type { Translator } from '../i18n/translator.js';
import { targetAddresses } from '../profile/target-addresses.js';
import type { Targets } from '../profile/targets.js';
import { formatSummary } from '../report/summary.js';
import type { CommandIo } from './command-io.js';
import { writeOrKeep } from './output-file.js';
import { reportSchema, type Report } from '../schema/report.js';

/** Where CLI output goes. */
export type BundleIo = CommandIo;

/** `check --bundle FILE`: writes the redacted bundle of this run; false when it could not (then kept elsewhere, named). */
export async function writeCheckBundle(
  file: string,
  report: Report,
  targets: Targets,
  t: Translator,
  io: BundleIo,
  history: readonly HistoryRow[] = [],
  redaction?: RedactionOptions,
): Promise<boolean> {
  let bytes: Uint8Array;
  try {
    bytes = zipBundle(await prepareLocalBundle(report, { keepAddresses: targetAddresses(targets), history, ...(redaction ? { redaction } : {}) }));
  } catch (e) {
    io.stderr(`${t.t('bundle.cli.writeFailed', { path: file, message: e instanceof Error ? e.message : String(e) })}\n`);
    return false;
  }
  if (!(await writeOrKeep(file, bytes, t, io))) return false;
  io.stdout(`${t.t('bundle.cli.written', { path: file })}\n`);
  return true;
}

/** `bundle preview FILE`: every entry of a bundle, or of the bundle a --json report would make. */
export async function previewBundleFile(file: string, t: Translator, io: BundleIo): Promise<boolean> {
  const head = await readHead(file, t, io);
  if (!head) return false;
  let entries: { path: string; text: string }[];
  if (looksLikeZip(head)) {
    const opened = await openOrExplain(file, t, io);
    if (!opened) return false;
    entries = [...opened.files].map(([path, text]) => ({ path, text }));
  } else {
    const bytes = await readInput(file, t, io);
    if (!bytes) return false;
    const report = parseReport(bytes);
    if (!report) {
      io.stderr(`${t.t('bundle.cli.notReport', { path: file })}\n`);
      return false;
    }
    entries = [...(await prepareLocalBundle(report)).entries];
  }
  io.stdout(`${t.t('bundle.cli.previewHeader', { count: String(entries.length) })}\n\n`);
  for (const en of entries) {
    io.stdout(terminalSafe(`${t.t('bundle.cli.previewEntry', { path: en.path, bytes: String(new TextEncoder().encode(en.text).length) })}\n${en.text}\n`));
  }
  return true;
}

/**
 * `view BUNDLE [--html FILE]`: the bundle's summary, and on request a standalone HTML report
 * rendered afresh from its validated report.json. The bundle's own report.html is never written
 * or shown: whoever made the file could have put anything there.
 */
export async function viewBundleFile(file: string, html: string | undefined, t: Translator, io: BundleIo): Promise<boolean> {
  const opened = await openOrExplain(file, t, io);
  if (!opened) return false;
  const m = opened.manifest;
  io.stdout(terminalSafe(`${formatSummary(opened.report, t)}\n${t.t('bundle.html.software', { version: m.app.version, os: m.os.platform, release: m.os.release, arch: m.os.arch })}\n`));
  if (html !== undefined) {
    // A failed write names the HTML file and why, never the bundle, which was read fine.
    if (!(await writeOrKeep(html, renderHtml(opened.report, { app: m.app, os: m.os, redaction: m.redaction, history: opened.history }), t, io))) return false;
    io.stdout(`${t.t('bundle.cli.htmlWritten', { path: html })}\n`);
  }
  return true;
}

/** A plain report file, within the same size cap as bundles. */
async function readInput(file: string, t: Translator, io: BundleIo): Promise<Uint8Array | undefined> {
  try {
    const handle = await open(file, 'r');
    try {
      const { size } = await handle.stat();
      if (size > DEFAULT_BUNDLE_LIMITS.maxFileBytes) throw new BundleError('file-too-large', `${file} is too large`, sizeText(DEFAULT_BUNDLE_LIMITS.maxFileBytes));
      return new Uint8Array(await handle.readFile());
    } finally {
      await handle.close();
    }
  } catch (e) {
    if (e instanceof BundleError) io.stderr(`${t.t(`bundle.error.${e.reason}`, { file, detail: e.detail })}\n`);
    else io.stderr(`${t.t('bundle.cli.readFailed', { path: file, message: e instanceof Error ? e.message : String(e) })}\n`);
    return undefined;
  }
}

/** The first bytes of a file, to tell a bundle from a report. */
async function readHead(file: string, t: Translator, io: BundleIo): Promise<Uint8Array | undefined> {
  try {
    const handle = await open(file, 'r');
    try {
      const head = new Uint8Array(4);
      const { bytesRead } = await handle.read(head, 0, 4, 0);
      return head.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (e) {
    io.stderr(`${t.t('bundle.cli.readFailed', { path: file, message: e instanceof Error ? e.message : String(e) })}\n`);
    return undefined;
  }
}

async function openOrExplain(file: string, t: Translator, io: BundleIo): Promise<OpenedBundle | undefined> {
  try {
    return (await readBundleFile(file)).bundle;
  } catch (e) {
    if (e instanceof BundleReadError) io.stderr(`${t.t('bundle.cli.readFailed', { path: file, message: e.reason })}\n`);
    else if (e instanceof BundleError) io.stderr(`${terminalSafe(t.t(`bundle.error.${e.reason}`, { file, detail: e.detail }))}\n`);
    else throw e;
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
