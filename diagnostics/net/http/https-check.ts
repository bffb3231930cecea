import { request, type ClientRequest } from 'node:http';
import { connect as netConnect, isIP, type LookupFunction, type Socket } from 'node:net';
import { connect as tlsConnect, type TLSSocket } from 'node:tls';
import { describeCertificate, type CertificateDetails } from './certificate-details.js';
import { describeTlsCode } from './tls-errors.js';
import { trustedCas } from './trust-store.js';
import { parseUrlTarget } from './url-target.js';

/**
 * How long each step took, in ms (0.1 ms resolution). Each field is the step's own duration, not a
 * running total: dns = name lookup, connect = TCP handshake, tls = TLS handshake, firstByte = request
 * sent until response headers. null = the step was not reached or not needed (address literal, http://).
 */
export interface HttpsTimings {
  readonly dnsMs: number | null;
  readonly connectMs: number | null;
  readonly tlsMs: number | null;
  readonly firstByteMs: number | null;
  readonly totalMs: number;
}

/** Where a check stopped. 'timeout' = the time ran out or the caller aborted; its code names the step. */
export type HttpsFailureStage = 'dns' | 'connect' | 'tls' | 'http' | 'timeout';

/** Why a check failed: the step, a Node/OpenSSL code (ENOTFOUND, CERT_HAS_EXPIRED, TLS_TIMEOUT…) and a sentence. */
export interface HttpsFailure {
  readonly stage: HttpsFailureStage;
  readonly code: string;
  readonly message: string;
}

/** The outcome of one GET: expected failures are data here, never an exception. */
export interface HttpsCheck {
  readonly url: string;
  /** A response arrived with a status below 500 and, for https, a certificate that checked out. */
  readonly ok: boolean;
  readonly status: number | null;
  readonly timings: HttpsTimings;
  /** The address actually connected to. */
  readonly address: string | null;
  readonly failure: HttpsFailure | null;
  /** The server's certificate, also when it was rejected; null for http:// or before a handshake. */
  readonly certificate: CertificateDetails | null;
  /** The first few KB of the body as UTF-8 (never more than maxBodyBytes). */
  readonly bodySample: string;
  /** The Location header: redirects are reported, never followed. */
  readonly location: string | null;
  readonly contentType: string | null;
  /** The server's Date header: with the local time at the response, it shows a clock that is off. */
  readonly serverDate: string | null;
}

/** Limits and trust for a check. `ca` holds PEM texts trusted in addition to the default store. */
export interface HttpsCheckOptions {
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
  readonly ca?: readonly string[];
  /** Name resolver; the system's (dns.lookup) unless a test or the lab injects one. */
  readonly lookup?: LookupFunction;
  /** Stop reading the body after this many bytes (default 4096). */
  readonly maxBodyBytes?: number;
}

type Phase = 'dns' | 'connect' | 'tls' | 'request' | 'body';
const TIMEOUT_CODES: Readonly<Record<Phase, string>> = {
  dns: 'DNS_TIMEOUT', connect: 'CONNECT_TIMEOUT', tls: 'TLS_TIMEOUT', request: 'FIRST_BYTE_TIMEOUT', body: 'BODY_TIMEOUT',
};
const STAGE_OF: Readonly<Record<Exclude<Phase, 'body'>, HttpsFailureStage>> = {
  dns: 'dns', connect: 'connect', tls: 'tls', request: 'http',
};
const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NODATA', 'EAI_NONAME', 'ENODATA']);
const round = (ms: number): number => Math.round(ms * 10) / 10;

