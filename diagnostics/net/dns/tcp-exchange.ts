import net from 'node:net';
import { errorCode, isReplyTo, UNREACHABLE_CODES, type ExchangeResult, type ExpectedReply } from './exchange-result.js';
import type { ExchangeTarget } from './udp-exchange.js';
import { decodeMessage } from './wire-decode.js';

/**
 * Asks the same query over TCP (two-byte length prefix, RFC 7766), used only after a UDP reply
 * came back truncated: the server is alive, its full answer just did not fit a datagram.
 */
export function tcpExchange(target: ExchangeTarget, query: Uint8Array, expected: ExpectedReply): Promise<ExchangeResult> {
  return new Promise((resolve) => {
    if (target.signal?.aborted) {
      resolve({ kind: 'aborted' });
      return;
    }
    let settled = false;
    let received = Buffer.alloc(0);
    const socket = new net.Socket();
    const finish = (result: ExchangeResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      target.signal?.removeEventListener('abort', onAbort);
      socket.destroy();
      resolve(result);
    };
    const onAbort = (): void => finish({ kind: 'aborted' });
    const timer = setTimeout(() => finish({ kind: 'timeout' }), Math.max(0, target.timeoutMs));
    target.signal?.addEventListener('abort', onAbort, { once: true });

    socket.on('error', (e) => {
      const code = errorCode(e);
      finish(UNREACHABLE_CODES.has(code) ? { kind: 'unreachable', code } : { kind: 'error', detail: code });
    });
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      // One message is enough; 64 KiB is the most the length prefix can announce.
      while (received.length >= 2) {
        const length = received.readUInt16BE(0);
        if (received.length < 2 + length) return;
        const message = decodeMessage(received.subarray(2, 2 + length));
        received = received.subarray(2 + length);
        if (message !== null && isReplyTo(message, expected)) {
          finish({ kind: 'response', message });
          return;
        }
      }
    });
    socket.on('end', () => finish({ kind: 'error', detail: 'TCP connection closed without an answer' }));
    const framed = Buffer.alloc(2 + query.length);
    framed.writeUInt16BE(query.length, 0);
    framed.set(query, 2);
    try {
      socket.connect({ host: target.server, port: target.port }, () => socket.write(framed));
    } catch (e) {
      finish({ kind: 'error', detail: errorCode(e) });
    }
  });
}
