/** A SHA-256 function over bytes, as lower-case hex; injectable where web crypto is missing. */
export type Sha256 = (bytes: Uint8Array) => Promise<string> | string;

/** SHA-256 with web crypto: the same in Node, Electron's renderer and a browser viewer. */
export const webSha256: Sha256 = async (bytes) => {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
};
