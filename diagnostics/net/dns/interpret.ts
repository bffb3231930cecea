import type { ExchangeResult } from './exchange-result.js';
import type { DnsMessage } from './wire-decode.js';

/** Why a lookup did not give an address, told apart the way a technician would. */
export type DnsFailureKind = 'nxdomain' | 'nodata' | 'servfail' | 'refused' | 'timeout' | 'unreachable' | 'error';

/** What one exchange means: addresses, or a failure kind with a line a technician can read. */
export type Verdict = { readonly kind: 'ok'; readonly addresses: readonly string[] } | { readonly kind: DnsFailureKind; readonly detail: string };

const RCODE_NAMES: readonly string[] = ['NOERROR', 'FORMERR', 'SERVFAIL', 'NXDOMAIN', 'NOTIMP', 'REFUSED', 'YXDOMAIN', 'YXRRSET', 'NXRRSET', 'NOTAUTH', 'NOTZONE'];

/** "SERVFAIL (rcode 2)": the name a packet capture would show, and the number. */
export function rcodeText(rcode: number): string {
  return `${RCODE_NAMES[rcode] ?? 'RCODE'} (rcode ${rcode})`;
}

/**
 * The addresses of type `qtype` for `name`, following the CNAME chain inside the answer (a
 * resolver answers "www → cdn → 192.0.2.80" in one response). Returns the chain's last name too.
 */
export function addressesFor(message: DnsMessage, name: string, qtype: number): { addresses: string[]; canonical: string } {
  const chain = new Set([name.toLowerCase()]);
  let canonical = name;
  // Each pass adds at most one link; a chain longer than the answer count would be a loop.
  for (let pass = 0; pass <= message.answers.length; pass++) {
    const link = message.answers.find((r) => r.type === 5 && r.data !== null && chain.has(r.name.toLowerCase()) && !chain.has(r.data.toLowerCase()));
    if (link === undefined || link.data === null) break;
    chain.add(link.data.toLowerCase());
    canonical = link.data;
  }
  const addresses = message.answers.filter((r) => r.type === qtype && r.data !== null && chain.has(r.name.toLowerCase())).map((r) => r.data as string);
  return { addresses: [...new Set(addresses)], canonical };
}

/** Gives a DNS meaning to one exchange for one name and record type. */
export function interpret(result: ExchangeResult, name: string, qtype: number, timeoutMs: number): Verdict {
  const typeName = qtype === 28 ? 'AAAA' : 'A';
  switch (result.kind) {
    case 'timeout':
      return { kind: 'timeout', detail: `no answer within ${timeoutMs} ms` };
    case 'aborted':
      return { kind: 'timeout', detail: 'stopped before an answer came (deadline)' };
    case 'unreachable':
      return { kind: 'unreachable', detail: result.code === 'ECONNREFUSED' || result.code === 'ECONNRESET' ? `${result.code}: nothing listens on the DNS port (ICMP port unreachable)` : result.code };
    case 'error':
      return { kind: 'error', detail: result.detail };
    case 'response':
      break;
  }
  const { message } = result;
  switch (message.rcode) {
    case 0: {
      const { addresses, canonical } = addressesFor(message, name, qtype);
      if (addresses.length > 0) return { kind: 'ok', addresses };
      if (!message.complete) return { kind: 'error', detail: 'malformed response (NOERROR, answer section unreadable)' };
      const via = canonical === name ? '' : ` (CNAME to ${canonical})`;
      return { kind: 'nodata', detail: `NOERROR without an ${typeName} record${via}` };
    }
    case 2:
      return { kind: 'servfail', detail: rcodeText(2) };
    case 3:
      return { kind: 'nxdomain', detail: rcodeText(3) };
    case 5:
      return { kind: 'refused', detail: rcodeText(5) };
    default:
      return { kind: 'error', detail: rcodeText(message.rcode) };
  }
}
