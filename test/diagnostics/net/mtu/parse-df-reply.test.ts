import { describe, expect, it } from 'vitest';
import { parseDfReply } from '../../../../diagnostics/net/mtu/parse-df-reply.js';
import { parseDfReplyUnix } from '../../../../diagnostics/net/mtu/parse-df-unix.js';
import { parseDfReplyWindows } from '../../../../diagnostics/net/mtu/parse-df-windows.js';
import { fixture } from './fixture.js';

describe('Linux and macOS don\'t-fragment ping output', () => {
  it.each([
    ['linux-fits.txt', { outcome: 'fits', mtuHint: null }],
    ['linux-local-too-long.txt', { outcome: 'too-big', mtuHint: 1400 }],
    ['linux-frag-needed.txt', { outcome: 'too-big', mtuHint: 1420 }],
    ['linux-no-reply.txt', { outcome: 'no-reply', mtuHint: null }],
    ['darwin-fits.txt', { outcome: 'fits', mtuHint: null }],
    ['darwin-sendto-too-long.txt', { outcome: 'too-big', mtuHint: null }],
    ['darwin-frag-needed.txt', { outcome: 'too-big', mtuHint: 1400 }],
  ])('%s', (name, expected) => {
    expect(parseDfReplyUnix(fixture(name))).toEqual(expected);
  });

  it('reads the older iputils "mtu: N" and the router-only "Frag needed (mtu = N)" forms', () => {
    expect(parseDfReplyUnix('ping: local error: message too long, mtu: 1280')).toEqual({ outcome: 'too-big', mtuHint: 1280 });
    expect(parseDfReplyUnix('From 192.0.2.1 icmp_seq=1 Frag needed and DF set (mtu = 1492)\n')).toEqual({ outcome: 'too-big', mtuHint: 1492 });
  });

  it('does not take a refusal line ("N bytes from" without ttl=) for a reply', () => {
    expect(parseDfReplyUnix('36 bytes from 192.0.2.1: frag needed and DF set (MTU 1300)')).toEqual({ outcome: 'too-big', mtuHint: 1300 });
  });

  it('ignores MTU numbers that cannot be an MTU', () => {
    expect(parseDfReplyUnix('ping: local error: message too long, mtu=7')).toEqual({ outcome: 'too-big', mtuHint: null });
  });
});

describe('Windows ping -f output in any language', () => {
  it.each([
    ['win-en-fits.txt', 'fits'],
    ['win-de-fits.txt', 'fits'],
    ['win-sv-fits.txt', 'fits'],
    ['win-en-df.txt', 'too-big'],
    ['win-de-df.txt', 'too-big'],
    ['win-sv-df.txt', 'too-big'],
    ['win-en-df-from-router.txt', 'too-big'],
    ['win-sv-timeout.txt', 'no-reply'],
    ['win-en-unreachable.txt', 'no-reply'],
  ])('%s is %s', (name, outcome) => {
    expect(parseDfReplyWindows(fixture(name))).toEqual({ outcome, mtuHint: null });
  });

  it('finds "DF" only as a word of its own', () => {
    expect(parseDfReplyWindows('Reply from 192.0.2.1: PDF request failed.')).toEqual({ outcome: 'no-reply', mtuHint: null });
  });

  it('is picked by the OS', () => {
    expect(parseDfReply('win32', fixture('win-sv-df.txt')).outcome).toBe('too-big');
    expect(parseDfReply('linux', fixture('linux-local-too-long.txt')).mtuHint).toBe(1400);
    expect(parseDfReply('darwin', fixture('darwin-fits.txt')).outcome).toBe('fits');
  });
});
