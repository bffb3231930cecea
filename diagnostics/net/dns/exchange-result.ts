import type { DnsMessage } from './wire-decode.js';

/** How one query/response exchange with one server ended, before any DNS meaning is given to it. */
export type ExchangeResult =
  | { readonly kind: 'response'; readonly message: DnsMessage }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'aborted' }
  /** The network said no: ICMP port/host/net unreachable, or a TCP connection refused. */
  | { readonly kind: 'unreachable'; readonly code: string }
  | { readonly kind: 'error'; readonly detail: string };

/** What a response must echo to be the answer to our query (RFC 5452: id and question). */
export interface ExpectedReply {
  readonly id: number;
  /** The question name as the decoder prints it, so both sides are compared in one form. */
  readonly name: string;
  readonly qtype: number;
}

/** Socket error codes that mean the packet was turned away by the network or the host. */
export const UNREACHABLE_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET', // Windows reports an ICMP port unreachable on UDP as WSAECONNRESET
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EHOSTDOWN',
  'ENETDOWN',
  'EADDRNOTAVAIL',
]);

/** True when `message` answers our query: same id, a response, and our question echoed. */
export function isReplyTo(message: DnsMessage, expected: ExpectedReply): boolean {
  if (!message.isResponse || message.id !== expected.id) return false;
  const q = message.questions[0];
  // Some servers drop the question from error replies (FORMERR, REFUSED); the id must do then.
  if (message.questionCount === 0) return message.rcode !== 0;
  return q !== undefined && q.type === expected.qtype && q.class === 1 && q.name.toLowerCase() === expected.name.toLowerCase();
}

/** The error code of a socket error, or its message. */
export function errorCode(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? code : e instanceof Error ? e.message : String(e);
}
