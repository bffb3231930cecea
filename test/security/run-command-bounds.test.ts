import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCommand } from '../../diagnostics/platform/command.js';

// The command gate lets CommandSpecs omit timeoutMs and maxOutputBytes because runCommand fills in
// its own bounds. This proves those bounds hold for a spec that gives neither: a child that never
// ends is killed at the default 10 s, and one that floods stdout is cut at the default 2 MiB.
// The clock is faked, so the 10 s cost no real time; the child is this machine's own node.

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_OUTPUT = 2 * 1024 * 1024;
const realSetTimeout = globalThis.setTimeout;
const realPause = (ms: number): Promise<void> => new Promise((resolve) => realSetTimeout(resolve, ms));

afterEach(() => {
  vi.useRealTimers();
});

describe('runCommand bounds a spec that names no bounds', () => {
  it('kills a command that never ends after the default timeout, not before', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let settled = false;
    const pending = runCommand({ cmd: process.execPath, args: ['-e', 'setInterval(() => {}, 1000)'] }).then((r) => {
      settled = true;
      return r;
    });
    vi.advanceTimersByTime(DEFAULT_TIMEOUT_MS - 1);
    await realPause(300);
    expect(settled).toBe(false);
    vi.advanceTimersByTime(1);
    const out = await pending;
    expect(out.timedOut).toBe(true);
    expect(out.signal).toBe('SIGKILL');
  });

  it('cuts stdout at the default cap and kills the writer', async () => {
    const flood = 'const b = Buffer.alloc(65536, 97); const w = () => { while (process.stdout.write(b)); process.stdout.once("drain", w); }; w();';
    const out = await runCommand({ cmd: process.execPath, args: ['-e', flood], timeoutMs: 20_000 });
    expect(out.truncated).toBe(true);
    expect(out.timedOut).toBe(false);
    expect(Buffer.byteLength(out.stdout)).toBe(DEFAULT_MAX_OUTPUT);
    expect(out.signal).toBe('SIGKILL');
  });

  it('never runs a shell: metacharacters arrive as one literal argument', async () => {
    const out = await runCommand({ cmd: process.execPath, args: ['-e', 'console.log(JSON.stringify(process.argv.slice(1)))', '$(id) ; `id` | id'], timeoutMs: 20_000 });
    expect(JSON.parse(out.stdout)).toEqual(['$(id) ; `id` | id']);
  });
});
