/**
 * Resolves after `ms`, or at once when `signal` aborts (or `ms` is not positive). Never rejects:
 * an aborted wait is simply over, so loops check the signal themselves. Shared by the throughput
 * test and the monitor.
 */
export function waitFor(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted || ms <= 0) return resolve();
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
