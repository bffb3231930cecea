import { MAX_TARGETS_PER_KIND } from '../schema/profile.js';

/**
 * How many targets of one kind a probe measures at once when each costs a process (ping): started
 * all together, a list of targets would start that many processes (on Windows 25 per target),
 * load a weak machine and its home router, and skew the very loss and latency being measured.
 * 16 keeps the usual handful of targets fully parallel; longer lists wait their turn.
 */
export const MAX_PARALLEL_TARGETS = 16;

/**
 * How many TCP connects a probe has open at once. A socket costs no process, and the probes'
 * timeouts assume their targets connect together, so every target a valid profile may list
 * (MAX_TARGETS_PER_KIND) connects at once, and never more, whatever a caller passes.
 */
export const MAX_PARALLEL_CONNECTS = MAX_TARGETS_PER_KIND;

/**
 * Maps `items` through `fn` with at most `limit` calls in flight, keeping the input order in the
 * result. Like Promise.all, it rejects with the first rejection (after which no new call starts);
 * the probes' measuring functions resolve failures as data, so in practice it resolves. Shared by
 * every probe that measures a list of targets (ping, TCP connects), and by any probe that needs
 * the same bound later.
 */
export async function mapPool<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  if (!(Number.isInteger(limit) && limit >= 1)) throw new RangeError(`pool limit must be a whole number of at least 1, not ${limit}`);
  const results = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (next < items.length && !failed) {
      const i = next++;
      try {
        results[i] = await fn(items[i]!, i);
      } catch (e) {
        failed = true;
        throw e;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
