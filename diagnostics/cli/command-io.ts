/**
 * What every CLI command writes to and returns: shared by main.ts and the commands it routes to,
 * so no command needs to import main.ts (which imports them all).
 */

/** Where a command's output goes: the process's streams in the CLI, buffers in tests. */
export interface CommandIo {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
}

/** Exit codes of the contract. */
export const EXIT = { ok: 0, problem: 1, usage: 2 } as const;
