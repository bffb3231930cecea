import dgram from 'node:dgram';
import { waitFor } from '../../engine/abortable-wait.js';
import { dtlsClientHello, readDtlsAnswer, type DtlsAnswer } from './client-hello.js';

/** How UDP to a DTLS port went: a DTLS answer, an ICMP "port unreachable", or nothing at all. */
export type DtlsUdpState = 'answered' | 'refused' | 'silent' | 'error';

export interface DtlsReach {
  readonly state: DtlsUdpState;
  readonly answer: DtlsAnswer | null;
  /** From the first ClientHello to the first DTLS answer, ms (0.1 ms steps). */
  readonly answerMs: number | null;
  readonly attempts: number;
  readonly code: string | null;
}

export interface DtlsReachOptions {
  /** Times to send the ClientHello; DTLS clients retransmit after 1 s (RFC 6347 §4.2.4.1). */
  readonly attempts: number;
  readonly retransmitMs: number;
  readonly signal: AbortSignal;
}

/** Sends a ClientHello to `address`:`port` (retransmitted) and reports the first DTLS answer. */
export function reachDtls(address: string, port: number, serverName: string, opts: DtlsReachOptions): Promise<DtlsReach> {
  return new Promise((resolve) => {
    // Connected, so that an ICMP "port unreachable" comes back as ECONNREFUSED.
    const socket = dgram.createSocket('udp4');
    let attempts = 0;
    let started = 0;
    let done = false;
    const finish = (r: Omit<DtlsReach, 'attempts'>): void => {
      if (done) return;
      done = true;
      socket.close();
      resolve({ ...r, attempts });
    };
    socket.on('message', (msg) => {
      const answer = readDtlsAnswer(msg);
      if (answer.kind === 'not-dtls') return;
      finish({ state: 'answered', answer, answerMs: Math.round((performance.now() - started) * 10) / 10, code: null });
    });
    socket.on('error', (e: NodeJS.ErrnoException) => {
      const code = e.code ?? null;
      finish({ state: code === 'ECONNREFUSED' ? 'refused' : 'error', answer: null, answerMs: null, code });
    });
    socket.connect(port, address, () => {
      void (async () => {
        started = performance.now();
        for (let i = 0; i < opts.attempts && !done && !opts.signal.aborted; i++) {
          attempts++;
          socket.send(dtlsClientHello(serverName));
          await waitFor(opts.retransmitMs, opts.signal);
        }
        finish({ state: 'silent', answer: null, answerMs: null, code: opts.signal.aborted ? 'ABORTED' : null });
      })();
    });
  });
}
