import { CheckLoadError, loadCheck } from './load-check.js';
import { listInputs } from './list-inputs.js';
import { StatsAccumulator, type FleetStats } from './stats.js';

/**
 * Reads every check named by `args` and gathers the statistics, streaming: a few files are in
 * flight at once (`concurrency`, default 4: enough to overlap disk reads with parsing on two cores),
 * each is dropped once counted. A file that cannot be read is counted and listed with its reason;
 * it never stops the run.
 */
export async function collectStats(
  args: readonly string[],
  opts: { readonly timeZone: string; readonly concurrency?: number; readonly onFile?: () => void },
): Promise<FleetStats> {
  const acc = new StatsAccumulator(opts.timeZone);
  const inputs = listInputs(args);
  // Async generators queue concurrent next() calls, so the workers share one walk safely.
  const worker = async (): Promise<void> => {
    for (;;) {
      const next = await inputs.next();
      if (next.done) return;
      const input = next.value;
      if ('problem' in input) acc.reject(input.file, input.problem);
      else {
        try {
          acc.add(await loadCheck(input.file));
        } catch (e) {
          if (!(e instanceof CheckLoadError)) throw e;
          acc.reject(e.file, e.problem);
        }
      }
      opts.onFile?.();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, opts.concurrency ?? 4) }, worker));
  return acc.result();
}
