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