/** GETs `url` over http or https, times each step from socket events and names what went wrong. */
export function checkHttps(url: string, opts: HttpsCheckOptions): Promise<HttpsCheck> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const target = parseUrlTarget(url);
    const maxBody = opts.maxBodyBytes ?? 4096;
    const at: { lookup?: number; connect?: number; secure?: number; response?: number } = {};
    let phase: Phase = target && isIP(target.host) !== 0 ? 'connect' : 'dns';
    let raw: Socket | undefined;
    let secure: TLSSocket | undefined;
    let req: ClientRequest | undefined;
    let address: string | null = null;
    let certificate: CertificateDetails | null = null;
    let status: number | null = null;
    let location: string | null = null;
    let contentType: string | null = null;
    let serverDate: string | null = null;
    const body: Buffer[] = [];
    let bodyBytes = 0;
    let settled = false;

    const finish = (failure: HttpsFailure | null): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      req?.destroy();
      secure?.destroy();
      raw?.destroy();
      const end = performance.now();
      const tlsStart = at.connect;
      const requestStart = target?.tls ? at.secure : at.connect;
      resolve({
        url,
        ok: failure === null && status !== null && status < 500,
        status,
        timings: {
          dnsMs: at.lookup === undefined ? null : round(at.lookup - t0),
          connectMs: at.connect === undefined ? null : round(at.connect - (at.lookup ?? t0)),
          tlsMs: at.secure === undefined || tlsStart === undefined ? null : round(at.secure - tlsStart),
          firstByteMs: at.response === undefined || requestStart === undefined ? null : round(at.response - requestStart),
          totalMs: round(end - t0),
        },
        address,
        failure,
        certificate,
        bodySample: Buffer.concat(body).subarray(0, maxBody).toString('utf8'),
        location,
        contentType,
        serverDate,
      });
    };

    const onError = (err: Error & { code?: string }): void => {
      const code = typeof err.code === 'string' ? err.code : 'ERROR';
      // Once headers are in, the server has answered: a broken body does not undo that.
      if (phase === 'body') return finish(status !== null && status >= 500 ? httpStatusFailure(status) : null);
      const stage = DNS_CODES.has(code) ? 'dns' : STAGE_OF[phase];
      const message = stage === 'tls' ? describeTlsCode(code, err.message) : err.message;
      finish({ stage, code, message });
    };

    const stopWaiting = (why: string): void => {
      if (phase === 'body') return finish(status !== null && status >= 500 ? httpStatusFailure(status) : null);
      finish({ stage: 'timeout', code: TIMEOUT_CODES[phase], message: `${why} while waiting for ${PHASE_WORDS[phase]}` });
    };
    const onAbort = (): void => stopWaiting('the check was stopped');
    const timer = setTimeout(() => stopWaiting(`no progress within ${opts.timeoutMs} ms`), opts.timeoutMs);
    if (opts.signal?.aborted) return onAbort();
    opts.signal?.addEventListener('abort', onAbort, { once: true });

    if (!target) {
      return finish({ stage: 'http', code: 'ERR_INVALID_URL', message: `not an http:// or https:// URL: ${url}` });
    }

    const sendRequest = (socket: Socket): void => {
      phase = 'request';
      req = request({
        createConnection: () => socket,
        method: 'GET',
        path: target.path,
        headers: { host: target.hostHeader, 'user-agent': 'Homeline', accept: '*/*', connection: 'close' },
      });
      req.on('error', onError);
      req.on('response', (res) => {
        at.response = performance.now();
        phase = 'body';
        status = res.statusCode ?? null;
        location = typeof res.headers.location === 'string' ? res.headers.location : null;
        contentType = typeof res.headers['content-type'] === 'string' ? res.headers['content-type'] : null;
        serverDate = typeof res.headers.date === 'string' ? res.headers.date : null;
        const done = (): void => finish(status !== null && status >= 500 ? httpStatusFailure(status) : null);
        res.on('data', (chunk: Buffer) => {
          body.push(chunk);
          bodyBytes += chunk.length;
          if (bodyBytes >= maxBody) done();
        });
        res.on('end', done);
        res.on('error', onError);
      });
      req.end();
    };

    raw = netConnect({ host: target.host, port: target.port, ...(opts.lookup ? { lookup: opts.lookup } : {}) });
    raw.on('error', onError);
    // With several addresses Node emits one 'lookup' per address; the first one ends the DNS step.
    raw.on('lookup', (err: Error | null) => {
      if (at.lookup !== undefined) return;
      at.lookup = performance.now();
      if (!err) phase = 'connect';
    });
    raw.once('connect', () => {
      at.connect = performance.now();
      address = raw?.remoteAddress ?? null;
      if (!target.tls) return sendRequest(raw as Socket);
      phase = 'tls';
      const ca = trustedCas(opts.ca);
      // Verification is done here rather than by Node, so the certificate can be read even when
      // it is rejected; no request is ever sent over an unverified connection.
      secure = tlsConnect({
        socket: raw as Socket,
        host: target.host,
        ...(target.servername ? { servername: target.servername } : {}),
        ...(ca ? { ca } : {}),
        rejectUnauthorized: false,
        ALPNProtocols: ['http/1.1'],
      });
      secure.on('error', onError);
      secure.once('secureConnect', () => {
        at.secure = performance.now();
        const s = secure as TLSSocket;
        // Node types this as Error but sets the OpenSSL code string.
        const authError = s.authorized ? null : String(s.authorizationError ?? 'UNKNOWN_VERIFY_ERROR');
        certificate = describeCertificate(s.getPeerCertificate(), s.authorized, authError);
        if (authError !== null) return finish({ stage: 'tls', code: authError, message: describeTlsCode(authError) });
        sendRequest(s);
      });
    });
  });
}

const PHASE_WORDS: Readonly<Record<Phase, string>> = {
  dns: 'the name lookup', connect: 'the TCP connection', tls: 'the TLS handshake', request: 'the first response byte', body: 'the body',
};

function httpStatusFailure(status: number): HttpsFailure {
  return { stage: 'http', code: `HTTP_${status}`, message: `the server answered with status ${status}` };
}
