import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { channelCrowding, neighboursPerChannel } from '../../../../diagnostics/platform/wifi/channel-load.js';
import type { WifiNeighbour } from '../../../../diagnostics/platform/wifi/types.js';

const ap = (n: Partial<WifiNeighbour>): WifiNeighbour => ({
  ssid: 'x', bssid: null, signalDbm: -60, signalPercent: null, channel: 6, band: '2.4GHz', security: null, ...n,
});

describe('channel crowding', () => {
  it('counts 2.4 GHz neighbours within ±4 channels as overlapping, not those 5 away', () => {
    const around = [ap({ channel: 1 }), ap({ channel: 2 }), ap({ channel: 6 }), ap({ channel: 10 }), ap({ channel: 11 })];
    expect(channelCrowding({ channel: 6, band: '2.4GHz', bssid: null, ssid: null }, around)).toEqual({
      band: '2.4GHz', channel: 6, sameChannel: 1, overlapping: 2, score: 3, level: 'moderate',
    });
  });

  it('counts only the same channel on 5 GHz and keeps bands apart', () => {
    const around = [ap({ channel: 36, band: '5GHz' }), ap({ channel: 40, band: '5GHz' }), ap({ channel: 36, band: '6GHz' })];
    expect(channelCrowding({ channel: 36, band: '5GHz', bssid: null, ssid: null }, around)).toMatchObject({ sameChannel: 1, overlapping: 0, score: 1 });
  });

  it('leaves out the connected access point, by BSSID or else by SSID and channel', () => {
    const own = ap({ ssid: 'home', bssid: '02:00:5e:10:00:01' });
    expect(channelCrowding({ channel: 6, band: '2.4GHz', bssid: '02:00:5e:10:00:01', ssid: 'home' }, [own])?.sameChannel).toBe(0);
    expect(channelCrowding({ channel: 6, band: '2.4GHz', bssid: null, ssid: 'home' }, [own, own])?.sameChannel).toBe(1);
  });

  it('weighs loud neighbours more and calls many of them high', () => {
    const loud = Array.from({ length: 5 }, () => ap({ signalDbm: -50 }));
    const faint = Array.from({ length: 5 }, () => ap({ signalDbm: -88 }));
    expect(channelCrowding({ channel: 6, band: '2.4GHz', bssid: null, ssid: null }, loud)).toMatchObject({ score: 5, level: 'high' });
    expect(channelCrowding({ channel: 6, band: '2.4GHz', bssid: null, ssid: null }, faint)).toMatchObject({ score: 1.25, level: 'low' });
  });

  it('has nothing to say without a channel', () => {
    expect(channelCrowding({ channel: null, band: null, bssid: null, ssid: null }, [ap({})])).toBeNull();
  });

  it('counts per channel, 2.4 GHz first, and infers a missing band from the channel', () => {
    expect(neighboursPerChannel([ap({ channel: 44, band: '5GHz' }), ap({ channel: 6, band: null }), ap({ channel: 1 }), ap({ channel: null })])).toEqual([
      { band: '2.4GHz', channel: 1, count: 1 },
      { band: '2.4GHz', channel: 6, count: 1 },
      { band: '5GHz', channel: 44, count: 1 },
    ]);
  });

  it('never counts more interferers than neighbours, and the score grows with them', () => {
    const neighbour = fc.record({
      ssid: fc.option(fc.string()),
      bssid: fc.constant(null),
      signalDbm: fc.option(fc.integer({ min: -100, max: -20 })),
      signalPercent: fc.constant(null),
      channel: fc.option(fc.integer({ min: 1, max: 165 })),
      band: fc.constantFrom('2.4GHz' as const, '5GHz' as const, '6GHz' as const, null),
      security: fc.constant(null),
    });
    fc.assert(
      fc.property(fc.array(neighbour), fc.integer({ min: 1, max: 13 }), (list, channel) => {
        const c = channelCrowding({ channel, band: '2.4GHz', bssid: null, ssid: null }, list)!;
        expect(c.sameChannel + c.overlapping).toBeLessThanOrEqual(list.length);
        expect(c.score).toBeLessThanOrEqual(c.sameChannel + c.overlapping);
        const total = neighboursPerChannel(list).reduce((s, x) => s + x.count, 0);
        expect(total).toBe(list.filter((n) => n.channel !== null).length);
      }),
      { numRuns: 300 },
    );
  });
});
