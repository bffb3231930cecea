import type { Probe } from '../engine/probe.js';
import { inconclusiveReasons, watchedRunner } from '../engine/watched-runner.js';
import { channelCrowding, type ChannelCrowding } from '../platform/wifi/channel-load.js';
import { readWifi } from '../platform/wifi/read-wifi.js';
import type { WifiFacts, WifiNeighbour } from '../platform/wifi/types.js';
import { adaptersProbe, type AdaptersData } from './adapters.js';

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
    // An unknown state because the tools failed is "could not check", naming them, not a skip:
    // unless the kernel's own adapter list shows that no radio carries this connection (a wired
    // desktop without iw or nmcli installed), where the Wi-Fi tools were not needed. Waited for
    // only here, so a working Wi-Fi reading never waits for the adapters.
    const failed = facts.state === 'unknown' ? inconclusiveReasons(watched.outputs) : [];
    if (failed.length > 0) {
      const adapters = (await ctx.results.whenFinished(adaptersProbe, ctx.signal))?.data;
      if (!noRadioUp(adapters)) return { status: 'error', data, error: failed.join('; ') };
      const notes = [...facts.notes, 'No wireless adapter is up (the system’s own adapter list), so the Wi-Fi tools were not needed.'];
      return { status: 'skipped', data: { ...data, facts: { ...facts, notes } }, error: 'no wireless adapter is up' };
    }
    const status = facts.state === 'connected' ? 'ok' : facts.state === 'unknown' || facts.state === 'no-adapter' ? 'skipped' : 'warn';
    return { status, data };
  },
};

/**
 * True when the adapters were read and every adapter that is up is a cable or virtual (by the
 * kernel's or the OS's word, not a name). A tunnel over Wi-Fi leaves the radio up too, so it counts.
 */
export function noRadioUp(adapters: Partial<AdaptersData> | null | undefined): boolean {
  if (adapters?.adapters === undefined || adapters.state === undefined || adapters.state === 'unknown') return false;
  const up = adapters.adapters.filter((a) => a.up && a.kind !== 'loopback');
  return up.length > 0 && up.every((a) => a.kind === 'wired' || a.kind === 'virtual');
}
