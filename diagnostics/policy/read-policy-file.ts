import { readCapped } from '../platform/read-capped.js';
import { parsePlist } from './darwin/parse-plist.js';
import { dictionaryReading } from './dictionary-reading.js';
import { REGISTRY_SUBKEY } from './identity.js';
import { readJsonPolicy, unreadFile } from './linux/read-linux-policy.js';
import { problemFrom } from './policy-problem.js';
import type { PolicySource, SourceReading } from './policy-source.js';
import { decodeRegFile, parseRegExport } from './windows/parse-reg-export.js';
import { registryReading } from './windows/registry-reading.js';

/**
 * Reads a policy from one file of any of the three formats, by extension: `.reg` (a `reg export`
 * of HKLM\SOFTWARE\Policies\Homeline), `.plist` (XML or binary), anything else JSON. HOMELINE_POLICY_FILE
 * points here, so tests and IT can try a policy on any OS before deploying it.
 */
export async function readPolicyFile(file: string): Promise<SourceReading> {
  if (!/\.(reg|plist)$/i.test(file)) return readJsonPolicy(file, true);
  const source: PolicySource = { location: file, scope: 'machine' };
  let bytes: Buffer;
  try {
    bytes = await readCapped(file);
  } catch (e) {
    return unreadFile(source, e, true);
  }
  try {
    if (/\.reg$/i.test(file)) return registryReading(parseRegExport(decodeRegFile(bytes)), `HKLM\\${REGISTRY_SUBKEY}`, source);
    return dictionaryReading(parsePlist(bytes), source);
  } catch (e) {
    return { source, found: true, entries: [], error: problemFrom('unreadable', e) };
  }
}
