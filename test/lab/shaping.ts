import { inNs } from './lab-exec.js';
import type { Lab } from './lab-types.js';

// A slow access line, made with tbf (the lab's tc has no netem): each direction is shaped on the
// egress of the namespace it leaves, as a DSL or cable line is: the download on the provider's
// `cpe` towards the home, the upload on the router's `wan` (the modem's upload queue at home).
// `queueMs` is how long a packet may wait in tbf's queue: small for a well-managed line, large
// for a bufferbloated one.

/** A shaped line: rates in Mbit/s each way and the longest queue wait in ms. */
export interface LineShape {
  readonly downMbit: number;
  readonly upMbit: number;
  readonly queueMs: number;
}

/** The devices a line's two directions leave through. */
export function shapedDevices(lab: Lab): readonly { readonly ns: string; readonly dev: string; readonly dir: 'down' | 'up' }[] {
  return [
    { ns: lab.ns.isp, dev: 'cpe', dir: 'down' },
    { ns: lab.ns.router, dev: 'wan', dir: 'up' },
  ];
}

/** tbf's arguments for one direction: a bucket of 4 ms of traffic (at least 16 KiB), so bursts stay short. */
export function tbfArgs(dev: string, mbit: number, queueMs: number): string[] {
  if (!(mbit > 0) || !(queueMs > 0)) throw new Error(`a shaped line needs a positive rate and queue, got ${mbit} Mbit/s, ${queueMs} ms`);
  const burst = Math.max(16 * 1024, Math.ceil(((mbit * 1e6) / 8) * 0.004));
  return ['qdisc', 'replace', 'dev', dev, 'root', 'tbf', 'rate', `${mbit}mbit`, 'burst', String(burst), 'latency', `${queueMs}ms`];
}

/** Removes any root qdisc the lab added (the default returns); missing ones are fine. */
export async function unshapeLine(lab: Lab): Promise<void> {
  for (const { ns, dev } of shapedDevices(lab)) await inNs(ns, 'tc', ['qdisc', 'del', 'dev', dev, 'root'], { allowFail: true });
}

/** Shapes the access line both ways; returns the undo. */
export async function shapeLine(lab: Lab, shape: LineShape): Promise<() => Promise<void>> {
  for (const { ns, dev, dir } of shapedDevices(lab)) {
    await inNs(ns, 'tc', tbfArgs(dev, dir === 'down' ? shape.downMbit : shape.upMbit, shape.queueMs));
  }
  return () => unshapeLine(lab);
}

/** Lines naming a tbf left on the line's devices; empty when the line is unshaped. */
export async function shapingLeft(lab: Lab): Promise<string[]> {
  const left: string[] = [];
  for (const { ns, dev } of shapedDevices(lab)) {
    const r = await inNs(ns, 'tc', ['qdisc', 'show', 'dev', dev], { allowFail: true });
    if (/\btbf\b/.test(r.stdout)) left.push(`${dev} is still shaped: ${r.stdout.trim()}`);
  }
  return left;
}
