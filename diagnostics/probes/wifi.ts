import type { Probe } from '../engine/probe.js';
import { channelCrowding, type ChannelCrowding } from '../platform/wifi/channel-load.js';
import { readWifi } from '../platform/wifi/read-wifi.js';
import type { WifiFacts, WifiNeighbour } from '../platform/wifi/types.js';

export interface WifiData {
  readonly facts: WifiFacts;
  readonly neighbours: readonly WifiNeighbour[];
  readonly crowding: ChannelCrowding | null;
}

/** The radio link as a technician reads it: signal, noise, channel, band, rate, neighbours. */
export const wifiProbe: Probe<WifiData> = {
  id: 'wifi',
  dependsOn: [],
  timeoutMs: 12_000,
  async run(ctx) {
    const { facts, neighbours } = await readWifi({ os: ctx.os, run: ctx.run, signal: ctx.signal });
    const crowding = facts.state === 'connected' ? channelCrowding(facts, neighbours) : null;
    const status = facts.state === 'connected' ? 'ok' : facts.state === 'unknown' || facts.state === 'no-adapter' ? 'skipped' : 'warn';
    return { status, data: { facts, neighbours, crowding } };
  },
};
