import { parse, parseBinary } from 'plist';

/** A plist that cannot be read; the message says why. */
export class PlistError extends Error {
  override readonly name = 'PlistError';
}

/**
 * Parses a property list file's bytes, XML (what configuration profiles carry) or binary (what
 * macOS writes to /Library/Managed Preferences), into plain values: dict → object, array, string,
 * integer/real → number, true/false, date → ISO string, data → base64.
 */
export function parsePlist(bytes: Uint8Array): unknown {
  const head = Buffer.from(bytes.subarray(0, 8)).toString('latin1');
  if (head.startsWith('bplist')) {
    try {
      return toPlain(parseBinary(bytes));
    } catch (e) {
      throw new PlistError(`is not a valid binary property list (${e instanceof Error ? e.message : String(e)})`);
    }
  }
  const text = Buffer.from(bytes).toString('utf8');
  if (!/^\s*(<\?xml|<!DOCTYPE plist|<plist)/.test(text)) throw new PlistError('is not a property list (neither XML nor binary)');
  try {
    return toPlain(parse(text));
  } catch (e) {
    throw new PlistError(`is not a valid XML property list (${e instanceof Error ? e.message : String(e)})`);
  }
}

function toPlain(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return v.map(toPlain);
  if (Buffer.isBuffer(v)) return v.toString('base64');
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toPlain(x)]));
  return v;
}
