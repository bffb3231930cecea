import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import { ENTRY } from '../bundle/manifest.js';
import type { ConnectorConfig } from './connector-config.js';

/** Where a ticket goes, as a person reads it: the help desk's address, the webhook URL or the mail address. */
export function destinationOf(c: ConnectorConfig): string {
  switch (c.kind) {
    case 'email':
      return c.to;
    case 'webhook':
      return c.url;
    default:
      return c.baseUrl;
  }
}

/**
 * The fields that decide which ticket list at one help desk a ticket lands in (an RT queue, a JSM
 * service desk and request type, Zendesk's ticket or request endpoint): the same bundle filed into
 * two of them is two tickets on purpose.
 */
function placeOf(c: ConnectorConfig): readonly string[] {
  switch (c.kind) {
    case 'request-tracker':
      return [c.queue];
    case 'jira-sm':
      return [c.serviceDeskId, c.requestTypeId];
    case 'zendesk':
      return [c.endpoint];
    default:
      return [];
  }
}

/** SHA-256 (hex) of the bundle's manifest.json, which lists every entry's hash: the bundle's identity. */
export function bundleManifestSha256(bundleBytes: Uint8Array): string {
  const files = unzipSync(bundleBytes, { filter: (f) => f.name === ENTRY.manifest });
  const manifest = files[ENTRY.manifest];
  // Callers pass a bundle the bundle reader has accepted, which always has a manifest.
  if (!manifest) throw new Error('the bundle has no manifest.json');
  return createHash('sha256').update(manifest).digest('hex');
}

/**
 * The idempotency key of "this bundle, at this help desk": derived, never random, so that filing the
 * same bundle again (after a crash, while it still waits in the outbox, by a second click) finds
 * the outbox item and the help desk's ticket instead of making a second one. The local connector
 * name is left out (two names for one help desk are one help desk), the address is normalised
 * (case of the host, trailing slashes). Shaped as a UUID (version 8, RFC 9562's custom layout)
 * because help-desk fields that hold it are sized for one.
 */
export function ticketKey(manifestSha256: string, c: ConnectorConfig): string {
  const h = createHash('sha256')
    .update(JSON.stringify(['homeline-ticket/1', manifestSha256, c.kind, normalise(destinationOf(c)), ...placeOf(c)]))
    .digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function normalise(destination: string): string {
  try {
    const u = new URL(destination);
    return `${u.protocol}//${u.host}${u.pathname.replace(/\/+$/, '')}${u.search}`;
  } catch {
    // An e-mail address: the domain is case-insensitive, and people type either case.
    return destination.toLowerCase();
  }
}
