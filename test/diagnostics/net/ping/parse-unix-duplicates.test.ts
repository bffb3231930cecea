import { describe, expect, it } from 'vitest';
import { parseUnixPing } from '../../../../diagnostics/net/ping/parse-unix.js';

// Written inputs for the edges the captured corpus (test/fixtures/real/ping) does not reach:
// unmarked duplicates (macOS/FreeBSD print no "(DUP!)"), the icmp_seq wrap after 65535, and
// BusyBox's "seq=".
const reply = (seq: number, ms: number, from = '192.0.2.1', label = 'icmp_seq'): string =>
  `64 bytes from ${from}: ${label}=${seq} ttl=64 time=${ms} ms`;

describe('unix ping duplicates by sequence number', () => {
  it('keeps the first answer of a sequence number and drops the later, unmarked ones', () => {
    const p = parseUnixPing([reply(0, 1.5), reply(0, 9, '192.0.2.7'), reply(1, 2.5), reply(1, 8, '192.0.2.7')].join('\n'));
    expect(p.replies.map((r) => [r.seq, r.rttMs, r.from])).toEqual([
      [0, 1.5, '192.0.2.1'],
      [1, 2.5, '192.0.2.1'],
    ]);
  });

  it('counts a sequence number again after the 16-bit counter wrapped', () => {
    const p = parseUnixPing([reply(65534, 1), reply(65535, 2), reply(0, 3), reply(1, 4)].join('\n'));
    expect(p.replies.map((r) => r.seq)).toEqual([65534, 65535, 0, 1]);
  });

  it('reads BusyBox "seq=" numbers, so its duplicates drop too', () => {
    const p = parseUnixPing([reply(0, 1, '192.0.2.1', 'seq'), reply(0, 5, '192.0.2.9', 'seq')].join('\n'));
    expect(p.replies).toEqual([{ from: '192.0.2.1', seq: 0, rttMs: 1 }]);
  });

  it('reads replies behind ping -D timestamps', () => {
    const p = parseUnixPing(`[1595191373.643436] ${reply(1, 0.043)}\n[1595191374.662543] ${reply(2, 0.083)}`);
    expect(p.replies.map((r) => r.rttMs)).toEqual([0.043, 0.083]);
  });
});
