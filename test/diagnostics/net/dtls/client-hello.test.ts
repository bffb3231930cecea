import dgram from 'node:dgram';
import { afterEach, describe, expect, it } from 'vitest';
import { dtlsClientHello, readDtlsAnswer } from '../../../../diagnostics/net/dtls/client-hello.js';
import { reachDtls } from '../../../../diagnostics/net/dtls/dtls-reach.js';
import { edtHost, edtState } from '../../../../diagnostics/probes/citrix-edt.js';

// The ClientHello's structure is read back field by field; the answers below are written for
// these tests from RFC 6347's record and handshake layouts (a real s_server answer is in the lab).

const hex = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s.replace(/\s+/g, ''), 'hex'));

describe('dtlsClientHello', () => {
  it('is one DTLS handshake record holding a whole ClientHello for DTLS 1.2', () => {
    const b = dtlsClientHello('gateway.corp.example', new Uint8Array(32));
    expect(b[0]).toBe(22);
    expect([b[1], b[2]]).toEqual([0xfe, 0xff]);
    const recordLen = (b[11]! << 8) | b[12]!;
    expect(13 + recordLen).toBe(b.length);
    expect(b[13]).toBe(1); // client_hello
    const hsLen = (b[14]! << 16) | (b[15]! << 8) | b[16]!;
    const fragLen = (b[22]! << 16) | (b[23]! << 8) | b[24]!;
    expect(hsLen).toBe(recordLen - 12);
    expect(fragLen).toBe(hsLen);
    expect([b[25], b[26]]).toEqual([0xfe, 0xfd]); // client_version DTLS 1.2
    expect(Buffer.from(b).includes(Buffer.from('gateway.corp.example'))).toBe(true);
  });

  it('sends no server name for an address', () => {
    expect(Buffer.from(dtlsClientHello('203.0.113.80')).includes(Buffer.from('203.0.113.80'))).toBe(false);
  });
});

describe('readDtlsAnswer', () => {
  it('recognises a HelloVerifyRequest, a ServerHello and an alert', () => {
    // record: handshake, DTLS 1.0, epoch 0, seq 0, length 3 — then the handshake type byte
    expect(readDtlsAnswer(hex('16 feff 0000 000000000000 0003 03 0000'))).toEqual({ kind: 'hello-verify-request' });
    expect(readDtlsAnswer(hex('16 fefd 0000 000000000000 0003 02 0000'))).toEqual({ kind: 'server-hello' });
    // alert: fatal (2) handshake_failure (40)
    expect(readDtlsAnswer(hex('15 fefd 0000 000000000000 0002 02 28'))).toEqual({ kind: 'alert', level: 2, description: 40 });
  });

  it('does not take TLS, STUN or a truncated record for DTLS', () => {
    expect(readDtlsAnswer(hex('16 0303 0000 000000000000 0003 02 0000'))).toEqual({ kind: 'not-dtls' });
    expect(readDtlsAnswer(hex('0101 0000 2112a442 000000000000000000000000'))).toEqual({ kind: 'not-dtls' });
    expect(readDtlsAnswer(hex('16 fefd 0000 000000000000 00ff 02 0000'))).toEqual({ kind: 'not-dtls' });
  });
});

describe('reachDtls on loopback', () => {
  let server: dgram.Socket | undefined;
  afterEach(() => server?.close());

  it('reports the answer of a server that replies with a HelloVerifyRequest', async () => {
    server = dgram.createSocket('udp4');
    const s = server;
    s.on('message', (msg, r) => {
      if (msg[0] === 22) s.send(hex('16 feff 0000 000000000000 0003 03 0000'), r.port, r.address);
    });
    await new Promise<void>((resolve) => s.bind(0, '127.0.0.1', resolve));
    const r = await reachDtls('127.0.0.1', s.address().port, 'x', { attempts: 2, retransmitMs: 500, signal: new AbortController().signal });
    expect(r).toMatchObject({ state: 'answered', answer: { kind: 'hello-verify-request' }, attempts: 1 });
  });

  it('is silent when the server ignores the hello, after every retransmission', async () => {
    server = dgram.createSocket('udp4');
    const s = server;
    await new Promise<void>((resolve) => s.bind(0, '127.0.0.1', resolve));
    const r = await reachDtls('127.0.0.1', s.address().port, 'x', { attempts: 2, retransmitMs: 100, signal: new AbortController().signal });
    expect(r).toMatchObject({ state: 'silent', attempts: 2 });
  });
});

describe('edtHost and edtState', () => {
  it('prefers the gateway, else the StoreFront host', () => {
    expect(edtHost({ gatewayHost: 'gw.example', storefrontUrl: 'https://sf.example/Citrix/' })).toBe('gw.example');
    expect(edtHost({ storefrontUrl: 'https://sf.example/Citrix/' })).toBe('sf.example');
    expect(edtHost({})).toBeNull();
  });

  it('calls silence blocked only while TCP 443 opens', () => {
    const tcp = (state: 'open' | 'timeout') => ({ host: 'h', port: 443, state, connectMs: null, address: null, code: null, banner: null });
    const udp = (state: 'answered' | 'silent' | 'refused') => ({ state, answer: null, answerMs: null, attempts: 3, code: null });
    expect(edtState(udp('answered'), tcp('timeout'))).toBe('available');
    expect(edtState(udp('silent'), tcp('open'))).toBe('blocked');
    expect(edtState(udp('silent'), tcp('timeout'))).toBe('unknown');
    expect(edtState(udp('refused'), tcp('open'))).toBe('not-offered');
  });
});
