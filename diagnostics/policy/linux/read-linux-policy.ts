import { FileTooLargeError, readCapped, utf8WithoutBom } from '../../platform/read-capped.js';
import { dictionaryReading, fileProblem } from '../dictionary-reading.js';
import { LINUX_POLICY_FILE } from '../identity.js';
import { problemFrom } from '../policy-problem.js';
import type { PolicySource, SourceReading } from '../policy-source.js';

/**
 * Reads /etc/homeline/policy.json (or another JSON file). A missing file means no policy, unless
 * the file was named explicitly (`required`, HOMELINE_POLICY_FILE): then it is a problem to report,
 * never a silent "no problems found". A BOM is accepted; an oversized file is refused unread.
 */
export async function readJsonPolicy(file: string = LINUX_POLICY_FILE, required = false): Promise<SourceReading> {
  const source: PolicySource = { location: file, scope: 'machine' };
  let text: string;
  try {
    text = utf8WithoutBom(await readCapped(file));
  } catch (e) {
    return unreadFile(source, e, required);
  }
  try {
    return dictionaryReading(JSON.parse(text), source);
  } catch (e) {
    return { source, found: true, entries: [], error: problemFrom('invalidJson', e) };
  }
}

/** The reading of a policy file that could not be read: missing, too large or unreadable. */
export function unreadFile(source: PolicySource, e: unknown, required: boolean): SourceReading {
  if (e instanceof FileTooLargeError) return { source, found: true, entries: [], error: { code: 'tooLarge', detail: String(e.size) } };
  if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { source, found: false, entries: [], ...(required ? { error: { code: 'missingFile' } } : {}) };
  return { source, found: true, entries: [], error: { code: 'unreadable', detail: fileProblem(e) } };
}
