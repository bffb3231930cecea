import type { PolicySource, SourceReading } from './policy-source.js';

/**
 * A source whose whole content is one key→value dictionary (a plist, a JSON file): each entry
 * becomes a raw value; anything other than a dictionary is an error for the whole source.
 */
export function dictionaryReading(content: unknown, source: PolicySource): SourceReading {
  if (content === null || typeof content !== 'object' || Array.isArray(content)) {
    return { source, found: true, entries: [], error: { code: 'notDictionary' } };
  }
  return { source, found: true, entries: Object.entries(content).map(([name, value]) => ({ name, value, source })) };
}

/** Why a file could not be read, in a few words. */
export function fileProblem(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return e instanceof Error ? e.message : String(e);
}
