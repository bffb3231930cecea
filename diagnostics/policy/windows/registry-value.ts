/** One registry value as reg.exe shows it, whichever way it was read. */
export interface RegistryValue {
  /** The full key path, with the root spelled out: HKEY_LOCAL_MACHINE\SOFTWARE\Policies\Homeline. */
  readonly key: string;
  /** The value name; '' for the key's default value. */
  readonly name: string;
  /** REG_SZ, REG_DWORD, REG_MULTI_SZ… */
  readonly type: string;
  /** REG_SZ/REG_EXPAND_SZ: string; REG_DWORD/REG_QWORD: number; REG_MULTI_SZ: string[]; others: hex string. */
  readonly data: string | number | readonly string[];
}

const ROOT_NAMES: Readonly<Record<string, string>> = {
  HKLM: 'HKEY_LOCAL_MACHINE',
  HKCU: 'HKEY_CURRENT_USER',
  HKU: 'HKEY_USERS',
  HKCR: 'HKEY_CLASSES_ROOT',
  HKCC: 'HKEY_CURRENT_CONFIG',
};

/** HKLM\X and HKEY_LOCAL_MACHINE\x compare equal (the registry ignores case). */
export function normalizeKeyPath(path: string): string {
  const [root = '', ...rest] = path.replace(/\\+$/, '').split('\\');
  return [ROOT_NAMES[root.toUpperCase()] ?? root.toUpperCase(), ...rest].join('\\').toLowerCase();
}
