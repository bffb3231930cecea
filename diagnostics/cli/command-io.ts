/**
 * What every CLI command writes to and returns: shared by main.ts and the commands it routes to,
 * so no command needs to import main.ts (which imports them all).
 */

/** Where a command's output goes: the process's streams in the CLI, buffers in tests. */
export interface CommandIo {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  /** A live status line (the monitor's), redrawn in place on a terminal; absent for a pipe or a test. */
  readonly status?: (line: string) => void;
  /** Stops a long-running command early (Ctrl+C); the CLI wires SIGINT to it. */
  readonly stopSignal?: AbortSignal;
}

/** Exit codes of the contract. */
export const EXIT = { ok: 0, problem: 1, usage: 2 } as const;
