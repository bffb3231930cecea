/** One echo reply. */
export interface PingReply {
  readonly seq: number | null;
  readonly rttMs: number;
  readonly from: string;
}

/** What one run of the system's ping printed, read by structure. */
export interface PingParse {
  readonly transmitted: number | null;
  readonly received: number | null;
  readonly replies: readonly PingReply[];
  /** Routers that answered "time to live exceeded": the hops of a TTL-limited probe. */
  readonly ttlExceededFrom: readonly string[];
  readonly unreachableFrom: readonly string[];
  /** "Fragmentation needed" answers of a don't-fragment probe, with the MTU when the router said it. */
  readonly fragNeeded: readonly { readonly from: string; readonly mtu: number | null }[];
  readonly unknownHost: boolean;
  readonly notes: readonly string[];
}

/** How one ping run is asked for. */
export interface PingOptions {
  readonly target: string;
  readonly count: number;
  readonly intervalMs: number;
  readonly replyTimeoutMs: number;
  readonly ttl?: number;
  readonly payloadBytes?: number;
  readonly dontFragment?: boolean;
}

/** Loss, latency and jitter to one target, with the 95 % interval of the loss. */
export interface PingStats {
  readonly target: string;
  /** Echoes known to have been sent (ping's statistics, or what a cut-short run showed). */
  readonly sent: number;
  /** Real echo replies only (not "unreachable" or "TTL expired" answers, not duplicates). */
  readonly received: number;
  /** 0–100, one decimal. */
  readonly lossPct: number;
  /** Wilson 95 % interval of the loss, in percent; 0–100 when nothing was sent. */
  readonly lossCi95: [number, number];
  readonly rttMs: {
    readonly min: number;
    readonly avg: number;
    readonly max: number;
    readonly p50: number;
    readonly p90: number;
  } | null;
  /** Mean absolute difference of consecutive round trips; null under two replies. */
  readonly jitterMs: number | null;
  readonly ttlExceededFrom: string[];
  readonly unreachableFrom: string[];
  /** What went wrong, in plain words: spawn failures, unknown host, refused interval, abort. */
  readonly errors: string[];
  /**
   * Set when ping itself failed on every run (missing, not permitted, hung, crashed, unreadable
   * output), naming the tool and why: `sent`/`received` are then no measurement, only zeros.
   */
  readonly couldNotMeasure?: string;
  /**
   * Set when loss was seen and more echoes were sent (stage 2): why the sampling stopped. 'clean'
   * or 'lossy' once the loss interval settled the verdict's threshold (net/ping/sequential-loss.ts),
   * 'cap' when stage 2 ran out without that (a borderline line), 'aborted'.
   */
  readonly stoppedBy?: 'clean' | 'lossy' | 'cap' | 'aborted' | 'time';
}
