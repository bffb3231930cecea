import { LINUX_ICACLIENT_DIR, LINUX_MODULE_INI, LINUX_VERSION_FILES } from './command.js';
import { parseVerCore } from './parse-ver-core.js';
import { readOrNull } from './read-file-safe.js';
import type { WorkspaceApp, WorkspaceAppDeps } from './types.js';

/**
 * Linux: the version is the ID_VERSION line of /opt/Citrix/ICAClient/pkginf/Ver.core.<platform>.
 * Without that file, config/module.ini still shows an install whose version is unknown.
 */
export async function readWorkspaceLinux(deps: Pick<WorkspaceAppDeps, 'readFile'>): Promise<WorkspaceApp> {
  for (const file of LINUX_VERSION_FILES) {
    const text = await readOrNull(deps.readFile, file);
    if (text === null) continue;
    const version = parseVerCore(text);
    return { installed: true, version, notes: [version === null ? `${file} has no readable ID_VERSION` : `${file}: ID_VERSION ${version}`] };
  }
  if ((await readOrNull(deps.readFile, LINUX_MODULE_INI)) !== null) {
    return { installed: true, version: null, notes: [`${LINUX_MODULE_INI} exists but no pkginf/Ver.core.* file was found`] };
  }
  return { installed: false, version: null, notes: [`no Citrix Workspace app under ${LINUX_ICACLIENT_DIR}`] };
}
