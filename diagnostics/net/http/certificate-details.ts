import type { PeerCertificate } from 'node:tls';

/** What a server's certificate says, kept even when it was rejected, so a report can name the date. */
export interface CertificateDetails {
  /** Distinguished name as `CN=…, O=…`. */
  readonly subject: string;
  readonly issuer: string;
  /** ISO 8601 timestamps; empty when the certificate's dates were unreadable. */
  readonly validFrom: string;
  readonly validTo: string;
  /** Whole days until notAfter; negative once expired (-12 = expired 12 days ago), 0 = under a day left. */
  readonly daysLeft: number;
  /** The DNS names the certificate covers (subjectAltName DNS entries). */
  readonly dnsNames: readonly string[];
  /** Whether the chain and the host name checked out against the trust store. */
  readonly authorized: boolean;
  /** Node/OpenSSL code of the verification error, e.g. CERT_HAS_EXPIRED. */
  readonly authorizationError: string | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Formats a certificate name object (`{ CN: 'x', O: 'y' }`, values may repeat as arrays). */
export function formatDistinguishedName(name: unknown): string {
  if (name === null || typeof name !== 'object') return '';
  const parts: string[] = [];
  for (const [key, value] of Object.entries(name as Record<string, unknown>)) {
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) if (typeof v === 'string') parts.push(`${key}=${v}`);
  }
  return parts.join(', ');
}

/**
 * Reads DNS names out of Node's subjectaltname string (`DNS:a, DNS:b, IP Address:…`). Node quotes
 * entries that contain separators as JSON strings, so a quoted value is unquoted when it parses.
 */
export function parseDnsNames(subjectaltname: string | undefined): string[] {
  if (typeof subjectaltname !== 'string' || subjectaltname === '') return [];
  const names: string[] = [];
  for (const raw of subjectaltname.split(/,\s*(?=[A-Za-z ]+:)/)) {
    const entry = raw.trim();
    if (!entry.startsWith('DNS:')) continue;
    let value = entry.slice(4);
    if (value.startsWith('"')) {
      try {
        const parsed: unknown = JSON.parse(value);
        if (typeof parsed === 'string') value = parsed;
      } catch {
        // Keep the raw text: a half-read name is more use in a report than none.
      }
    }
    if (value !== '') names.push(value);
  }
  return names;
}

/** Days left until `validToMs`: floor when still valid, and at least -1 once past, so the sign always tells. */
export function daysLeft(validToMs: number, nowMs: number): number {
  const ms = validToMs - nowMs;
  if (Number.isNaN(ms)) return 0;
  return ms >= 0 ? Math.floor(ms / DAY_MS) : -Math.max(1, Math.floor(-ms / DAY_MS));
}

function isoOrEmpty(text: unknown): { iso: string; ms: number } {
  const ms = typeof text === 'string' ? Date.parse(text) : Number.NaN;
  return Number.isNaN(ms) ? { iso: '', ms } : { iso: new Date(ms).toISOString(), ms };
}

/** Turns Node's peer certificate into report details; null when the server sent none. */
export function describeCertificate(
  peer: PeerCertificate | Record<string, never> | undefined,
  authorized: boolean,
  authorizationError: string | null,
  nowMs: number = Date.now(),
): CertificateDetails | null {
  // getPeerCertificate() returns {} when there is no certificate.
  if (!peer || !('valid_to' in peer)) return null;
  const from = isoOrEmpty(peer.valid_from);
  const to = isoOrEmpty(peer.valid_to);
  return {
    subject: formatDistinguishedName(peer.subject),
    issuer: formatDistinguishedName(peer.issuer),
    validFrom: from.iso,
    validTo: to.iso,
    daysLeft: daysLeft(to.ms, nowMs),
    dnsNames: parseDnsNames(peer.subjectaltname),
    authorized,
    authorizationError,
  };
}
