import type { Probe } from '../engine/probe.js';
import { inconclusiveReasons, watchedRunner } from '../engine/watched-runner.js';
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
    const watched = watchedRunner(ctx.run);
    const { facts, neighbours } = await readWifi({ os: ctx.os, run: watched.run, signal: ctx.signal });
    const crowding = facts.state === 'connected' ? channelCrowding(facts, neighbours) : null;
    const data = { facts, neighbours, crowding };
    // An unknown state because the tools failed is "could not check", naming them, not a skip.
    const failed = facts.state === 'unknown' ? inconclusiveReasons(watched.outputs) : [];
    if (failed.length > 0) return { status: 'error', data, error: failed.join('; ') };
    const status = facts.state === 'connected' ? 'ok' : facts.state === 'unknown' || facts.state === 'no-adapter' ? 'skipped' : 'warn';
    return { status, data };
  },
};
