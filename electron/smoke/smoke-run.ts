import type { InvokeResult } from '../ipc/contract.js';

// The CI smoke run of the real app (`electron . --smoke`, .github/workflows/ci.yml): the window
// opens and loads the built UI, one quick check runs through the IPC contract's own dispatch (the
// request and the report are validated against the contract as for the UI), one line says what
// happened, and the app quits with the run's exit code. Plain logic over ports, so Node tests it
// without the Electron binary; main.ts wires the ports to the window and the app core.

/** The argument that turns a start into a smoke run. */
export const SMOKE_FLAG = '--smoke';

/** Exit codes of a smoke run: 0 all steps passed; 1 a step failed; 2 a step did not finish in time. */
export const SMOKE_EXIT = { ok: 0, failed: 1, timedOut: 2 } as const;

/** How long the whole run may take by default: a quick check on a CI runner plus the window's start. */
export const SMOKE_TIMEOUT_MS = 180_000;

/** What the smoke run needs from the app. */
export interface SmokePorts {
  /** Resolves when the window's UI finished loading; rejects when it failed to load. */
  readonly rendererLoaded: () => Promise<void>;
  /** One call through the contract, exactly as an IPC request is dispatched. */
  readonly invoke: (channel: 'check.run', request: unknown) => Promise<InvokeResult>;
  /** Writes one line to the console (stdout of the Electron process). */
  readonly print: (line: string) => void;
  readonly timeoutMs?: number;
}

/** Whether the app was started for a smoke run. */
export function isSmokeRun(argv: readonly string[]): boolean {
  return argv.includes(SMOKE_FLAG);
}

class StepTimeout extends Error {}

/** Runs the smoke steps in order and answers the exit code; never rejects. */
export async function runSmoke(p: SmokePorts): Promise<number> {
  const timeoutMs = p.timeoutMs ?? SMOKE_TIMEOUT_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StepTimeout(`no result within ${timeoutMs} ms`)), timeoutMs);
  });
  let step = 'renderer';
  try {
    await Promise.race([p.rendererLoaded(), deadline]);
    p.print('homeline smoke: renderer loaded');
    step = 'check';
    const answer = await Promise.race([p.invoke('check.run', { quick: true }), deadline]);
    if (!answer.ok) {
      p.print(`homeline smoke: FAIL check: ${answer.error.code}: ${answer.error.message}`);
      return SMOKE_EXIT.failed;
    }
    // dispatch() has validated the report against the contract; the verdict itself is the runner's
    // network, not the app's health, so any segment passes.
    const report = (answer.value as { report: { verdict: { segment: string }; probes: readonly unknown[] } }).report;
    p.print(`homeline smoke: check done, ${report.probes.length} probes, verdict ${report.verdict.segment}`);
    p.print('homeline smoke: OK');
    return SMOKE_EXIT.ok;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    p.print(`homeline smoke: FAIL ${step}: ${message}`);
    return e instanceof StepTimeout ? SMOKE_EXIT.timedOut : SMOKE_EXIT.failed;
  } finally {
    clearTimeout(timer);
  }
}
