import type { CommandRunner } from '../../../platform/command.js';
import type { ThroughputMeasurement, ThroughputProvider } from '../provider.js';
import { ooklaCommand } from './ookla-command.js';
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

/** Runs Ookla without an IT-deployed CLI and hands back its result object (injected in tests). */
export type OoklaFetchingRunner = (signal: AbortSignal) => Promise<unknown>;

/**
 * speedtest-net: downloads Ookla's CLI (pinned version, SHA-256 checked) into its own folder,
 * starts it with `-f json --accept-license --accept-gdpr` and reads its JSON lines. Loaded only
 * when used, so a check without Ookla never pulls in its dependencies.
 */
export const speedtestNetRunner: OoklaFetchingRunner = async (signal) => {
  let speedTest: typeof import('speedtest-net').default;
  try {
    speedTest = (await import('speedtest-net')).default;
  } catch (e) {
    throw new Error(`speedtest-net cannot be loaded here (${e instanceof Error ? e.message.split('\n')[0] : String(e)}); set throughput.ookla.cliPath to an installed Ookla CLI`);
  }
  const cancel = speedTest.makeCancel();
  const onAbort = (): void => void cancel();
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    return await speedTest({ acceptLicense: true, acceptGdpr: true, cancel });
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
};

/** What the Ookla provider runs with: the command runner (for an IT-deployed CLI) and the fetching fallback. */
export interface OoklaDeps {
  readonly run: CommandRunner;
  readonly fetching?: OoklaFetchingRunner;
}

/**
 * Ookla's speedtest as a provider. An IT-deployed CLI (`cliPath`) runs through the engine's
 * command runner like every other program; without one, speedtest-net fetches and runs its own.
 * A refusal or a failure is an error in the measurement, never a throw.
 */
export function ooklaProvider(o: OoklaOptions, deps: OoklaDeps): ThroughputProvider {
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
      if (o.cliPath !== undefined) {
        const out = await deps.run(ooklaCommand(o.cliPath), signal);
        if (out.spawnError !== undefined) return failed(`the Ookla CLI ${o.cliPath} could not start: ${out.spawnError}`);
        if (out.timedOut) return failed(`the Ookla CLI ${o.cliPath} did not finish in time`);
        raw = `${out.stdout}\n${out.stderr}`;
      } else {
        try {
          raw = await (deps.fetching ?? speedtestNetRunner)(signal);
        } catch (e) {
          return failed(`the Ookla speedtest failed: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
      try {
        return ooklaMeasurement(parseOoklaResult(raw), Math.round(performance.now() - began));
      } catch (e) {
        return failed(e instanceof Error ? e.message : String(e));
      }
    },
  };
}
