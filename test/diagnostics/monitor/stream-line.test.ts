import { describe, expect, it } from 'vitest';
import { parseStreamLine } from '../../../diagnostics/monitor/stream-line.js';

// Provenance: the iputils lines were printed by `ping -n -O -i 1 -W 1 -s 16 203.0.113.10` in the
// lab's client namespace on this machine (iputils 20221126, 2026-12-05) while the router's LAN port
// dropped everything. The "Destination Host Unreachable" line, the macOS and the Windows lines
// are written for this test after the tools' documented formats, not recorded.

describe('parseStreamLine', () => {
  it('reads iputils replies and losses by their sequence numbers', () => {
    expect(parseStreamLine('linux', '24 bytes from 203.0.113.10: icmp_seq=1 ttl=62 time=0.056 ms', true)).toEqual({ kind: 'reply', seq: 1, rttMs: 0.056 });
    expect(parseStreamLine('linux', 'no answer yet for icmp_seq=4', true)).toEqual({ kind: 'lost', seq: 4 });
    expect(parseStreamLine('linux', 'From 192.0.2.10 icmp_seq=7 Destination Host Unreachable', true)).toEqual({ kind: 'lost', seq: 7 });
  });

  it('ignores the header and the statistics', () => {
    expect(parseStreamLine('linux', 'PING 203.0.113.10 (203.0.113.10) 16(44) bytes of data.', false)).toBeNull();
    expect(parseStreamLine('linux', '5 packets transmitted, 3 received, 40% packet loss, time 4085ms', true)).toBeNull();
    expect(parseStreamLine('linux', 'rtt min/avg/max/mdev = 0.056/0.079/0.083/0.010 ms', true)).toBeNull();
  });

  it('reads macOS replies and request timeouts', () => {
    expect(parseStreamLine('darwin', '24 bytes from 192.0.2.1: icmp_seq=12 ttl=64 time=3.412 ms', true)).toEqual({ kind: 'reply', seq: 12, rttMs: 3.412 });
    expect(parseStreamLine('darwin', 'Request timeout for icmp_seq 13', true)).toEqual({ kind: 'lost', seq: 13 });
  });

  it('reads Windows lines by structure in any language: a TTL is a reply, anything else after the header a loss', () => {
    expect(parseStreamLine('win32', 'Pinging 192.0.2.1 with 16 bytes of data:', false)).toBeNull();
    expect(parseStreamLine('win32', 'Reply from 192.0.2.1: bytes=16 time=4ms TTL=64', true)).toEqual({ kind: 'reply', seq: null, rttMs: 4 });
    expect(parseStreamLine('win32', 'Antwort von 192.0.2.1: Bytes=16 Zeit<1ms TTL=64', true)).toEqual({ kind: 'reply', seq: null, rttMs: 1 });
    expect(parseStreamLine('win32', 'Zeitüberschreitung der Anforderung.', true)).toEqual({ kind: 'lost', seq: null });
  });
});
