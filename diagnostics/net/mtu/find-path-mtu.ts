import { dfPingCommand, IPV4_ICMP_OVERHEAD, isMtuTarget, MAX_PAYLOAD } from './command.js';
import { parseDfReply } from './parse-df-reply.js';
import type { DfReply, PathMtu, PathMtuDeps, PathMtuOptions } from './types.js';

const DEFAULT_LOW = 548;
const DEFAULT_HIGH = 1472;

/** Why a ping run gave no verdict of its own: not started or killed. Null when it ran normally. */
const runFailure = (spawnError: string | undefined, timedOut: boolean): string | null =>
  spawnError !== undefined ? `ping could not be started (${spawnError})` : timedOut ? 'ping was stopped (timeout or abort)' : null;

/**
 * Finds the largest IPv4 packet that reaches `target` unfragmented: a binary search over ICMP
 * payload sizes with don't-fragment pings, MTU = payload + 28. A size that comes back fits; one
 * refused or unanswered does not. When a refusal names the MTU (Linux, macOS) that size is tried
 * next, which usually settles the search in two or three pings. Never throws.
 */
export async function findPathMtu(target: string, deps: PathMtuDeps, opts: PathMtuOptions = {}): Promise<PathMtu> {
  const notes: string[] = [];
  let probes = 0;
  let explicitRefusals = 0;
  let silentFailures = 0;
  let broken: string | null = null;
  const result = (mtu: number | null): PathMtu => ({ target, mtu, probes, notes });

  if (!isMtuTarget(target)) return { ...result(null), notes: [`"${String(target).slice(0, 80)}" is not an IPv4 address or host name`] };
  const low = Math.max(0, Math.min(Math.floor(opts.low ?? DEFAULT_LOW), MAX_PAYLOAD));
  const high = Math.max(low, Math.min(Math.floor(opts.high ?? DEFAULT_HIGH), MAX_PAYLOAD));

  // One ping of `payload` bytes; null when it could not be asked (bad input, abort, ping missing).
  const probe = async (payload: number): Promise<DfReply | null> => {
    const spec = dfPingCommand(deps.os, target, payload);
    if (spec === null || broken !== null) return null;
    if (deps.signal?.aborted === true) {
      broken = 'stopped early: the run was aborted';
      return null;
    }
    probes++;
    const out = await deps.run(spec, deps.signal);
    const failure = runFailure(out.spawnError, out.timedOut);
    if (failure !== null && out.stdout.trim() === '') {
      broken = failure;
      return null;
    }
    const reply = parseDfReply(deps.os, `${out.stdout}\n${out.stderr}`);
    if (reply.outcome === 'too-big') explicitRefusals++;
    if (reply.outcome === 'no-reply') silentFailures++;
    return reply;
  };
  const mtuOf = (payload: number): number => payload + IPV4_ICMP_OVERHEAD;
  // The payload a refusal's MTU hint points at, when it lies strictly inside (lo, hi).
  const hinted = (r: DfReply, lo: number, hi: number): number | null => {
    const p = r.mtuHint === null ? null : r.mtuHint - IPV4_ICMP_OVERHEAD;
    return p !== null && p > lo && p < hi ? p : null;
  };

  const top = await probe(high);
  if (top === null) return { ...result(null), notes: [broken ?? 'ping could not be run'] };
  if (top.outcome === 'fits') {
    notes.push(`${mtuOf(high)}-byte packets get through: the path MTU is at least the largest size tried`);
    return result(mtuOf(high));
  }

  // A refusal that names the MTU is checked straight away: when that size fits, it is the answer.
  let hi = high;
  const first = hinted(top, low, high);
  if (first !== null) {
    const r = await probe(first);
    if (r?.outcome === 'fits') {
      notes.push(`${mtuOf(first)}-byte packets get through; a hop refused bigger ones naming MTU ${mtuOf(first)}`);
      return result(mtuOf(first));
    }
    if (r !== null) hi = first;
  }

  const bottom = await probe(low);
  if (bottom === null) return { ...result(null), notes: [broken ?? 'ping could not be run'] };
  if (bottom.outcome !== 'fits') {
    notes.push(
      bottom.outcome === 'too-big'
        ? `even ${mtuOf(low)}-byte packets are refused as too big: the path MTU is below ${mtuOf(low)}`
        : `no reply even to ${mtuOf(low)}-byte don't-fragment pings: ICMP is blocked or the target is down`,
    );
    return result(null);
  }

  // Invariant: lo fits, hi does not. A hint inside the range is tried first, then halving.
  let lo = low;
  let next: number | null = null;
  while (hi - lo > 1) {
    const size = next ?? Math.floor((lo + hi) / 2);
    const r = await probe(size);
    if (r === null) break;
    if (r.outcome === 'fits') {
      lo = size;
      // The hop that named this MTU refuses anything bigger: no need to halve further.
      if (next !== null) hi = Math.min(hi, size + 1);
    } else hi = size;
    next = r.outcome === 'fits' ? null : hinted(r, lo, hi);
  }
  if (hi - lo > 1) {
    notes.push(`${broken ?? 'search stopped'}; the path MTU is between ${mtuOf(lo)} and ${mtuOf(hi) - 1}`);
    return result(null);
  }
  notes.push(`${mtuOf(lo)}-byte packets get through, ${mtuOf(hi)}-byte packets do not`);
  // Larger packets vanishing without a word is the signature of a PMTU black hole: TCP stalls
  // once a full-size segment is sent, which is how Citrix and VPN sessions freeze mid-way.
  if (explicitRefusals === 0 && silentFailures > 0) notes.push('larger packets were dropped without any "fragmentation needed" answer (a PMTU black hole, or ICMP filtered)');
  return result(mtuOf(lo));
}
