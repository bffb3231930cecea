import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch.js';
import { appHandlers } from '../../../electron/ipc/app-handlers.js';
import { CheckService } from '../../../electron/engine/check-service.js';
import { memorySettings } from '../../../electron/engine/settings-memory.js';
import type { Report } from '../../../diagnostics/schema/report.js';
import { healthyReport, ispLossReport } from '../support/reports.js';

async function app(report: () => Promise<Report>, lang: 'en' | 'de' | 'sv' = 'en') {
  const checks = new CheckService({ engine: report, emit: () => undefined });
  const settings = memorySettings();
  await settings.set({ lang, customerNumber: 'K-4711' });
  const handlers = appHandlers({ checks, settings, systemLang: 'en', version: '1', transport: 'browser', openExternal: () => Promise.resolve(false) });
  // Requests name the last check unless they say otherwise, as the call page does.
  const call = (request: Record<string, unknown>) => dispatch(handlers, 'isp.kit', { check: checks.last?.startedAt ?? '2026-11-23T19:30:00.000Z', ...request });
  return { checks, call };
}

const kitOf = (r: Awaited<ReturnType<typeof dispatch>>) => {
  if (!r.ok) throw new Error(r.error.message);
  return (r.value as { kit: { script: string; checklist: string[]; sections: { items: { confirm?: string; done?: boolean }[] }[] } | null }).kit;
};

describe('isp.kit: the call page’s script follows what the user ticked', () => {
  it('has no kit before a check, nor for a check that is not the provider’s', async () => {
    const none = await app(ispLossReport);
    expect(kitOf(await none.call({ confirmations: {} }))).toBeNull();
    const healthy = await app(healthyReport);
    await healthy.checks.run({ quick: true, lang: 'en', background: false });
    expect(kitOf(await healthy.call({ confirmations: {} }))).toBeNull();
  });

  it('claims each confirmation only while it is ticked, with the user’s line details', async () => {
    const a = await app(ispLossReport);
    await a.checks.run({ quick: true, lang: 'en', background: false });
    const plain = kitOf(await a.call({ confirmations: {} }))!;
    expect(plain.script).toContain('customer number K-4711');
    expect(plain.script).toContain('I can test with a network cable while we talk.');
    expect(plain.script).not.toContain('I tested with a network cable as well.');
    const ticked = kitOf(await a.call({ confirmations: { restartAt: '00:00', cable: true } }))!;
    expect(ticked.script).toContain('I restarted it at 00:00; the figures were measured after that');
    expect(ticked.script).toContain('I tested with a network cable as well.');
    expect(ticked.script).toContain('I can try a second device while we talk.');
    expect(ticked.sections[0]!.items.filter((i) => i.confirm).map((i) => i.done)).toEqual([true, true, false]);
    // The report's own kit is untouched: the ticks live with the call page.
    expect(a.checks.last?.ispCall?.script).not.toContain('I tested with a network cable as well.');
  });

  it('claims nothing about a check other than the last one', async () => {
    const a = await app(ispLossReport);
    await a.checks.run({ quick: true, lang: 'en', background: false });
    expect(kitOf(await a.call({ check: '2026-11-22T19:30:00.000Z', confirmations: { cable: true } }))).toBeNull();
  });

  it('writes the kit in the UI’s language', async () => {
    const a = await app(ispLossReport, 'sv');
    await a.checks.run({ quick: true, lang: 'sv', background: false });
    expect(kitOf(await a.call({ confirmations: { secondDevice: true } }))!.script).toContain('Nej, en andra enhet visar samma sak.');
  });

  it.each([
    [{ confirmations: { restartAt: '25:00' } }, 'confirmations.restartAt'],
    [{ confirmations: { cable: 'yes' } }, 'confirmations.cable'],
    [{ confirmations: { wifi: true } }, 'confirmations'],
    [{ confirmations: undefined }, 'confirmations'],
    [{ check: 'yesterday', confirmations: {} }, 'check'],
  ])('refuses a malformed request and names the field (%j)', async (request, field) => {
    const a = await app(ispLossReport);
    const r = await a.call(request);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('bad-request');
      expect(r.error.message).toContain(field);
    }
  });

  it('refuses a restart after the check, in the UI’s language', async () => {
    const a = await app(ispLossReport, 'de');
    await a.checks.run({ quick: true, lang: 'de', background: false });
    const r = await a.call({ confirmations: { restartAt: '23:59' } });
    expect(r).toMatchObject({ ok: false, error: { code: 'failed' } });
    if (!r.ok) expect(r.error.message).toMatch(/^Der Neustart um 23:59 Uhr war nach der Prüfung um \d\d:\d\d Uhr/);
  });
});
