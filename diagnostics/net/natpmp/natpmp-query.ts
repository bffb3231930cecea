import dgram from 'node:dgram';
import { waitFor } from '../../engine/abortable-wait.js';
import { decodeExternalAddressAnswer, encodeExternalAddressRequest, type NatPmpAnswer } from './natpmp-message.js';

/** How asking the router went: an answer, an ICMP "port unreachable" (no NAT-PMP there), or nothing. */
export type NatPmpState = 'answered' | 'refused' | 'silent' | 'error';

export interface NatPmpQuery {
  readonly router: string;
  readonly state: NatPmpState;
  readonly answer: NatPmpAnswer | null;
  readonly attempts: number;
  /** The socket error's code, or ABORTED; null otherwise. */
  readonly code: string | null;
}

export interface NatPmpOptions {
  readonly port: number;
  /** RFC 6886 §3.1 retransmits after 250 ms, doubling; three tries (1.75 s) are plenty on a LAN. */
  readonly attempts: number;
  readonly firstWaitMs: number;
  readonly signal: AbortSignal;
}

/** Asks `router` for its external address over NAT-PMP (one connected socket, retransmitted). */
export function queryExternalAddress(router: string, opts: NatPmpOptions): Promise<NatPmpQuery> {
  return new Promise((resolve) => {
    // Connected, so that an ICMP "port unreachable" comes back as ECONNREFUSED and only the router's answers arrive.
    const socket = dgram.createSocket('udp4');
    let attempts = 0;
    let done = false;
    const finish = (r: Omit<NatPmpQuery, 'attempts' | 'router'>): void => {
      if (done) return;
      done = true;
      socket.close();
      resolve({ ...r, router, attempts });
    };
    socket.on('message', (msg) => {
      const answer = decodeExternalAddressAnswer(msg);
      if (answer !== null) finish({ state: 'answered', answer, code: null });
    });
    socket.on('error', (e: NodeJS.ErrnoException) => {
      const code = e.code ?? null;
      finish({ state: code === 'ECONNREFUSED' ? 'refused' : 'error', answer: null, code });
    });
    socket.connect(opts.port, router, () => {
      void (async () => {
        for (let i = 0; i < opts.attempts && !done && !opts.signal.aborted; i++) {
          attempts++;
          socket.send(encodeExternalAddressRequest());
          await waitFor(opts.firstWaitMs * 2 ** i, opts.signal);
        }
        finish({ state: 'silent', answer: null, code: opts.signal.aborted ? 'ABORTED' : null });
      })();
    });
  });
}
