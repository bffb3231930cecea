import { describe, expect, it } from 'vitest';
import { parsePingOutput } from '../../../../diagnostics/net/ping/parse.js';
import { fixture } from './ping-fixtures.js';

describe('parsePingOutput', () => {
  it('reads Linux and macOS stdout together with stderr', () => {
    const p = parsePingOutput('linux', { stdout: fixture('linux-frag-needed.txt'), stderr: fixture('linux-frag-needed.stderr.txt') });
    expect(p.fragNeeded.map((f) => f.from)).toEqual(['192.0.2.1', 'local', 'local']);
    expect(parsePingOutput('darwin', { stdout: '', stderr: fixture('macos-unknown-host.stderr.txt') }).unknownHost).toBe(true);
  });
  it('reads Windows output with the structure parser, wherever ping.exe wrote it', () => {
    expect(parsePingOutput('win32', { stdout: fixture('windows-sv-loss.txt'), stderr: '' })).toMatchObject({ transmitted: 4, received: 3 });
    expect(parsePingOutput('win32', { stdout: '', stderr: fixture('windows-de-unknown-host.txt') }).unknownHost).toBe(true);
  });
});
