import { readFileSync } from 'node:fs';
import { rootCertificates } from 'node:tls';

/**
 * The CA list for a TLS check. Without extra CAs, undefined: Node's default store, which already
 * holds NODE_EXTRA_CA_CERTS. With extra CAs, Node's `ca` option REPLACES the default store, so the
 * bundled roots and the NODE_EXTRA_CA_CERTS file (which Node 20 does not expose) are added back.
 */
export function trustedCas(extra: readonly string[] | undefined, env: NodeJS.ProcessEnv = process.env): string[] | undefined {
  if (extra === undefined || extra.length === 0) return undefined;
  const cas = [...rootCertificates];
  const extraFile = env.NODE_EXTRA_CA_CERTS;
  if (extraFile) {
    try {
      cas.push(readFileSync(extraFile, 'utf8'));
    } catch {
      // Node itself only warns about an unreadable file at startup; the check goes on without it.
    }
  }
  return [...cas, ...extra];
}
