import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CommandOutput } from '../../../../diagnostics/platform/command.js';
import { addRun, newTally, summarise } from '../../../../diagnostics/net/ping/tally.js';

function run(stdout: string, timedOut = false): CommandOutput {
  return { cmd: 'ping', args: [], stdout, stderr: '', exitCode: 0, signal: null, timedOut, truncated: false, durationMs: 1000 };
}

describe('a ping summary whose counts cannot be read', () => {
  it('leaves the loss unknown (nothing counted as sent), keeps the round trips, and says why', () => {
    const t = newTally();
    addRun(t, run(readFileSync('test/fixtures/real/ping/win-xx-no-counts.txt', 'latin1')), 'win32', '192.0.2.1');
    const s = summarise('192.0.2.1', t);
    expect(s.sent).toBe(0);
    expect(s.received).toBe(0);
    expect(s.rttMs).toMatchObject({ min: 14, max: 15 });
    expect(s.errors).toContain('ping printed no statistics that could be read; its loss is unknown');
    // No run's loss could be read: the probes say "could not check", never 0 of 0 (total loss) or "fine".
    expect(s.couldNotMeasure).toBe('ping printed no statistics that could be read; its loss is unknown');
  });

  it('an iputils run cut off after its replies, before the statistics (#16 shim): loss unknown, could not measure', () => {
    const t = newTally();
    // Written for this test: the first half of an iputils run, as a broken ping shim prints it.
    addRun(t, run('PING 10.0.0.1 (10.0.0.1) 56(84) bytes of data.\n64 bytes from 10.0.0.1: icmp_seq=1 ttl=64 time=0.051 ms\n64 bytes from 10.0.0.1: icmp_seq=2 ttl=64 time=0.049 ms\n64 by'), 'linux', '10.0.0.1');
    const s = summarise('10.0.0.1', t);
    expect(s.sent).toBe(0);
    expect(s.couldNotMeasure).toMatch(/no statistics that could be read/);
  });

  it('one run without statistics next to one with them: the loss of the readable run counts, a measurement', () => {
    const t = newTally();
    addRun(t, run(readFileSync('test/fixtures/real/ping/win-xx-no-counts.txt', 'latin1')), 'win32', '192.0.2.1');
    addRun(t, run(readFileSync('test/fixtures/real/ping/win-fr-temps-space.txt', 'latin1')), 'win32', '192.0.2.1');
    const s = summarise('192.0.2.1', t);
    expect(s.sent).toBe(4);
    expect(s.couldNotMeasure).toBeUndefined();
  });

  it('still counts a clean French run (space before the colon, "temps=1 ms") as no loss', () => {
    const t = newTally();
    addRun(t, run(readFileSync('test/fixtures/real/ping/win-fr-temps-space.txt', 'latin1')), 'win32', '10.33.72.214');
    expect(summarise('10.33.72.214', t)).toMatchObject({ sent: 4, received: 4, lossPct: 0 });
  });

  it('a Spanish sub-millisecond reply ("tiempo<1m") is a reply, not a lost echo or a TTL answer', () => {
    const t = newTally();
    addRun(t, run(readFileSync('test/fixtures/real/ping/win-es-tiempo-1m.txt', 'latin1')), 'win32', '192.168.56.101');
    expect(summarise('192.168.56.101', t)).toMatchObject({ sent: 2, received: 2, lossPct: 0, ttlExceededFrom: [] });
  });

  it('a run cut short still counts the echoes it saw (a floor), as before', () => {
    const t = newTally();
    addRun(t, run('Reply from 192.0.2.1: bytes=32 time=14ms TTL=57\r\n', true), 'win32', '192.0.2.1');
    expect(summarise('192.0.2.1', t)).toMatchObject({ sent: 1, received: 1 });
  });
});
