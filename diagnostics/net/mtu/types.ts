import type { CommandRunner } from '../../platform/command.js';
import type { OsKind } from '../../platform/os-kind.js';

/**
 * What one don't-fragment ping showed: the size got through ('fits'), something said it is too
 * big ('too-big': a local "message too long", an ICMP "fragmentation needed", Windows' DF line),
 * or nothing came back ('no-reply': dropped silently, lost, or ICMP filtered).
 */
export interface DfReply {
  readonly outcome: 'fits' | 'too-big' | 'no-reply';
  /** The MTU the refusal named (Linux and macOS print it; Windows does not). */
  readonly mtuHint: number | null;
}

/** The path MTU towards a target: null when the search could not settle it (notes say why). */
export interface PathMtu {
  readonly target: string;
  readonly mtu: number | null;
  /** How many ping commands the search ran. */
  readonly probes: number;
  readonly notes: string[];
}

/** What findPathMtu needs: a command runner, the OS whose ping it drives, and the run's deadline. */
export interface PathMtuDeps {
  readonly run: CommandRunner;
  readonly os: OsKind;
  readonly signal?: AbortSignal;
}

/** The ICMP payload sizes to search between (bytes of data after the 28 header bytes). */
export interface PathMtuOptions {
  /** Smallest payload tried; default 548 (MTU 576, the size every IPv4 host must accept). */
  readonly low?: number;
  /** Largest payload tried; default 1472 (MTU 1500, Ethernet). */
  readonly high?: number;
}
