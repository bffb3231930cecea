import type { Lang } from '../i18n/translator.js';
import type { CommandRunner } from '../platform/command.js';
import type { OsKind } from '../platform/os-kind.js';
import { readDarwinPolicy } from './darwin/read-darwin-policy.js';
import { readJsonPolicy } from './linux/read-linux-policy.js';
import { readPolicyFile } from './read-policy-file.js';
import type { SourceReading } from './policy-source.js';
import { validatePolicy, type ValidatedPolicy } from './validate-policy.js';
import { readWindowsPolicy } from './windows/read-windows-policy.js';

/** What reading the managed policy needs: injected so tests never touch the machine's policy. */
export interface PolicyReadOptions {
  readonly os: OsKind | undefined;
  readonly run: CommandRunner;
  /** HOMELINE_POLICY_FILE: read this one file instead of the OS's locations ("none": no policy). */
  readonly policyFile?: string;
  /** The language of the issues' reasons. */
  readonly lang?: Lang;
}

/** Reads and checks the managed policy from the OS's locations (one switch, one adapter per OS). */
export async function readManagedPolicy(opts: PolicyReadOptions): Promise<ValidatedPolicy> {
  return validatePolicy(await readSources(opts), opts.lang);
}

async function readSources(opts: PolicyReadOptions): Promise<SourceReading[]> {
  if (opts.policyFile === 'none') return [];
  if (opts.policyFile) return [await readPolicyFile(opts.policyFile)];
  switch (opts.os) {
    case 'win32':
      return readWindowsPolicy(opts.run);
    case 'darwin':
      return readDarwinPolicy(opts.run);
    case 'linux':
      return [await readJsonPolicy()];
    default:
      return [];
  }
}
