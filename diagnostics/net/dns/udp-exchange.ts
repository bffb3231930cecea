import dgram from 'node:dgram';
import { isIPv6 } from 'node:net';
import { errorCode, isReplyTo, UNREACHABLE_CODES, type ExchangeResult, type ExpectedReply } from './exchange-result.js';
import { decodeMessage } from './wire-decode.js';

/** Where to send one query and how long to wait for its answer. */
export interface ExchangeTarget {
  readonly server: string;
  readonly port: number;
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
  /** Resend the same query after this long without an answer (default 1000 ms; 0 = send once). */
  readonly retransmitMs?: number;
}

/**
 * Resolvers resend an unanswered UDP query (glibc and Windows after about a second): one lost
 * datagram on a lossy line must not read as a dead DNS server. The resend carries the same id, so
 * whichever copy's answer arrives first is taken.
 */
const DEFAULT_RETRANSMIT_MS = 1000;

/**
 * Sends one UDP query to one server, once, and waits for the matching reply. The socket is
 * connected so the kernel hands us only that server's packets and reports an ICMP port (or host)
 * unreachable as an error, which is how "nothing listens there" is told apart from "silence".
 * Packets that are not our answer (wrong id or question, garbage) are ignored, as resolvers do.
 */
export function udpExchange(target: ExchangeTarget, query: Uint8Array, expected: ExpectedReply): Promise<ExchangeResult> {
  return new Promise((resolve) => {
    if (target.signal?.aborted) {
      resolve({ kind: 'aborted' });
      return;
    }
    const socket = dgram.createSocket(isIPv6(target.server) ? 'udp6' : 'udp4');
    let settled = false;
    const finish = (result: ExchangeResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(resend);
      target.signal?.removeEventListener('abort', onAbort);
      try {
        socket.close();
      } catch {
        // Already closed after an error: nothing left to release.
      }
      resolve(result);
    };
    const onAbort = (): void => finish({ kind: 'aborted' });
    const timer = setTimeout(() => finish({ kind: 'timeout' }), Math.max(0, target.timeoutMs));
    let resend: ReturnType<typeof setInterval> | undefined;
    const send = (): void => {
      socket.send(query, (e) => {
        if (e) onError(e);
      });
    };
    target.signal?.addEventListener('abort', onAbort, { once: true });

    const onError = (e: unknown): void => {
      const code = errorCode(e);
      finish(UNREACHABLE_CODES.has(code) ? { kind: 'unreachable', code } : { kind: 'error', detail: code });
    };
    socket.on('error', onError);
    socket.on('message', (packet) => {
      const message = decodeMessage(packet);
      if (message !== null && isReplyTo(message, expected)) finish({ kind: 'response', message });
    });
    try {
      // Node passes a failed connect (EINVAL for a link-local address without a zone…) to the
      // callback, though its typings declare none.
      socket.connect(target.port, target.server, (connectError?: unknown) => {
        if (connectError) {
          onError(connectError);
          return;
        }
        send();
        const every = target.retransmitMs ?? DEFAULT_RETRANSMIT_MS;
        if (every > 0 && !settled) resend = setInterval(send, every);
      });
    } catch (e) {
      // connect() throws synchronously on a malformed address or port.
      finish({ kind: 'error', detail: errorCode(e) });
    }
  });
}
