import type { ThroughputMeasurement, ThroughputProvider } from '../provider.js';
import { ooklaMeasurement, parseOoklaResult } from './parse-ookla.js';

/**
 * Ookla as IT or the user enabled it. `licenceAccepted` records that Ookla's licence and privacy
 * terms were accepted (by policy or by the user): without it the CLI is never started.
 */
export interface OoklaOptions {
  readonly enabled: boolean;
  readonly licenceAccepted: boolean;
  /** An IT-deployed Ookla CLI; without it speedtest-net fetches its own pinned, checksummed copy. */
  readonly cliPath?: string;
}

/** Runs the Ookla CLI and hands back its result object (injected in tests; default: speedtest-net). */
export type OoklaRunner = (o: { readonly binary?: string; readonly signal: AbortSignal }) => Promise<unknown>;

/**
 * speedtest-net: starts the Ookla CLI (spawn with an argument array, no shell) with
 * `--format json --accept-license --accept-gdpr` and reads its JSON lines. Loaded only when
 * used, so a check without Ookla never pulls in its dependencies.
 */
export const speedtestNetRunner: OoklaRunner = async ({ binary, signal }) => {
  const { default: speedTest } = await import('speedtest-net');
  const cancel = speedTest.makeCancel();
  const onAbort = (): void => void cancel();
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    return await speedTest({ acceptLicense: true, acceptGdpr: true, cancel, ...(binary ? { binary } : {}) });
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
};

/** Ookla's speedtest as a provider; a refusal or a failure is an error in the measurement. */
export function ooklaProvider(o: OoklaOptions, runner: OoklaRunner = speedtestNetRunner): ThroughputProvider {
  return {
    id: 'ookla',
    async measure(signal) {
      const began = performance.now();
      const failed = (why: string): ThroughputMeasurement => ({
        provider: 'ookla',
        server: '',
        streams: 0,
        durationMs: Math.round(performance.now() - began),
        errors: [why],
      });
      if (!o.licenceAccepted) return failed('Ookla is enabled, but acceptance of its licence has not been recorded (throughput.ookla.licenceAccepted)');
      let raw: unknown;
      try {
        raw = await runner({ ...(o.cliPath ? { binary: o.cliPath } : {}), signal });
      } catch (e) {
        return failed(`the Ookla speedtest failed: ${e instanceof Error ? e.message : String(e)}`);
      }
      try {
        return ooklaMeasurement(parseOoklaResult(raw), Math.round(performance.now() - began));
      } catch (e) {
        return failed(e instanceof Error ? e.message : String(e));
      }
    },
  };
}
