import { readFileSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeStorageSecretStore, type SafeStoragePort } from '../../../electron/secrets/safe-storage-secret-store.js';
import { SecretStoreError } from '../../../diagnostics/tickets/secrets/secret-store.js';

/** A stand-in for Electron's safeStorage: XOR with a key, so ciphertext differs from the secret. */
function fakeSafeStorage(backend = 'gnome_libsecret', available = true): SafeStoragePort {
  const xor = (b: Buffer): Buffer => Buffer.from(b.map((x, i) => x ^ (0x5a + i) % 256));
  return {
    isEncryptionAvailable: () => available,
    encryptString: (s) => Buffer.concat([Buffer.from('v10'), xor(Buffer.from(s, 'utf8'))]),
    decryptString: (b) => {
      if (b.subarray(0, 3).toString() !== 'v10') throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return xor(b.subarray(3)).toString('utf8');
    },
    getSelectedStorageBackend: () => backend,
  };
}

describe('safeStorage secret store', () => {
  it('stores a credential encrypted, user-only, and reads it back', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'homeline-secrets-'));
    const store = safeStorageSecretStore(fakeSafeStorage(), dir);
    await store.set('servicenow', 'agent:pa55word');
    expect(await store.get('servicenow')).toBe('agent:pa55word');
    const [name] = readdirSync(join(dir, 'secrets'));
    const onDisk = readFileSync(join(dir, 'secrets', name!));
    expect(onDisk.includes(Buffer.from('pa55word'))).toBe(false);
    expect(statSync(join(dir, 'secrets', name!)).mode & 0o077).toBe(0);
    await store.delete('servicenow');
    expect(await store.get('servicenow')).toBeUndefined();
  });

  it('refuses to store when safeStorage would only obfuscate (Linux basic_text) or is unavailable', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'homeline-secrets-'));
    await expect(safeStorageSecretStore(fakeSafeStorage('basic_text'), dir).set('x', 'y')).rejects.toThrow(/basic_text/);
    await expect(safeStorageSecretStore(fakeSafeStorage('gnome_libsecret', false), dir).set('x', 'y')).rejects.toBeInstanceOf(SecretStoreError);
  });

  it('says clearly when a stored credential cannot be decrypted', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'homeline-secrets-'));
    const store = safeStorageSecretStore(fakeSafeStorage(), dir);
    await store.set('rt', 'token');
    const other = safeStorageSecretStore({ ...fakeSafeStorage(), decryptString: () => { throw new Error('bad key'); } }, dir);
    await expect(other.get('rt')).rejects.toThrow(/cannot be decrypted: bad key/);
  });
});
