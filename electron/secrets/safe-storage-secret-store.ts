import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../../diagnostics/platform/atomic-write.js';
import { SecretStoreError, type SecretStore } from '../../diagnostics/tickets/secrets/secret-store.js';

/**
 * The part of Electron's `safeStorage` this store uses, so that the electron module is injected
 * (the app passes `electron.safeStorage`; tests pass a fake) and never imported here.
 */
export interface SafeStoragePort {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: which keyring backs the key; 'basic_text' means a hard-coded key, i.e. no protection. */
  getSelectedStorageBackend?(): string;
}

/** A secret store the settings UI can also write to. */
export interface WritableSecretStore extends SecretStore {
  set(name: string, value: string): Promise<void>;
  delete(name: string): Promise<void>;
}

/**
 * Help-desk credentials for the desktop app, encrypted with the OS keychain through safeStorage
 * (DPAPI on Windows, Keychain on macOS, libsecret/kwallet on Linux) and kept as one file per secret
 * under homelineDataDir()/secrets/. Where safeStorage would fall back to a fixed key (Linux without
 * a keyring: 'basic_text'), it refuses instead of pretending the secret is protected.
 */
export function safeStorageSecretStore(safeStorage: SafeStoragePort, dataDir: string): WritableSecretStore {
  const dir = join(dataDir, 'secrets');
  const file = (name: string): string => join(dir, `${name.replace(/[^0-9A-Za-z._-]/g, '_')}.safe`);
  const ensureProtected = (): void => {
    const backend = safeStorage.getSelectedStorageBackend?.();
    if (!safeStorage.isEncryptionAvailable() || backend === 'basic_text') {
      const reason = backend === 'basic_text' ? 'no keyring (basic_text)' : 'safeStorage encryption unavailable';
      throw new SecretStoreError(`Cannot protect help-desk credentials on this computer: ${reason}.`, 'unavailable', { reason });
    }
  };
  return {
    async get(name) {
      let encrypted: Buffer;
      try {
        encrypted = await readFile(file(name));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw e;
      }
      ensureProtected();
      try {
        return safeStorage.decryptString(encrypted);
      } catch (e) {
        // Encrypted under another user or a replaced keychain: the user must enter it again.
        throw new SecretStoreError(`The stored credential "${name}" cannot be decrypted: ${e instanceof Error ? e.message : String(e)}`, 'unreadable', {
          file: file(name),
          reason: e instanceof Error ? e.message : String(e),
        });
      }
    },
    async set(name, value) {
      ensureProtected();
      await mkdir(dir, { recursive: true, mode: 0o700 });
      await writeFileAtomic(file(name), safeStorage.encryptString(value));
    },
    async delete(name) {
      await rm(file(name), { force: true });
    },
  };
}
