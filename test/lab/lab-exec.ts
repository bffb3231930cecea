import { spawn } from 'node:child_process';

// The lab's own command runner. It is test tooling, not the engine's CommandRunner: setting up
// namespaces must fail loudly (throw) when a step fails, where the engine treats failures as data.
// Every command is an argument array given to spawn without a shell.

/** What a lab command printed and how it ended. */
export interface ToolResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number | null;
}

/** Options for one lab command. */
export interface ToolOptions {
  /** Text written to the command's stdin (nft -f - reads its ruleset this way). */
  readonly input?: string;
  /** Kill the command after this long (default 20 s). */
  readonly timeoutMs?: number;
  /** Return a non-zero exit as data instead of throwing (for probes such as `nft list`). */
  readonly allowFail?: boolean;
}

/** A lab command that exited non-zero, with its command line and stderr so the cause is visible. */
export class LabCommandError extends Error {
  constructor(
    readonly argv: readonly string[],
    readonly result: ToolResult,
  ) {
    super(`lab command failed (exit ${String(result.code)}): ${argv.join(' ')}\n${result.stderr.trim()}`);
    this.name = 'LabCommandError';
  }
}

/** Runs one command with an argument array; throws LabCommandError on a non-zero exit. */
export function tool(cmd: string, args: readonly string[], opts: ToolOptions = {}): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    // allow-spawn: lab set-up must throw on failure (runCommand returns data); bounded by the kill timer below, output is lab tool text
    const child = spawn(cmd, [...args], {
      shell: false,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 20_000);
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new Error(`cannot run ${cmd}: ${e.message}`));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const result = { stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), code };
      if (code !== 0 && opts.allowFail !== true) reject(new LabCommandError([cmd, ...args], result));
      else resolve(result);
    });
    // A daemon that keeps no stdin open closes the pipe early; that EPIPE is not an error here.
    child.stdin.on('error', () => undefined);
    child.stdin.end(opts.input ?? '');
  });
}

/** Runs a command inside a network namespace (`ip netns exec NS cmd args…`). */
export function inNs(ns: string, cmd: string, args: readonly string[], opts: ToolOptions = {}): Promise<ToolResult> {
  return tool('ip', ['netns', 'exec', ns, cmd, ...args], opts);
}

/** Loads an nftables ruleset (text) into a namespace through stdin. */
export async function nftLoad(ns: string, ruleset: string): Promise<void> {
  await inNs(ns, 'nft', ['-f', '-'], { input: ruleset });
}

/** Kernel settings every lab namespace gets: ICMP errors unthrottled, because the engine finds hops with TTL-limited pings. */
export const NS_SYSCTLS: readonly string[] = ['net.ipv4.icmp_ratelimit=0', 'net.ipv4.icmp_msgs_per_sec=100000', 'net.ipv4.icmp_msgs_burst=10000'];

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Runs `ip -n NS args…`: an iproute2 command aimed at one namespace. */
export function ipIn(ns: string, args: readonly string[]): Promise<ToolResult> {
  return tool('ip', ['-n', ns, ...args]);
}
