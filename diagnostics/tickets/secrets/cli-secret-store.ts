import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { SecretStoreError, type SecretStore } from './secret-store.js';

/** The environment variable that holds the help-desk credential for scripts and CI. */
export const TOKEN_ENV = 'HOMELINE_HELPDESK_TOKEN';
/** The environment variable that names a file holding it instead. */
export const TOKEN_FILE_ENV = 'HOMELINE_HELPDESK_TOKEN_FILE';

/** Where the CLI looks for a secret file by default: homelineDataDir()/secrets/<name>. */
export function defaultSecretFile(dataDir: string, name: string): string {
  return join(dataDir, 'secrets', name.replace(/[^0-9A-Za-z._-]/g, '_'));
}

/**
 * The command line's secret store: HOMELINE_HELPDESK_TOKEN, else the file HOMELINE_HELPDESK_TOKEN_FILE
 * names, else homelineDataDir()/secrets/<name>. A file that its group or others can read is refused
 * (like ssh does with keys): the secret may already have leaked, and the user must know. Windows has
 * no such mode bits; there the file's ACL inherited from the profile folder protects it.
 */
export function cliSecretStore(dataDir: string, env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): SecretStore {
  return {
    async get(name) {
      const fromEnv = env[TOKEN_ENV];
      if (fromEnv) return fromEnv.trim();
      const file = env[TOKEN_FILE_ENV] || defaultSecretFile(dataDir, name);
      let info;
      try {
        info = await stat(file);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw new SecretStoreError(`Cannot read the credential file ${file}: ${String(e)}`, 'unreadable', { file, reason: String(e) });
      }
      if (platform !== 'win32' && (info.mode & 0o077) !== 0) {
        const mode = (info.mode & 0o777).toString(8).padStart(3, '0');
        throw new SecretStoreError(
          `Refusing the credential file ${file}: its mode ${mode} lets other users read it. Run chmod 600 ${file} (and replace the credential if others could read it).`,
          'unsafeFile',
          { file, mode },
        );
      }
      const text = (await readFile(file, 'utf8')).trim();
      return text === '' ? undefined : text;
    },
  };
}
