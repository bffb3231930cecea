import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TestCa, TestCert } from '../support/certs.js';
import { tool } from './lab-exec.js';

// The VPN client's certificate. test/support/certs.ts issues server certificates only
// (extendedKeyUsage serverAuth), and an OpenVPN server, like any TLS server checking client
// certificates, rejects those for a client ("unsupported certificate purpose"). So this one is
// signed here, by the same lab CA, with clientAuth. Its dates are "now", so `x509 -req` suffices.

/** Issues a client certificate (EC P-256, clientAuth, 30 days) for `commonName`, signed by `ca`, into the CA's folder. */
export async function issueClientCert(ca: TestCa, commonName: string, basename = 'vpn-client'): Promise<TestCert> {
  const certPath = join(ca.dir, `${basename}.crt`);
  const keyPath = join(ca.dir, `${basename}.key`);
  const work = await mkdtemp(join(ca.dir, `.client-${basename}-`));
  try {
    const csr = join(work, 'req.csr');
    const ext = join(work, 'ext.cnf');
    await tool('openssl', [
      'req', '-new', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes',
      '-keyout', keyPath, '-out', csr, '-subj', `/CN=${commonName}`,
    ]);
    await writeFile(ext, ['[leaf]', 'basicConstraints = critical,CA:FALSE', 'keyUsage = critical,digitalSignature', 'extendedKeyUsage = clientAuth', ''].join('\n'));
    await tool('openssl', [
      'x509', '-req', '-in', csr, '-CA', ca.certPath, '-CAkey', ca.keyPath, '-set_serial', `0x${Date.now().toString(16)}`,
      '-days', '30', '-sha256', '-extfile', ext, '-extensions', 'leaf', '-out', certPath,
    ]);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return { certPath, keyPath };
}
