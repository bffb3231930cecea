import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

// Test certificates made with the openssl CLI (EC P-256 keys, so each one takes milliseconds).
// openssl runs through execFile with an argument array, never a shell. Debian 12's openssl 3.0
// cannot put a leaf's dates in the past with `x509 -req`, so leaves are signed with `openssl ca`,
// which takes explicit -startdate/-enddate; each signing gets its own throwaway database folder so
// tests may issue certificates in parallel from one CA.

/** A certificate authority on disk that tests trust explicitly (pass certPath's text as `ca`). */
export interface TestCa {
  readonly dir: string;
  readonly certPath: string;
  readonly keyPath: string;
}

/** A certificate and its private key on disk, PEM encoded. */
export interface TestCert {
  readonly certPath: string;
  readonly keyPath: string;
}

/** Which way a leaf's validity window lies relative to now. */
export type TestValidity = 'valid' | 'expired' | 'not-yet-valid';

/** What to put in a leaf certificate. `basename` names the files: `<basename>.crt` / `.key`. */
export interface IssueOptions {
  readonly basename: string;
  readonly dnsNames: readonly string[];
  readonly ips?: readonly string[];
  readonly validity?: TestValidity;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const EC_KEY = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];

/** Runs openssl with an argument array; rejects with its stderr so a broken setup says why. */
function openssl(args: readonly string[], cwd?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // allow-spawn: test certificates from the openssl CLI; bounded by timeout and execFile's 1 MiB maxBuffer
    execFile('openssl', [...args], { cwd, timeout: 20_000 }, (err, _stdout, stderr) => {
      if (err) reject(new Error(`openssl ${args[0] ?? ''} failed: ${err.message}\n${stderr}`));
      else resolve();
    });
  });
}

/** openssl ca's date format: YYYYMMDDHHMMSSZ (GeneralizedTime, so no two-digit-year surprises). */
function asn1Time(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:T]/g, '').replace(/\.\d+Z$/, 'Z');
}

/** The notBefore/notAfter pair for each validity: expired 12 days ago, not valid for 30 more days. */
function windowFor(validity: TestValidity, now = Date.now()): { start: string; end: string } {
  switch (validity) {
    case 'valid':
      return { start: asn1Time(now - DAY_MS), end: asn1Time(now + 365 * DAY_MS) };
    case 'expired':
      return { start: asn1Time(now - 400 * DAY_MS), end: asn1Time(now - 12 * DAY_MS) };
    case 'not-yet-valid':
      return { start: asn1Time(now + 30 * DAY_MS), end: asn1Time(now + 400 * DAY_MS) };
  }
}

function subjectAltName(dnsNames: readonly string[], ips: readonly string[] = []): string {
  return [...dnsNames.map((n) => `DNS:${n}`), ...ips.map((ip) => `IP:${ip}`)].join(',');
}

/** Makes a CA key and a self-signed CA certificate (10 years) in `dir`: ca.crt and ca.key. */
export async function createCa(dir: string, commonName = 'Homeline Test CA'): Promise<TestCa> {
  await mkdir(dir, { recursive: true });
  const certPath = join(dir, 'ca.crt');
  const keyPath = join(dir, 'ca.key');
  await openssl([
    'req', '-x509', ...EC_KEY, '-keyout', keyPath, '-out', certPath,
    '-subj', `/CN=${commonName}`, '-days', '3650',
    '-addext', 'basicConstraints=critical,CA:TRUE',
    '-addext', 'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  return { dir, certPath, keyPath };
}

/** Minimal `openssl ca` configuration: any subject, SANs from the environment-free extfile. */
function caConfig(ca: TestCa, dbDir: string): string {
  return [
    '[ca]',
    'default_ca = test_ca',
    '[test_ca]',
    `database = ${join(dbDir, 'index.txt')}`,
    `serial = ${join(dbDir, 'serial')}`,
    `new_certs_dir = ${dbDir}`,
    `certificate = ${ca.certPath}`,
    `private_key = ${ca.keyPath}`,
    'default_md = sha256',
    'policy = policy_any',
    'unique_subject = no',
    'copy_extensions = none',
    '[policy_any]',
    'commonName = supplied',
    '',
  ].join('\n');
}

/**
 * Issues a server certificate signed by `ca` with the given DNS and IP SANs, valid now, expired
 * (notAfter 12 days ago) or not yet valid (notBefore in 30 days). Files land in the CA's folder.
 */
export async function issueCert(ca: TestCa, opts: IssueOptions): Promise<TestCert> {
  const certPath = join(ca.dir, `${opts.basename}.crt`);
  const keyPath = join(ca.dir, `${opts.basename}.key`);
  const dbDir = await mkdtemp(join(ca.dir, `.db-${opts.basename}-`));
  try {
    const csrPath = join(dbDir, 'req.csr');
    const cn = opts.dnsNames[0] ?? opts.ips?.[0] ?? opts.basename;
    await openssl(['req', '-new', ...EC_KEY, '-keyout', keyPath, '-out', csrPath, '-subj', `/CN=${cn}`]);
    const configPath = join(dbDir, 'ca.cnf');
    const extPath = join(dbDir, 'ext.cnf');
    await writeFile(configPath, caConfig(ca, dbDir));
    await writeFile(join(dbDir, 'index.txt'), '');
    // A random serial: two leaves with the same issuer and serial would confuse clients that cache.
    await writeFile(join(dbDir, 'serial'), `${randomSerialHex()}\n`);
    await writeFile(
      extPath,
      [
        '[leaf]',
        'basicConstraints = critical,CA:FALSE',
        'keyUsage = critical,digitalSignature',
        'extendedKeyUsage = serverAuth',
        // openssl refuses an empty SAN list; a leaf without names is a valid (odd) test case.
        ...(opts.dnsNames.length + (opts.ips?.length ?? 0) > 0
          ? [`subjectAltName = ${subjectAltName(opts.dnsNames, opts.ips)}`]
          : []),
        '',
      ].join('\n'),
    );
    const { start, end } = windowFor(opts.validity ?? 'valid');
    await openssl([
      'ca', '-batch', '-notext', '-config', configPath, '-in', csrPath, '-out', certPath,
      '-extfile', extPath, '-extensions', 'leaf', '-startdate', start, '-enddate', end,
    ]);
  } finally {
    await rm(dbDir, { recursive: true, force: true });
  }
  return { certPath, keyPath };
}

function randomSerialHex(): string {
  // 16 hex digits with a non-zero leading nibble: a positive serial of fixed length.
  const digits = '0123456789ABCDEF';
  let s = digits[1 + Math.floor(Math.random() * 15)] ?? '1';
  for (let i = 1; i < 16; i++) s += digits[Math.floor(Math.random() * 16)] ?? '0';
  return s;
}

/** Makes a self-signed leaf (no CA) for `dnsNames` in `dir`: `<basename>.crt` / `.key`, valid a year. */
export async function selfSigned(dir: string, basename: string, dnsNames: readonly string[]): Promise<TestCert> {
  await mkdir(dir, { recursive: true });
  const certPath = join(dir, `${basename}.crt`);
  const keyPath = join(dir, `${basename}.key`);
  await openssl([
    'req', '-x509', ...EC_KEY, '-keyout', keyPath, '-out', certPath,
    '-subj', `/CN=${dnsNames[0] ?? basename}`, '-days', '365',
    '-addext', 'basicConstraints=critical,CA:FALSE',
    ...(dnsNames.length > 0 ? ['-addext', `subjectAltName=${subjectAltName(dnsNames)}`] : []),
  ]);
  return { certPath, keyPath };
}
