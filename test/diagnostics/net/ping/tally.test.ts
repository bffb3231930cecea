import { describe, expect, it } from 'vitest';
import { addRun, newTally, summarise } from '../../../../diagnostics/net/ping/tally.js';
import type { CommandSpec } from '../../../../diagnostics/platform/command.js';
import { output } from './fake-ping.js';
import { fixture } from './ping-fixtures.js';

const spec: CommandSpec = { cmd: 'ping', args: [] };

describe('tally', () => {
  it('takes the echoes sent from ping\u2019s statistics when it printed them', () => {
    const t = newTally();
    addRun(t, output(spec, fixture('linux-loss.txt')), 'linux', '203.0.113.10');
    addRun(t, output(spec, fixture('linux-ttl-exceeded.txt')), 'linux', '203.0.113.10');
    expect(summarise('203.0.113.10', t)).toMatchObject({ sent: 33, received: 26, lossPct: 21.2, ttlExceededFrom: ['192.0.2.1'], errors: [] });
  });

  it('takes a killed run\u2019s highest sequence number as a floor (iputils from 1, macOS from 0)', () => {
    const t = newTally();
    const cut = { timedOut: true, exitCode: null, signal: 'SIGKILL' };
    addRun(t, output(spec, fixture('linux-killed.txt'), cut), 'linux', '127.0.0.1');
    expect([t.sent, t.received]).toEqual([6, 6]);
    const mac = fixture('macos-loss.txt').split('\n').slice(0, 6).join('\n'); // replies 0, 2, 4 seen
    addRun(t, output(spec, mac, cut), 'darwin', '203.0.113.10');
    expect([t.sent, t.received]).toEqual([11, 9]);
    const win = fixture('windows-en-host-unreachable.txt').split('\r\n').slice(0, 4).join('\r\n'); // 2 unreachable
    addRun(t, output(spec, win, cut), 'win32', '192.0.2.99');
    expect([t.sent, t.received]).toEqual([13, 9]);
    expect(summarise('x', t).errors).toEqual(['ping was stopped before it finished (timeout or abort); counted the echoes seen so far']);
  });

  it('does not count Windows\u2019 "received" unreachable answers as replies', () => {
    const t = newTally();
    addRun(t, output(spec, fixture('windows-sv-host-unreachable.txt')), 'win32', '192.0.2.99');
    expect(summarise('192.0.2.99', t)).toMatchObject({ sent: 2, received: 0, lossPct: 100, unreachableFrom: ['192.0.2.23'] });
  });

  it('records a process that could not start and adds no echoes', () => {
    const t = newTally();
    addRun(t, output(spec, '', { spawnError: 'spawn ping EACCES' }), 'linux', 'x');
    expect(summarise('x', t)).toMatchObject({ sent: 0, received: 0, rttMs: null, jitterMs: null, errors: ['ping could not start: spawn ping EACCES'] });
  });
});
