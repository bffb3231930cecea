/**
 * Where IT's settings for Homeline live on each OS. One place, so the readers, the templates and
 * the installer configuration (electron-builder.yml's appId, checked by a test) agree.
 */

/** The application id: macOS bundle id and managed-preferences domain, Windows AppUserModelID. */
export const BUNDLE_ID = 'org.homeline.agent';

/** The Windows policy key, read under HKLM first and then HKCU. */
export const REGISTRY_SUBKEY = 'SOFTWARE\\Policies\\Homeline';

/** The two registry roots, machine first: a machine policy wins over a user policy. */
export const REGISTRY_ROOTS = ['HKLM', 'HKCU'] as const;

/** macOS: the machine-wide managed preferences written by configuration profiles (MDM). */
export const MAC_MACHINE_PLIST = `/Library/Managed Preferences/${BUNDLE_ID}.plist`;

/** macOS: the per-user managed preferences. */
export function macUserPlist(user: string): string {
  return `/Library/Managed Preferences/${user}/${BUNDLE_ID}.plist`;
}

/** Linux: one JSON file, deployed by configuration management. */
export const LINUX_POLICY_FILE = '/etc/homeline/policy.json';
