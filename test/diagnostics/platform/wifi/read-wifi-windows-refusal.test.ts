import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CommandOutput, CommandSpec } from '../../../../diagnostics/platform/command.js';
import { readWifiWindows } from '../../../../diagnostics/platform/wifi/read-wifi-windows.js';

// The captured Windows 11 answers (test/fixtures/real, provenance in corpus.json): a joined
// interface, then a network scan that netsh refuses for want of location permission.
const REAL = 'test/fixtures/real';
const interfaces = readFileSync(`${REAL}/netsh-interfaces/win-en.txt`, 'utf8');
const refusedScan = readFileSync(`${REAL}/netsh-networks/win11-en-location-denied.txt`, 'utf8');
const scan = readFileSync(`${REAL}/netsh-networks/win-en.txt`, 'utf8');

function runner(networks: string) {
  return async (spec: CommandSpec): Promise<CommandOutput> => ({
    cmd: spec.cmd,
    args: spec.args,
    stdout: spec.args.includes('interfaces') ? interfaces : networks,
    stderr: '',
    exitCode: 0,
    signal: null,
    timedOut: false,
    truncated: false,
    durationMs: 5,
  });
}

describe('Windows Wi-Fi reading with a refused network scan', () => {
  it('says why no neighbours were listed instead of leaving an empty list unexplained', async () => {
    const r = await readWifiWindows(runner(refusedScan));
    expect(r.facts.state).toBe('connected');
    expect(r.neighbours).toEqual([]);
    expect(r.facts.notes.some((n) => /Location services/.test(n))).toBe(true);
  });

  it('adds no note when the scan answered', async () => {
    const r = await readWifiWindows(runner(scan));
    expect(r.neighbours.length).toBeGreaterThan(0);
    expect(r.facts.notes.some((n) => /Location services/.test(n))).toBe(false);
  });
});
