import { randomBytes } from 'node:crypto';
import dgram from 'node:dgram';
import { waitFor } from '../../engine/abortable-wait.js';
import { pathStats, type Exchange, type PathStats } from '../media/path-stats.js';
import { BINDING, decodeStun, encodeBindingRequest, mappedAddress, otherAddress, type StunAddress } from './stun-message.js';

// A train of STUN Binding requests at a call's packet rate, from ONE local UDP socket to every
// server at once: one socket, so that the mapped addresses the servers report can be compared
// (the same public port towards two servers means the NAT maps independently of the destination).

/** What one server answered over the train. */
export interface StunServerTrain {
  readonly host: string;
  readonly port: number;
  readonly address: string;
  readonly stats: PathStats;
  /** The address and port the server saw the requests come from (first answer that carried one). */
  readonly mapped: StunAddress | null;
  /** Distinct mapped addresses seen over the train: more than one means the mapping changed mid-train. */
  readonly mappedChanges: number;
  /** RFC 5780 OTHER-ADDRESS: the server offers NAT behaviour tests. */
  readonly otherAddress: StunAddress | null;
  /** Datagrams from the server that were not a Binding answer we could read (error answers, garbage). */
  readonly unreadable: number;
  /** The mapped address seen after the idle pause (`idleMs`), from the same socket; null: not tested or no answer. */
  readonly mappedAfterIdle: StunAddress | null;
}

export interface StunTrainOptions {
  readonly count: number;
  readonly intervalMs: number;
  /** How long to wait for stragglers after the last request; later answers count as lost (a call drops them too). */
  readonly tailMs: number;
  readonly signal: AbortSignal;
  /**
   * The mapping-lifetime test: after the train, stay silent this long, then ask again from the
   * same socket. A NAT that dropped the mapping meanwhile gives a new one (often a new port).
   */
  readonly idleMs?: number;
}

/** Requests of the after-idle burst, spaced so one lost packet does not hide the answer. */
const AFTER_IDLE_REQUESTS = 5;
const AFTER_IDLE_SPACING_MS = 100;

export interface StunTrainResult {
  readonly servers: readonly StunServerTrain[];
  /** The local port the train used. */
  readonly localPort: number | null;
  /** A socket error that ended the train early (e.g. no route), or null. */
  readonly error: string | null;
}

interface Pending {
  readonly server: number;
  /** The train's sequence number; -1 for the after-idle burst. */
  readonly seq: number;
  readonly sentAt: number;
}

const key = (id: Uint8Array): string => Buffer.from(id).toString('hex');
const sameAddress = (a: StunAddress, b: StunAddress): boolean => a.address === b.address && a.port === b.port;

/** Sends `count` Binding requests to each server (already resolved to IPv4 addresses) and measures the answers. */
export async function runStunTrain(servers: readonly { host: string; port: number; address: string }[], opts: StunTrainOptions): Promise<StunTrainResult> {
  const socket = dgram.createSocket('udp4');
  const pending = new Map<string, Pending>();
  const exchanges = servers.map(() => [] as { seq: number; sentAt: number; receivedAt: number | null }[]);
  const mapped = servers.map(() => [] as StunAddress[]);
  const other = servers.map(() => null as StunAddress | null);
  const unreadable = servers.map(() => 0);
  const afterIdle = servers.map(() => null as StunAddress | null);
  let error: string | null = null;

  socket.on('message', (msg, rinfo) => {
    const now = performance.now();
    const server = servers.findIndex((s) => s.address === rinfo.address && s.port === rinfo.port);
    if (server < 0) return;
    const decoded = decodeStun(msg);
    const p = decoded.ok ? pending.get(key(decoded.message.transactionId)) : undefined;
    if (!decoded.ok || p === undefined || p.server !== server || decoded.message.type !== BINDING.success) {
      unreadable[server] = (unreadable[server] ?? 0) + 1;
      return;
    }
    pending.delete(key(decoded.message.transactionId));
    if (p.seq < 0) {
      afterIdle[server] ??= mappedAddress(decoded.message);
      return;
    }
    const ex = exchanges[server]?.[p.seq];
    if (ex !== undefined) ex.receivedAt = now;
    const m = mappedAddress(decoded.message);
    const seen = mapped[server] ?? [];
    if (m !== null && !seen.some((s) => sameAddress(s, m))) seen.push(m);
    other[server] ??= otherAddress(decoded.message);
  });
  socket.on('error', (e: NodeJS.ErrnoException) => {
    error ??= e.code ?? e.message;
  });

  try {
    await new Promise<void>((resolve, reject) => {
      socket.once('listening', resolve);
      socket.once('error', reject);
      socket.bind(0);
    });
  } catch (e) {
    socket.close();
    return { servers: [], localPort: null, error: (e as NodeJS.ErrnoException).code ?? String(e) };
  }
  const localPort = socket.address().port;

  for (let seq = 0; seq < opts.count && !opts.signal.aborted && error === null; seq++) {
    servers.forEach((s, server) => {
      const id = randomBytes(12);
      const sentAt = performance.now();
      pending.set(key(id), { server, seq, sentAt });
      exchanges[server]?.push({ seq, sentAt, receivedAt: null });
      socket.send(encodeBindingRequest(id), s.port, s.address, (e) => {
        if (e) error ??= (e as NodeJS.ErrnoException).code ?? e.message;
      });
    });
    await waitFor(opts.intervalMs, opts.signal);
  }
  await waitFor(opts.tailMs, opts.signal);
  if (opts.idleMs !== undefined && opts.idleMs > 0 && error === null) {
    await waitFor(opts.idleMs, opts.signal);
    for (let i = 0; i < AFTER_IDLE_REQUESTS && !opts.signal.aborted && error === null; i++) {
      servers.forEach((s, server) => {
        if ((mapped[server] ?? []).length === 0) return; // nothing to compare with
        const id = randomBytes(12);
        pending.set(key(id), { server, seq: -1, sentAt: performance.now() });
        socket.send(encodeBindingRequest(id), s.port, s.address, (e) => {
          if (e) error ??= (e as NodeJS.ErrnoException).code ?? e.message;
        });
      });
      await waitFor(AFTER_IDLE_SPACING_MS, opts.signal);
    }
    await waitFor(opts.tailMs, opts.signal);
  }
  socket.close();

  return {
    localPort,
    error,
    servers: servers.map((s, i) => {
      const seen = mapped[i] ?? [];
      return {
        ...s,
        stats: pathStats((exchanges[i] ?? []) as readonly Exchange[]),
        mapped: seen[0] ?? null,
        mappedChanges: Math.max(0, seen.length - 1),
        otherAddress: other[i] ?? null,
        unreadable: unreadable[i] ?? 0,
        mappedAfterIdle: afterIdle[i] ?? null,
      };
    }),
  };
}

/**
 * The local IPv4 address the system would send from towards `address`: a connected UDP socket
 * picks its source by routing without sending anything.
 */
export function localAddressTowards(address: string, port: number): Promise<string | null> {
  return new Promise((resolve) => {
    const s = dgram.createSocket('udp4');
    s.on('error', () => {
      s.close();
      resolve(null);
    });
    s.connect(port, address, () => {
      const local = s.address().address;
      s.close();
      resolve(local === '0.0.0.0' ? null : local);
    });
  });
}
