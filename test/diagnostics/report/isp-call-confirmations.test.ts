import { describe, expect, it } from 'vitest';
import { checkAgainst, parseDoneList } from '../../../diagnostics/report/isp-call-confirmations.js';

describe('confirmations for the call kit', () => {
  it('reads what the user did', () => {
    expect(parseDoneList('restart=19:40,cable,second-device')).toEqual({ ok: true, value: { restartAt: '19:40', cable: true, secondDevice: true } });
    expect(parseDoneList(' Restart = 7.05 , CABLE ')).toEqual({ ok: true, value: { restartAt: '07:05', cable: true } });
    expect(parseDoneList('none')).toEqual({ ok: true, value: {} });
  });

  it.each([
    ['', 'empty'],
    ['cable,', 'empty'],
    ['restart', 'restartTime'],
    ['restart=', 'restartTime'],
    ['restart=24:00', 'badTime'],
    ['restart=7pm', 'badTime'],
    ['cable=yes', 'unknownItem'],
    ['router', 'unknownItem'],
    ['none,cable', 'unknownItem'],
    ['cable,Cable', 'repeated'],
  ] as const)('refuses "%s" (%s)', (raw, key) => {
    const r = parseDoneList(raw);
    expect(r.ok ? null : r.error.key).toBe(key);
  });

  it('accepts a restart before the check and refuses one after it, in the check’s time zone', () => {
    const checkedAt = new Date('2026-11-23T19:42:00Z');
    expect(checkAgainst({ restartAt: '19:42' }, checkedAt, 'UTC').ok).toBe(true);
    expect(checkAgainst({ restartAt: '19:43' }, checkedAt, 'UTC')).toEqual({
      ok: false,
      error: { key: 'restartAfterCheck', vars: { restart: '19:43', check: '19:42' } },
    });
    // 19:42 UTC is 20:42 in Berlin.
    expect(checkAgainst({ restartAt: '20:30' }, checkedAt, 'Europe/Berlin').ok).toBe(true);
    expect(checkAgainst({ cable: true }, checkedAt, 'UTC').ok).toBe(true);
  });
});
