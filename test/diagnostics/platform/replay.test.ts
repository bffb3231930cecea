import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../diagnostics/cli/main.js';
import type { CommandRunner } from '../../../diagnostics/platform/command.js';
import { loadRecording, ReplayError, replayRunner } from '../../../diagnostics/platform/replay.js';

const live: CommandRunner = async (spec) => ({
  cmd: spec.cmd, args: spec.args, stdout: 'LIVE', stderr: '', exitCode: 0, signal: null, timedOut: false, truncated: false, durationMs: 1,
});

describe('replay', () => {
  it('answers recorded commands in turn and runs the others live', async () => {
    const run = replayRunner(
      [
        { cmd: 'iw', args: ['dev'], stdout: 'first', stderr: '', exitCode: 0 },
        { cmd: 'iw', args: ['dev'], stdout: 'second', stderr: 'warn', exitCode: 1 },
      ],
      live,
    );
    expect((await run({ cmd: 'iw', args: ['dev'] })).stdout).toBe('first');
    expect(await run({ cmd: 'iw', args: ['dev'] })).toMatchObject({ stdout: 'second', stderr: 'warn', exitCode: 1 });
    expect((await run({ cmd: 'iw', args: ['dev'] })).stdout).toBe('second');
    expect((await run({ cmd: 'iw', args: ['dev', 'wlan0', 'link'] })).stdout).toBe('LIVE');
  });

  it('reads a report\u2019s raw outputs as a recording, and names a bad file', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'hl-replay-'));
    const report = path.join(dir, 'report.json');
    await writeFile(report, JSON.stringify({ schemaVersion: 1, raw: [{ probe: 'wifi', cmd: 'iw', args: ['dev'], exitCode: 0, stdout: 'x', stderr: '' }] }));
    expect(await loadRecording(report)).toEqual([{ cmd: 'iw', args: ['dev'], exitCode: 0, stdout: 'x', stderr: '' }]);
    const bad = path.join(dir, 'bad.json');
    await writeFile(bad, '{"hello": 1}');
    await expect(loadRecording(bad)).rejects.toThrow(ReplayError);
    let stderr = '';
    const code = await main(['check', '--replay', bad, '--profile', report], { stdout: () => undefined, stderr: (s) => { stderr += s; } });
    expect(code).toBe(2);
    expect(stderr).toContain('bad.json: not a Homeline report or recording');
  });
});
