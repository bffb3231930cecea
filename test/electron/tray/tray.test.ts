import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { healthy, ping, withTargets } from '../../diagnostics/verdict/evidence-builder.js';
import { translator } from '../../../diagnostics/i18n/translator.js';
import { isWorse, levelOf } from '../../../electron/tray/tray-level.js';
import { trayIconPng } from '../../../electron/tray/tray-icons.js';
import { trayMenu } from '../../../electron/tray/tray-menu.js';
import { INITIAL_TRAY, nextTray, trayIconName } from '../../../electron/tray/tray-state.js';
import { healthyReport, ispLossReport, reportOf } from '../support/reports.js';

describe('tray level of a report', () => {
  it('is good for a healthy report and degraded for a lossy line', async () => {
    expect(levelOf(await healthyReport())).toBe('good');
    expect(levelOf(await ispLossReport())).toBe('degraded');
  });

  it('is down when nothing beyond the router answers', async () => {
    const outage = withTargets(healthy({ ispHop: { hop: '198.51.100.1', stats: ping('198.51.100.1', 100, 0) } }), [
      ping('203.0.113.10', 100, 0),
      ping('203.0.113.11', 100, 0),
    ]);
    const report = await reportOf(outage);
    expect(report.findings.map((f) => f.id)).toContain('isp.outage');
    expect(levelOf(report)).toBe('down');
  });

  it.each([
    ['unknown', 'degraded', true],
    ['unknown', 'good', false],
    ['good', 'degraded', true],
    ['degraded', 'down', true],
    ['degraded', 'degraded', false],
    ['down', 'degraded', false],
    ['down', 'good', false],
  ] as const)('%s → %s is worse: %s', (a, b, worse) => {
    expect(isWorse(a, b)).toBe(worse);
  });
});

describe('tray state machine', () => {
  it('shows checking while a check runs and the result after it', () => {
    const started = nextTray(INITIAL_TRAY, { type: 'check-started' });
    expect(trayIconName(started)).toBe('checking');
    const done = nextTray(started, { type: 'check-finished', level: 'degraded', at: '2026-11-23T10:00:00.000Z' });
    expect(done).toEqual({ level: 'degraded', checking: false, checkedAt: '2026-11-23T10:00:00.000Z' });
    expect(trayIconName(done)).toBe('degraded');
  });

  it('keeps the last level when a check fails to run (a crash says nothing about the line)', () => {
    const good = nextTray(INITIAL_TRAY, { type: 'check-finished', level: 'good', at: '2026-11-23T10:00:00.000Z' });
    const failed = nextTray(nextTray(good, { type: 'check-started' }), { type: 'check-failed' });
    expect(failed).toEqual(good);
  });
});

describe('tray menu', () => {
  const t = (lang: 'en' | 'de' | 'sv') => {
    const tr = translator(lang);
    return (key: string) => tr.t(key);
  };

  it('lists status, check, open, ISP, help desk and quit, in each language', () => {
    for (const lang of ['en', 'de', 'sv'] as const) {
      const items = trayMenu(INITIAL_TRAY, t(lang));
      expect(items.flatMap((i) => (i.kind === 'action' ? [i.action] : []))).toEqual(['check', 'open', 'isp', 'helpdesk', 'quit']);
      expect(items[0]).toEqual({ kind: 'status', label: translator(lang).t('app.level.unknown') });
    }
    expect(trayMenu(INITIAL_TRAY, t('de')).find((i) => i.kind === 'action' && i.action === 'check')).toMatchObject({ label: 'Meine Verbindung prüfen' });
  });

  it('greys out "Check my connection" while a check runs', () => {
    const items = trayMenu({ ...INITIAL_TRAY, checking: true }, t('en'));
    expect(items.find((i) => i.kind === 'action' && i.action === 'check')).toMatchObject({ enabled: false });
    expect(items[0]).toMatchObject({ label: 'Checking…' });
  });
});

/** Decodes the PNGs trayIconPng writes (8-bit RGBA, filter 0) back to pixels. */
function decode(png: Buffer): { size: number; pixel: (x: number, y: number) => number[] } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const size = png.readUInt32BE(16);
  let idat = Buffer.alloc(0);
  for (let at = 8; at < png.length; ) {
    const len = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') idat = Buffer.concat([idat, png.subarray(at + 8, at + 8 + len)]);
    at += 12 + len;
  }
  const rows = inflateSync(idat);
  return { size, pixel: (x, y) => [...rows.subarray(y * (size * 4 + 1) + 1 + x * 4, y * (size * 4 + 1) + 5 + x * 4)] };
}

describe('tray icons', () => {
  it('are valid PNGs whose states differ in shape, not only colour', () => {
    const good = decode(trayIconPng('good'));
    const checking = decode(trayIconPng('checking'));
    const down = decode(trayIconPng('down'));
    expect(good.size).toBe(32);
    expect(good.pixel(0, 0)[3]).toBe(0); // transparent corner
    expect(good.pixel(16, 6)[3]).toBe(255);
    expect(checking.pixel(16, 16)[3]).toBe(0); // hollow ring
    expect(good.pixel(16, 16)[3]).toBe(255);
    expect(down.pixel(16, 16)).toEqual([255, 255, 255, 255]); // white bar across
    expect(good.pixel(16, 6)).not.toEqual(decode(trayIconPng('degraded')).pixel(16, 6));
  });
});
