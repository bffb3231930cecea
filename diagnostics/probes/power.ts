import { readdir, readFile } from 'node:fs/promises';
import type { Probe } from '../engine/probe.js';
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
    const facts = await readPower({
      os: ctx.os,
      run: ctx.run,
      readFile: (p) => readFile(p, 'utf8'),
      listDir: (p) => readdir(p),
      ...(wifiInterface ? { wifiInterface } : {}),
      signal: ctx.signal,
    });
    return { status: 'ok', data: facts };
  },
};
