import os from 'node:os';
import type { Report } from '../schema/report.js';
import { appInfo } from './app-info.js';
import type { HistoryRow } from './history-row.js';
import { prepareBundle, type PreparedBundle } from './prepare-bundle.js';
import { localIdentity } from './redaction/identity.js';
import { installSalt } from './redaction/install-salt.js';
import { DEFAULT_REDACTION, type RedactionOptions } from './redaction/policy.js';

/** What the caller (CLI, app, outbox) decides about a bundle made on this machine. */
export interface LocalBundleOptions {
  readonly redaction?: RedactionOptions;
  readonly history?: readonly HistoryRow[];
  readonly keepAddresses?: Iterable<string>;
  readonly now?: Date;
}

/**
 * A bundle of `report` made on this machine: this install's salt, this user's and host's names
 * to mask, this app's and OS's versions. The preview the UI shows is this result's entries.
 */
export async function prepareLocalBundle(report: Report, o: LocalBundleOptions = {}): Promise<PreparedBundle> {
  return prepareBundle({
    report,
    ...(o.history ? { history: o.history } : {}),
    ...(o.keepAddresses ? { keepAddresses: o.keepAddresses } : {}),
    createdAt: o.now ?? new Date(),
    app: appInfo(),
    os: { platform: process.platform, release: os.release(), arch: os.arch() },
    redaction: o.redaction ?? DEFAULT_REDACTION,
    salt: await installSalt(),
    identity: localIdentity(),
  });
}
