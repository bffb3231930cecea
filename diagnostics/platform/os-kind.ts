/** The operating systems Homeline has adapters for. */
export type OsKind = 'linux' | 'darwin' | 'win32';

/** The OS this process runs on, or undefined on one we have no adapters for. */
export function currentOs(): OsKind | undefined {
  const p = process.platform;
  return p === 'linux' || p === 'darwin' || p === 'win32' ? p : undefined;
}
