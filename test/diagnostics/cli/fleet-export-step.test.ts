import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { exportAfterCheck, fleetExportOf } from '../../../diagnostics/cli/fleet-export-step.js';
import { translator } from '../../../diagnostics/i18n/translator.js';
import { planCheck, reportFor } from '../../support/generated-check.js';

const servers: Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  }
});

/** A loopback OTLP receiver answering every request with `status`; returns its URL and the paths hit. */
async function receiver(status: number): Promise<{ url: string; paths: string[] }> {
  const paths: string[] = [];
  const server = createServer((req, res) => {
    paths.push(req.url ?? '');
    req.resume().on('end', () => res.writeHead(status).end(status === 200 ? '{}' : 'collector overloaded'));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  servers.push(server);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, paths };
}

const setting = <T>(value: T) => ({ value, source: 'policy' as const, locked: true });
const report = reportFor(planCheck(4));

describe('fleetExportOf', () => {
  it('turns fleet export on only when it is enabled and has an endpoint', () => {
    expect(fleetExportOf({ fleetExportEnabled: setting(false), fleetExportOtlpEndpoint: setting('https://otel.example.com/v1/metrics') })).toBeUndefined();
    expect(fleetExportOf({ fleetExportEnabled: setting(true), fleetExportOtlpEndpoint: setting(undefined) })).toBeUndefined();
    expect(fleetExportOf({ fleetExportEnabled: setting(true), fleetExportOtlpEndpoint: setting('https://otel.example.com/v1/metrics') })).toEqual({
      enabled: true,
      endpoint: 'https://otel.example.com/v1/metrics',
    });
  });
});

describe('exportAfterCheck', () => {
  it('sends the check to the collector and says nothing when it worked', async () => {
    const rx = await receiver(200);
    const lines: string[] = [];
    await exportAfterCheck(report, { enabled: true, endpoint: rx.url }, translator('en'), (l) => lines.push(l));
    expect(rx.paths).toEqual(['/v1/metrics']);
    expect(lines).toEqual([]);
  });

  it('warns in the user\'s language when the collector fails, and does not throw', async () => {
    const rx = await receiver(503);
    const lines: string[] = [];
    await exportAfterCheck(report, { enabled: true, endpoint: rx.url }, translator('de'), (l) => lines.push(l));
    expect(lines).toEqual([`Flottenexport: Die Messwerte konnten nicht an ${rx.url} gesendet werden (the collector at ${rx.url} answered 503: collector overloaded). Die Prüfung selbst ist davon nicht betroffen.`]);
  });

  it('does nothing when fleet export is off', async () => {
    const calls: unknown[] = [];
    await exportAfterCheck(report, undefined, translator('en'), () => calls.push('warn'), (async (...a: unknown[]) => (calls.push(a), new Response('{}'))) as typeof fetch);
    expect(calls).toEqual([]);
  });
});
