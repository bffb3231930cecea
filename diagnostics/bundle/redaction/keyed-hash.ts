import { createHmac } from 'node:crypto';

/**
 * A keyed hash (HMAC-SHA-256) of one value of one kind. Keyed with the install's secret salt, a
 * hashed MAC cannot be reversed by trying every MAC (there are only 2^24 per vendor), yet the same
 * router gives the same hash in every bundle from this install.
 */
export type KeyedHash = (kind: string, value: string) => Uint8Array;

/** A keyed hash with `salt` as the key; remembers its answers (outputs repeat the same MACs). */
export function keyedHash(salt: string): KeyedHash {
  const seen = new Map<string, Uint8Array>();
  return (kind, value) => {
    const key = `${kind}\u0000${value}`;
    let digest = seen.get(key);
    if (!digest) seen.set(key, (digest = new Uint8Array(createHmac('sha256', salt).update(key).digest())));
    return digest;
  };
}

/** The first `bytes` bytes of a digest as lower-case hex. */
export function hexPrefix(digest: Uint8Array, bytes: number): string {
  return Array.from(digest.subarray(0, bytes), (b) => b.toString(16).padStart(2, '0')).join('');
}
