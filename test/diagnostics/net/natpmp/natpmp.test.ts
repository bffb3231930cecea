import dgram from 'node:dgram';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeExternalAddressAnswer, encodeExternalAddressAnswer, encodeExternalAddressRequest } from '../../../../diagnostics/net/natpmp/natpmp-message.js';
import { queryExternalAddress } from '../../../../diagnostics/net/natpmp/natpmp-query.js';
import { startNatPmpResponder, type NatPmpResponder } from '../../../lab/natpmp-responder.js';

// NAT-PMP (RFC 6886 §3.2) on loopback only, against the lab's test-only responder. The answer
// bytes below are written for this test from the RFC's layout: 0, 128, result 0, epoch, address.

describe('NAT-PMP messages', () => {
  it('asks with version 0, opcode 0', () => {
    expect([...encodeExternalAddressRequest()]).toEqual([0, 0]);
  });

  it('reads the external address and epoch from the RFC layout', () => {
    const bytes = Buffer.from([0, 128, 0, 0, 0, 0, 0x01, 0x2c, 198, 51, 100, 2]);
    expect(decodeExternalAddressAnswer(bytes)).toEqual({ kind: 'address', address: '198.51.100.2', epochS: 300 });
    expect(encodeExternalAddressAnswer('198.51.100.2', 300)).toEqual(bytes);
  });

  it('reads a result code as a refusal, and nothing else as an answer', () => {
    expect(decodeExternalAddressAnswer(Buffer.from([0, 128, 0, 3, 0, 0, 0, 9]))).toEqual({ kind: 'refused', resultCode: 3, epochS: 9 });
    expect(decodeExternalAddressAnswer(Buffer.from([0, 129, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4]))).toBeNull(); // another opcode's answer
    expect(decodeExternalAddressAnswer(Buffer.from([2, 128, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4]))).toBeNull(); // PCP version 2
    expect(decodeExternalAddressAnswer(Buffer.from([0, 128, 0, 0, 0, 0, 0, 0, 1, 2]))).toBeNull(); // cut short
    expect(decodeExternalAddressAnswer(Buffer.alloc(0))).toBeNull();
  });

  it('refuses to write an answer for something that is not an IPv4 address', () => {
    expect(() => encodeExternalAddressAnswer('2001:db8::1', 0)).toThrow(/IPv4/);
  });
});

describe('asking the router (loopback)', () => {
  let responder: NatPmpResponder | undefined;
  afterEach(async () => {
    await responder?.close();
    responder = undefined;
  });
  const opts = (port: number) => ({ port, attempts: 3, firstWaitMs: 100, signal: new AbortController().signal });

  it('gets the router’s WAN address', async () => {
    responder = await startNatPmpResponder('127.0.0.1', 0, '198.51.100.2');
    const q = await queryExternalAddress('127.0.0.1', opts(responder.port));
    expect(q).toMatchObject({ router: '127.0.0.1', state: 'answered', answer: { kind: 'address', address: '198.51.100.2' }, attempts: 1 });
  });

  it('says refused when nothing listens (ICMP port unreachable)', async () => {
    // A port just released by a bound socket: nothing listens there now.
    const s = dgram.createSocket('udp4');
    await new Promise<void>((r) => s.bind(0, '127.0.0.1', () => r()));
    const port = s.address().port;
    await new Promise<void>((r) => s.close(() => r()));
    const q = await queryExternalAddress('127.0.0.1', opts(port));
    expect(q.state).toBe('refused');
    expect(q.answer).toBeNull();
  });

  it('says silent after its retransmissions when a listener never answers', async () => {
    const s = dgram.createSocket('udp4');
    let seen = 0;
    s.on('message', () => seen++);
    await new Promise<void>((r) => s.bind(0, '127.0.0.1', () => r()));
    try {
      const q = await queryExternalAddress('127.0.0.1', opts(s.address().port));
      expect(q).toMatchObject({ state: 'silent', answer: null, attempts: 3 });
      expect(seen).toBe(3);
    } finally {
      await new Promise<void>((r) => s.close(() => r()));
    }
  });
});
