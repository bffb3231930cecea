// Workspace app versions are dotted numbers: 24.2.1000.1016 (Windows), 24.02.0.78 (macOS),
// 24.2.0.65 (Linux). Anything else read from a file or a command is not trusted as a version.
const DOTTED = /^\d{1,6}(?:\.\d{1,6}){1,4}$/;

/** The trimmed text when it looks like a dotted version number, else null. Pure; never throws. */
export function cleanVersion(text: string | null | undefined): string | null {
  if (typeof text !== 'string') return null;
  const t = text.trim();
  return DOTTED.test(t) ? t : null;
}
