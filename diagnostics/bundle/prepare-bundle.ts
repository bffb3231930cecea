import type { Report } from '../schema/report.js';
import { webSha256 } from './digest.js';
import type { HistoryRow } from './history-row.js';
import { keepReportStructure } from './keep-report-structure.js';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, ENTRY, type BundleManifest, type RedactionRecord } from './manifest.js';
import { rawEntryPath, rawEntryText } from './raw-entries.js';
import { collectSsids } from './redaction/collect-ssids.js';
import type { Identity } from './redaction/identity.js';
import { keyedHash } from './redaction/keyed-hash.js';
import { hashesSsids, type RedactionOptions } from './redaction/policy.js';
import { createRedactor, type RedactionTally } from './redaction/redactor.js';
import { renderHtml } from './render-html.js';

/** Everything a bundle is made of, before redaction. */
export interface BundleInput {
  readonly report: Report;
  readonly history?: readonly HistoryRow[];
  readonly createdAt: Date;
  readonly app: { readonly name: string; readonly version: string };
  readonly os: { readonly platform: string; readonly release: string; readonly arch: string };
  readonly redaction: RedactionOptions;
  /** This install's secret (install-salt.ts); never written into the bundle. */
  readonly salt: string;
  readonly identity: Identity;
  /** Public addresses the help desk needs verbatim: the profile's targets, not the user's. */
  readonly keepAddresses?: Iterable<string>;
}

/** One file of a bundle exactly as it will be written (and as the preview shows it). */
export interface BundleEntry {
  readonly path: string;
  readonly mediaType: string;
  readonly text: string;
}

/** A bundle ready to zip: its manifest and its entries, the manifest first. */
export interface PreparedBundle {
  readonly manifest: BundleManifest;
  readonly entries: readonly BundleEntry[];
}

/**
 * Redacts and lays out a bundle: `manifest.json`, `report.json`, `report.html`, `raw/…` and
 * `history.json`. Redaction walks everything that is written, keys included; the HTML and the raw
 * files are made from the redacted report, so they cannot hold what it does not. This is also
 * the preview: the UI shows these entries and the user confirms before anything is sent.
 */
export async function prepareBundle(input: BundleInput): Promise<PreparedBundle> {
  const ssids = collectSsids(input.report.probes, collectSsids(input.history ?? []));
  const redactor = createRedactor({
    options: input.redaction,
    hash: keyedHash(input.salt),
    identity: input.identity,
    ssids,
    ...(input.keepAddresses ? { keepAddresses: input.keepAddresses } : {}),
  });
  const report = keepReportStructure(input.report, redactor.json(input.report));
  const history = redactor.json([...(input.history ?? [])]);
  const os = redactor.json({ ...input.os });
  const app = { name: input.app.name, version: input.app.version };
  const redaction = redactionRecord(input.redaction, redactor.tally);
  const entries: BundleEntry[] = [
    { path: ENTRY.report, mediaType: 'application/json', text: `${JSON.stringify(report, null, 2)}\n` },
    { path: ENTRY.html, mediaType: 'text/html', text: renderHtml(report, { app, os, redaction, history }) },
    ...report.raw.map((raw, i) => ({ path: rawEntryPath(raw, i), mediaType: 'text/plain', text: rawEntryText(raw) })),
    { path: ENTRY.history, mediaType: 'application/json', text: `${JSON.stringify(history, null, 2)}\n` },
  ];
  const encoder = new TextEncoder();
  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    createdAt: input.createdAt.toISOString(),
    app,
    os,
    redaction,
    entries: await Promise.all(
      entries.map(async (en) => {
        const bytes = encoder.encode(en.text);
        return { path: en.path, mediaType: en.mediaType, bytes: bytes.length, sha256: await webSha256(bytes) };
      }),
    ),
  };
  return { manifest, entries: [{ path: ENTRY.manifest, mediaType: 'application/json', text: `${JSON.stringify(manifest, null, 2)}\n` }, ...entries] };
}

/** The manifest's account of what was applied (the tally is final once everything is redacted). */
function redactionRecord(o: RedactionOptions, tally: Readonly<RedactionTally>): RedactionRecord {
  const strict = o.level === 'strict';
  const rules =
    o.level === 'off'
      ? []
      : [
          strict ? 'hardware-id-hashed' : 'hardware-id-oui-kept-device-hashed',
          strict ? 'ipv4-public-/16' : 'ipv4-public-/24',
          strict ? 'ipv6-public-/32' : 'ipv6-public-/48',
          'ipv6-link-local-interface-id-removed',
          'identity-masked',
          hashesSsids(o) ? 'ssid-hashed' : 'ssid-kept',
        ];
  return { level: o.level, ssid: o.ssid, salt: o.level === 'off' ? 'none' : 'per-install', rules, replaced: { ...tally } };
}
