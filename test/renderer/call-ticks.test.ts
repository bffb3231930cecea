import { beforeEach, describe, expect, it } from 'vitest';
import { ispConfirmationsSchema } from '../../diagnostics/report/isp-call-confirmations.js';
import { confirmationsOf, NO_TICKS, ticksFor, useCallTicks } from '../../renderer/src/state/call-ticks.js';

const initial = useCallTicks.getState();

describe('the call page’s ticks', () => {
  beforeEach(() => useCallTicks.setState(initial, true));

  it('confirm a restart only with its time, and only what is ticked', () => {
    expect(confirmationsOf(NO_TICKS)).toEqual({});
    expect(confirmationsOf({ ...NO_TICKS, restart: true })).toEqual({});
    expect(confirmationsOf({ ...NO_TICKS, restartAt: '19:40' })).toEqual({});
    expect(confirmationsOf({ restart: true, restartAt: '19:40', cable: true, secondDevice: false })).toEqual({ restartAt: '19:40', cable: true });
    // What the page sends always passes the contract's schema.
    expect(ispConfirmationsSchema.safeParse(confirmationsOf({ restart: true, restartAt: '07:05', cable: true, secondDevice: true })).success).toBe(true);
  });

  it('belong to the check they were made for', () => {
    useCallTicks.getState().set('2026-11-23T19:30:00.000Z', { ...NO_TICKS, cable: true });
    const s = useCallTicks.getState();
    expect(ticksFor(s, '2026-11-23T19:30:00.000Z').cable).toBe(true);
    expect(ticksFor(s, '2026-11-24T08:00:00.000Z')).toEqual(NO_TICKS);
  });
});
