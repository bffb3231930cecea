import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ooklaProvider } from '../../../../diagnostics/net/throughput/ookla/ookla-provider.js';
import { runCommand } from '../../../../diagnostics/platform/command.js';

// The IT-deployed CLI path is run for real, through the engine's command runner, against a
// stand-in for the Ookla CLI that prints recorded output: nothing here contacts Ookla.

const fixtures = join(import.meta.dirname, 'fixtures');
const never = new AbortController().signal;

function fakeCli(fixture: string): { path: string; argv: () => string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'homeline-fake-ookla-'));
  const path = join(dir, 'speedtest');
  const argvFile = join(dir, 'argv.json');
  writeFileSync(
    path,
    [
      `#!${process.execPath}`,
      "const fs = require('node:fs');",
      `fs.writeFileSync(${JSON.stringify(argvFile)}, JSON.stringify(process.argv.slice(2)));`,
      `process.stdout.write(fs.readFileSync(${JSON.stringify(join(fixtures, fixture))}, 'utf8'));`,
    ].join('\n'),
  );
  chmodSync(path, 0o755);
  return { path, argv: () => JSON.parse(readFileSync(argvFile, 'utf8')) as string[] };
}

describe('ooklaProvider', () => {
  it('runs the IT-deployed CLI, accepting the terms on its command line, and reads its JSON', async () => {
    const cli = fakeCli('ookla-cli-1.2-progress.jsonl');
    const m = await ooklaProvider({ enabled: true, licenceAccepted: true, cliPath: cli.path }, { run: runCommand }).measure(never);
    expect(m.errors).toEqual([]);
    expect(m.provider).toBe('ookla');
    expect(m.download?.mbps).toBe(48.4);
    expect(m.upload?.mbps).toBe(9.6);
    expect(m.server).toContain('speedtest.example-isp.de');
    expect(cli.argv()).toEqual(expect.arrayContaining(['--format=json', '--accept-license', '--accept-gdpr']));
  });

  it('reports what a refusing CLI printed', async () => {
    const cli = fakeCli('ookla-cli-licence-refused.txt');
    const m = await ooklaProvider({ enabled: true, licenceAccepted: true, cliPath: cli.path }, { run: runCommand }).measure(never);
    expect(m.download).toBeUndefined();
    expect(m.errors.join()).toMatch(/printed no result/);
  });

  it('names a CLI path that does not exist', async () => {
    const m = await ooklaProvider({ enabled: true, licenceAccepted: true, cliPath: '/nonexistent/speedtest' }, { run: runCommand }).measure(never);
    expect(m.errors.join()).toMatch(/\/nonexistent\/speedtest could not start/);
  });

  it('never starts anything without recorded licence acceptance', async () => {
    let started = false;
    const m = await ooklaProvider(
      { enabled: true, licenceAccepted: false },
      {
        run: async () => {
          started = true;
          throw new Error('must not run');
        },
        fetching: async () => {
          started = true;
          return {};
        },
      },
    ).measure(never);
    expect(started).toBe(false);
    expect(m.errors.join()).toMatch(/licence/);
  });

  it('without a CLI path uses the fetching runner (speedtest-net) and reads its object', async () => {
    const recorded = JSON.parse(readFileSync(join(fixtures, 'ookla-cli-1.2-result.json'), 'utf8')) as Record<string, unknown>;
    const m = await ooklaProvider({ enabled: true, licenceAccepted: true }, { run: runCommand, fetching: async () => recorded }).measure(never);
    expect(m.download?.mbps).toBe(249.5);
  });

  it('reports a failing fetching runner as an error, not a throw', async () => {
    const m = await ooklaProvider(
      { enabled: true, licenceAccepted: true },
      {
        run: runCommand,
        fetching: async () => {
          throw new Error('Cannot open socket');
        },
      },
    ).measure(never);
    expect(m.errors).toEqual(['the Ookla speedtest failed: Cannot open socket']);
  });
});
