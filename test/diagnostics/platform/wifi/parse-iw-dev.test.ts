import { describe, expect, it } from 'vitest';
import { parseIwDev } from '../../../../diagnostics/platform/wifi/parse-iw-dev.js';
import { fixture } from './read-fixture.js';

describe('iw dev', () => {
  it('lists the managed interface of iw dev with channel and width, skipping the P2P device', () => {
    expect(parseIwDev(fixture('linux-iw-dev.txt'))).toEqual([
      { name: 'wlp0s20f3', type: 'managed', ssid: 'Lindqvist-Home', channel: 36, band: '5GHz', channelWidthMhz: 80 },
    ]);
    expect(parseIwDev('')).toEqual([]);
  });
});
