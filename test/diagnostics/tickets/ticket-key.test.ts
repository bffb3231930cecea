import { describe, expect, it } from 'vitest';
import type { ConnectorConfig } from '../../../diagnostics/tickets/connector-config.js';
import { bundleManifestSha256, ticketKey } from '../../../diagnostics/tickets/ticket-key.js';
import { strToU8, zipSync } from 'fflate';
import { sampleBundleBytes } from './sample-bundle.js';

const rt = (over: Partial<Extract<ConnectorConfig, { kind: 'request-tracker' }>> = {}): ConnectorConfig => ({
  kind: 'request-tracker',
  baseUrl: 'https://rt.acme.example',
  queue: 'Remote work',
  auth: 'token',
  categories: {},
  priorities: {},
  timeoutMs: 30_000,
  ...over,
});

describe('ticket key: this bundle at this help desk', () => {
  const manifest = bundleManifestSha256(sampleBundleBytes());

  it('is the same for the same bundle and help desk, whatever the local name, address spelling or other settings', () => {
    const key = ticketKey(manifest, rt());
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(ticketKey(bundleManifestSha256(sampleBundleBytes()), rt())).toBe(key);
    expect(ticketKey(manifest, rt({ baseUrl: 'https://RT.acme.example/' }))).toBe(key);
    expect(ticketKey(manifest, rt({ timeoutMs: 5000, priorities: { high: '90' } }))).toBe(key);
  });

  it('differs for another bundle, another help desk, another queue or another kind', () => {
    const key = ticketKey(manifest, rt());
    // The same files but another manifest (another check, another redaction): another bundle.
    const other = bundleManifestSha256(zipSync({ 'manifest.json': strToU8('{"bundleVersion":1,"files":["report.json"]}') }));
    expect(other).not.toBe(manifest);
    expect(ticketKey(other, rt())).not.toBe(key);
    expect(ticketKey(manifest, rt({ baseUrl: 'https://rt2.acme.example' }))).not.toBe(key);
    expect(ticketKey(manifest, rt({ queue: 'General' }))).not.toBe(key);
    expect(ticketKey(manifest, { kind: 'webhook', url: 'https://rt.acme.example', categories: {}, timeoutMs: 30_000 })).not.toBe(key);
  });

  it('treats mail addresses case-insensitively', () => {
    const mail = (to: string): ConnectorConfig => ({ kind: 'email', to, categories: {}, open: false });
    expect(ticketKey(manifest, mail('Helpdesk@ACME.example'))).toBe(ticketKey(manifest, mail('helpdesk@acme.example')));
  });
});
