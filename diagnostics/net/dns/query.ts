import { randomInt } from 'node:crypto';
import { isIP } from 'node:net';
import { domainToASCII } from 'node:url';
import type { ExchangeResult } from './exchange-result.js';
import { addressesFor, interpret, type DnsFailureKind, type Verdict } from './interpret.js';
import { tcpExchange } from './tcp-exchange.js';
import { udpExchange } from './udp-exchange.js';
import { decodeMessage } from './wire-decode.js';
import { encodeQuery, QTYPE, type AddressType } from './wire-encode.js';

/** Why a lookup did not give an address (re-exported: callers know this module only). */
export type { DnsFailureKind } from './interpret.js';

/** One name asked of one server. */
export type DnsOutcome = { readonly server: string; readonly name: string; readonly ms: number } & (
  | { readonly kind: 'ok'; readonly addresses: readonly string[] }
  | { readonly kind: DnsFailureKind; readonly detail: string }
);

/** How long to wait in all (A and, when needed, AAAA), what may stop us early, and the port (53). */
export interface QueryOptions {
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
  readonly port?: number;
  /** Resend an unanswered UDP query after this long (default: udp-exchange's, about a second). */
  readonly retransmitMs?: number;
}

/** The ASCII (punycode) form of a name, or null when it has none. */
function asciiName(name: string): string | null {
  if (/^[\x21-\x7e]+$/.test(name)) return name;
  const ascii = domainToASCII(name);
  return ascii === '' ? null : ascii;
}

/** One query of one type, over UDP, and over TCP only when the UDP answer came back truncated. */
async function ask(server: string, port: number, name: string, qtype: AddressType, timeoutMs: number, opts: QueryOptions): Promise<ExchangeResult> {
  const signal = opts.signal;
  const id = randomInt(0, 0x10000);
  const query = encodeQuery(id, name, qtype);
  const question = query === null ? undefined : decodeMessage(query)?.questions[0];
  if (query === null || question === undefined) return { kind: 'error', detail: `not a valid DNS name: ${JSON.stringify(name)}` };
  const expected = { id, name: question.name, qtype };
  const deadline = performance.now() + timeoutMs;
  const target = (): { server: string; port: number; timeoutMs: number; signal?: AbortSignal } => ({
    server,
    port,
    timeoutMs: Math.max(0, Math.round(deadline - performance.now())),
    ...(signal === undefined ? {} : { signal }),
  });
  const udp = await udpExchange({ ...target(), ...(opts.retransmitMs === undefined ? {} : { retransmitMs: opts.retransmitMs }) }, query, expected);
  if (udp.kind !== 'response' || !udp.message.truncated || addressesFor(udp.message, question.name, qtype).addresses.length > 0) return udp;
  const tcp = await tcpExchange(target(), query, expected);
  // The server did answer over UDP, so a refused TCP connection is not "nothing listens there".
  if (tcp.kind === 'unreachable') return { kind: 'error', detail: `truncated UDP answer; TCP ${tcp.code}` };
  return tcp;
}

/**
 * Asks exactly one server for a name's addresses (A, then AAAA when the name has no A), once,
 * with no fallback to other servers: the outcome says something about that server alone. Timeout,
 * REFUSED, SERVFAIL, NXDOMAIN, "no such record" and "nothing listens there" come out as different
 * kinds. `timeoutMs` bounds the whole call. Never rejects.
 */
export async function queryName(server: string, name: string, opts: QueryOptions): Promise<DnsOutcome> {
  const started = performance.now();
  const ms = (): number => Math.round((performance.now() - started) * 10) / 10;
  const done = (v: Verdict): DnsOutcome => ({ server, name, ms: ms(), ...v });
  const address = server.replace(/^\[(.*)\]$/, '$1');
  if (isIP(address) === 0) return done({ kind: 'error', detail: `not an IP address: ${JSON.stringify(server)}` });
  const ascii = asciiName(name);
  if (ascii === null) return done({ kind: 'error', detail: `not a valid DNS name: ${JSON.stringify(name)}` });
  const port = opts.port ?? 53;
  const remaining = (): number => Math.max(0, opts.timeoutMs - (performance.now() - started));
  const a = interpret(await ask(address, port, ascii, QTYPE.A, remaining(), opts), ascii, QTYPE.A, opts.timeoutMs);
  if (a.kind !== 'nodata') return done(a);
  const aaaa = interpret(await ask(address, port, ascii, QTYPE.AAAA, remaining(), opts), ascii, QTYPE.AAAA, opts.timeoutMs);
  if (aaaa.kind === 'ok') return done(aaaa);
  if (aaaa.kind === 'nodata') return done({ kind: 'nodata', detail: 'the name exists but has no A or AAAA record' });
  return done({ kind: aaaa.kind, detail: `no A record; AAAA: ${aaaa.detail}` });
}

/** Every server × name at once, so that all timeouts run out together rather than one after another. */
export function queryAll(servers: readonly string[], names: readonly string[], opts: QueryOptions): Promise<DnsOutcome[]> {
  return Promise.all(servers.flatMap((s) => names.map((n) => queryName(s, n, opts))));
}
