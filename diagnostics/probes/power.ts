import { readdir, readFile } from 'node:fs/promises';
import type { Probe } from '../engine/probe.js';
import { allToolsFailed, watchedRunner } from '../engine/watched-runner.js';
import { readPower } from '../platform/power/read-power.js';
import type { PowerFacts } from '../platform/power/types.js';
import { wifiProbe } from './wifi.js';

/** Battery and power-saving state: both throttle Wi-Fi adapters. */
export const powerProbe: Probe<PowerFacts> = {
  id: 'power',
  dependsOn: [wifiProbe],
  timeoutMs: 6000,
  async run(ctx) {
    const wifiInterface = ctx.results.of(wifiProbe)?.data.facts?.interface ?? undefined;
    const watched = watchedRunner(ctx.run);
    const facts = await readPower({
      os: ctx.os,
      run: watched.run,
      readFile: (p) => readFile(p, 'utf8'),
      listDir: (p) => readdir(p),
      ...(wifiInterface ? { wifiInterface } : {}),
      signal: ctx.signal,
    });
    // Nothing known and every tool failed: could not check, naming them (not "ok").
    const nothing = facts.onBattery === null && facts.powerSaver === null && facts.wifiPowerSaving === null;
    const failed = nothing ? allToolsFailed(watched.outputs) : [];
    if (failed.length > 0) return { status: 'error', data: facts, error: failed.join('; ') };
    return { status: 'ok', data: facts };
  },
};
