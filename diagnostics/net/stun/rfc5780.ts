import { randomBytes } from 'node:crypto';
import dgram from 'node:dgram';
import { waitFor } from '../../engine/abortable-wait.js';
import { BINDING, decodeStun, encodeBindingRequest, mappedAddress, otherAddress, type StunAddress } from './stun-message.js';

// NAT behaviour discovery (RFC 5780 §4.3 mapping, §4.4 filtering) against one server that offers
// it: its Binding answer carries OTHER-ADDRESS (a second IP and port) and it honours
// CHANGE-REQUEST. Each test runs on its own fresh socket, so no earlier packet has opened the NAT.
// - Mapping: ask the primary address (I), the other IP on the primary port (II), the other IP and
//   port (III). The same mapped address in I and II: endpoint-independent; else the same in II
//   and III: address-dependent; else address-and-port-dependent.
// - Filtering: ask the primary address (I, must answer), then ask it to answer from the other IP
//   and port (II): an answer means endpoint-independent filtering; else ask for the other port
//   only (III): an answer means address-dependent, none address-and-port-dependent.
// A request is sent up to `attempts` times, so one lost packet is not taken for a filter; a test
// whose first request gets no answer at all says unknown (the path, not the NAT, failed).

export type NatBehaviour = 'endpoint-independent' | 'address-dependent' | 'address-and-port-dependent' | 'unknown';

export interface NatBehaviourResult {
  readonly server: string;
  /** false: the server's answer has no OTHER-ADDRESS, so it offers no behaviour tests. */
  readonly supported: boolean;
  readonly otherAddress: StunAddress | null;
  readonly mapping: NatBehaviour;
  readonly filtering: NatBehaviour;
  /** The mapped addresses of mapping tests I, II, III (null: not run or no answer). */
  readonly mapped: readonly (StunAddress | null)[];
}

export interface Rfc5780Options {
  readonly attempts: number;
  readonly retransmitMs: number;
  readonly signal: AbortSignal;
}

interface Target {
  readonly address: string;
  readonly port: number;
}

interface Answer {
  readonly mapped: StunAddress | null;
  readonly other: StunAddress | null;
  readonly from: Target;
}

/** One UDP socket that sends Binding requests and waits for the answer to each, from any source address. */
class StunClient {
  private readonly socket = dgram.createSocket('udp4');
  private readonly waiting = new Map<string, (a: Answer) => void>();

  constructor() {
    this.socket.on('message', (msg, rinfo) => {
      const d = decodeStun(msg);
      if (!d.ok || d.message.type !== BINDING.success) return;
      const id = Buffer.from(d.message.transactionId).toString('hex');
      this.waiting.get(id)?.({ mapped: mappedAddress(d.message), other: otherAddress(d.message), from: { address: rinfo.address, port: rinfo.port } });
    });
    this.socket.on('error', () => undefined);
  }

  bind(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.socket.once('error', reject);
      this.socket.bind(0, () => resolve());
    });
  }

  /** Sends to `to` (retransmitted) and resolves with the first answer, or null after the last wait. */
  async ask(to: Target, opts: Rfc5780Options, changeRequest?: { ip: boolean; port: boolean }): Promise<Answer | null> {
    const id = randomBytes(12);
    const key = id.toString('hex');
    let answer: Answer | null = null;
    const got = new Promise<void>((resolve) => this.waiting.set(key, (a) => {
      answer = a;
      resolve();
    }));
    const request = encodeBindingRequest(id, changeRequest === undefined ? {} : { changeRequest });
    try {
      for (let i = 0; i < opts.attempts && answer === null && !opts.signal.aborted; i++) {
        this.socket.send(request, to.port, to.address);
        await Promise.race([got, waitFor(opts.retransmitMs, opts.signal)]);
      }
    } finally {
      this.waiting.delete(key);
    }
    return answer;
  }

  close(): void {
    try {
      this.socket.close();
    } catch {
      // already closed
    }
  }
}

const same = (a: StunAddress | null, b: StunAddress | null): boolean => a !== null && b !== null && a.address === b.address && a.port === b.port;

async function withClient<T>(run: (c: StunClient) => Promise<T>): Promise<T> {
  const c = new StunClient();
  try {
    await c.bind();
    return await run(c);
  } finally {
    c.close();
  }
}

/** Runs the RFC 5780 mapping and filtering tests against `primary`. */
export async function discoverNatBehaviour(primary: Target, opts: Rfc5780Options): Promise<NatBehaviourResult> {
  const server = `${primary.address}:${primary.port}`;
  const mappingRun = await withClient(async (c) => {
    const one = await c.ask(primary, opts);
    const other = one?.other ?? null;
    if (one === null || other === null) return { other, mapping: 'unknown' as const, mapped: [one?.mapped ?? null] };
    const two = await c.ask({ address: other.address, port: primary.port }, opts);
    if (two === null) return { other, mapping: 'unknown' as const, mapped: [one.mapped, null] };
    if (same(one.mapped, two.mapped)) return { other, mapping: 'endpoint-independent' as const, mapped: [one.mapped, two.mapped] };
    const three = await c.ask({ address: other.address, port: other.port }, opts);
    if (three === null) return { other, mapping: 'unknown' as const, mapped: [one.mapped, two.mapped, null] };
    return { other, mapping: same(two.mapped, three.mapped) ? ('address-dependent' as const) : ('address-and-port-dependent' as const), mapped: [one.mapped, two.mapped, three.mapped] };
  });
  if (mappingRun.other === null) {
    return { server, supported: false, otherAddress: null, mapping: 'unknown', filtering: 'unknown', mapped: mappingRun.mapped };
  }
  // An answer counts only when it comes from where it was asked to: a server that ignores
  // CHANGE-REQUEST and answers from its primary address proves nothing about the NAT's filter.
  const filtering = await withClient(async (c): Promise<NatBehaviour> => {
    if ((await c.ask(primary, opts)) === null) return 'unknown';
    const two = await c.ask(primary, opts, { ip: true, port: true });
    if (two !== null) return two.from.address !== primary.address && two.from.port !== primary.port ? 'endpoint-independent' : 'unknown';
    const three = await c.ask(primary, opts, { ip: false, port: true });
    if (three === null) return 'address-and-port-dependent';
    return three.from.address === primary.address && three.from.port !== primary.port ? 'address-dependent' : 'unknown';
  });
  return { server, supported: true, otherAddress: mappingRun.other, mapping: mappingRun.mapping, filtering, mapped: mappingRun.mapped };
}
