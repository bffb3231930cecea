import type { PolicyProblem } from './policy-problem.js';

/** Where policy came from: a registry key, a plist, a JSON file. `location` is what people see. */
export interface PolicySource {
  readonly location: string;
  /** Machine policy wins over user policy for the same key. */
  readonly scope: 'machine' | 'user';
}

/** One named value as a source stores it, before it is matched to a key and checked. */
export interface RawPolicyEntry {
  readonly name: string;
  /** string, number, boolean, string[] (REG_MULTI_SZ), or any JSON/plist value. */
  readonly value: unknown;
  readonly source: PolicySource;
}

/** What one source gave: its entries, whether it existed, and a problem reading it (as data). */
export interface SourceReading {
  readonly source: PolicySource;
  readonly found: boolean;
  readonly entries: readonly RawPolicyEntry[];
  /** The source exists but could not be read or parsed as a whole; its entries are lost. */
  readonly error?: PolicyProblem;
  /** Entries the source holds that cannot be policy values (REG_BINARY, values in subkeys). */
  readonly skipped?: readonly { readonly name: string; readonly problem: PolicyProblem }[];
}

/** Where user settings are reported from in issues (the store lives in homelineDataDir()). */
export const USER_SETTINGS_LOCATION = 'user settings';
