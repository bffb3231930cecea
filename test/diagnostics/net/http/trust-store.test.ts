import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rootCertificates } from 'node:tls';
import { describe, expect, it } from 'vitest';
import { trustedCas } from '../../../../diagnostics/net/http/trust-store.js';

describe('trustedCas', () => {
  it('leaves Node\'s default store alone when nothing is added', () => {
    expect(trustedCas(undefined, {})).toBeUndefined();
    expect(trustedCas([], {})).toBeUndefined();
  });

  it('adds extra CAs to the bundled roots and the NODE_EXTRA_CA_CERTS file instead of replacing them', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'homeline-trust-'));
    try {
      const file = join(dir, 'extra.pem');
      await writeFile(file, 'EXTRA-PEM');
      const cas = trustedCas(['OPTS-PEM'], { NODE_EXTRA_CA_CERTS: file }) ?? [];
      expect(cas.length).toBe(rootCertificates.length + 2);
      expect(cas.slice(0, rootCertificates.length)).toEqual([...rootCertificates]);
      expect(cas.slice(-2)).toEqual(['EXTRA-PEM', 'OPTS-PEM']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('goes on without an unreadable NODE_EXTRA_CA_CERTS file', () => {
    const cas = trustedCas(['OPTS-PEM'], { NODE_EXTRA_CA_CERTS: '/nonexistent/homeline/extra.pem' }) ?? [];
    expect(cas.length).toBe(rootCertificates.length + 1);
  });
});
