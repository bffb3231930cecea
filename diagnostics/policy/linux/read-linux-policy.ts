import { readFile } from 'node:fs/promises';
import { dictionaryReading, fileProblem } from '../dictionary-reading.js';
import { LINUX_POLICY_FILE } from '../identity.js';
import { problemFrom } from '../policy-problem.js';
import type { PolicySource, SourceReading } from '../policy-source.js';

/** Reads /etc/homeline/policy.json (or another JSON file); a missing file means no policy. */
export async function readJsonPolicy(file: string = LINUX_POLICY_FILE): Promise<SourceReading> {
  const source: PolicySource = { location: file, scope: 'machine' };
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { source, found: false, entries: [] };
    return { source, found: true, entries: [], error: { code: 'unreadable', detail: fileProblem(e) } };
  }
  try {
    return dictionaryReading(JSON.parse(text), source);
  } catch (e) {
    return { source, found: true, entries: [], error: problemFrom('invalidJson', e) };
  }
}
