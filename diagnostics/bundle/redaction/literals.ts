/** One known secret and what it becomes: a user name, a host name, a home folder, an SSID. */
export interface Literal {
  readonly value: string;
  readonly replacement: string;
  /** User and host names are case-insensitive on Windows and in DNS; SSIDs are not. */
  readonly ignoreCase: boolean;
  readonly kind: 'identity' | 'ssid';
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The ways a value is written in command output: as is, JSON-escaped (PowerShell also escapes
 * ' < > & as \u00XX), with nmcli's escaped colons, and a Windows path with forward slashes.
 */
function spellings(value: string): string[] {
  const json = JSON.stringify(value).slice(1, -1);
  const powershell = json.replace(/['<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const nmcli = value.replace(/\\/g, '\\\\').replace(/:/g, '\\:');
  const slashes = value.replace(/\\/g, '/');
  return [...new Set([value, json, powershell, nmcli, slashes])].sort((a, b) => b.length - a.length);
}

const WORD = /[\p{L}\p{N}_]/u;

/** A pattern for the value that does not match inside a longer word ("anna" not in "annabel"). */
function patternFor(l: Literal): RegExp {
  const alternatives = spellings(l.value).map((s) => {
    const before = WORD.test(s[0] ?? '') ? '(?<![\\p{L}\\p{N}_])' : '';
    const after = WORD.test(s.at(-1) ?? '') ? '(?![\\p{L}\\p{N}_])' : '';
    return `${before}${escapeRegExp(s)}${after}`;
  });
  return new RegExp(alternatives.join('|'), l.ignoreCase ? 'giu' : 'gu');
}

/** Replaces known secrets, longest first (a host name "anna-pc" before the user name "anna"). */
export function literalReplacer(literals: readonly Literal[]): (text: string, count: (kind: Literal['kind']) => void) => string {
  const ordered = literals
    .filter((l) => l.value.length >= 2)
    .sort((a, b) => b.value.length - a.value.length)
    .map((l) => ({ l, pattern: patternFor(l) }));
  return (text, count) => {
    let out = text;
    for (const { l, pattern } of ordered) {
      out = out.replace(pattern, () => {
        count(l.kind);
        return l.replacement;
      });
    }
    return out;
  };
}
