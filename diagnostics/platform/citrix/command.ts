import type { CommandSpec } from '../command.js';

/**
 * Windows: the registry keys where the Workspace app installer records its version, most common
 * first. A per-machine install is a 32-bit program, so on 64-bit Windows it lands under
 * WOW6432Node; 32-bit Windows has no WOW6432Node; a per-user install writes to HKCU.
 */
export const WORKSPACE_REG_KEYS: readonly string[] = [
  'HKLM\\SOFTWARE\\WOW6432Node\\Citrix\\PluginPackages\\XenAppSuite\\ICA_Client',
  'HKLM\\SOFTWARE\\Citrix\\PluginPackages\\XenAppSuite\\ICA_Client',
  'HKCU\\SOFTWARE\\Citrix\\PluginPackages\\XenAppSuite\\ICA_Client',
];

/** Windows: `reg query KEY /v Version`. Exit 0 with a value line when present, exit 1 when not. */
export function regQueryVersionCommand(key: string): CommandSpec {
  return { cmd: 'reg', args: ['query', key, '/v', 'Version'], timeoutMs: 5000 };
}

/** macOS: the app bundle's Info.plist, which carries the version the user sees in About. */
export const WORKSPACE_APP_PLIST = '/Applications/Citrix Workspace.app/Contents/Info.plist';

/** macOS: the bundle's short version string, printed bare (`raw`) to stdout (`-o -`). */
export const plutilVersionCommand: CommandSpec = {
  cmd: 'plutil',
  args: ['-extract', 'CFBundleShortVersionString', 'raw', '-o', '-', WORKSPACE_APP_PLIST],
  timeoutMs: 5000,
};

/** Linux: where the Debian/RPM packages (and a root tarball install) put the ICA client. */
export const LINUX_ICACLIENT_DIR = '/opt/Citrix/ICAClient';

/**
 * Linux: the installer's version record, `pkginf/Ver.core.<platform>`, one per build platform
 * (x86-64 first, then the ARM builds and old 32-bit x86). It holds KEY=VALUE lines; the version is
 * ID_VERSION (the same line Citrix's own prerequisite checker reads with awk).
 */
export const LINUX_VERSION_FILES: readonly string[] = ['linuxx64', 'linuxarm64', 'linuxarmhf', 'linuxx86', 'linuxarm'].map(
  (platform) => `${LINUX_ICACLIENT_DIR}/pkginf/Ver.core.${platform}`,
);

/** Linux: a text file every install has; present without a version file means "installed, version unknown". */
export const LINUX_MODULE_INI = `${LINUX_ICACLIENT_DIR}/config/module.ini`;
