import { probeTcp, type TcpProbe } from '../tcp/connect.js';
import { recogniseIca } from './ica-banner.js';

/** The protocol a Citrix session port should speak: ICA (1494) or CGP/session reliability (2598). */
export type SessionProtocol = 'ica' | 'cgp';

/**
 * What a session port check showed: 'ica' (the ICA greeting arrived), 'open-unverified' (TCP
 * connects but the listener said nothing: normal for CGP, odd for ICA), 'not-ica' (something else
 * answered), 'unreachable' (no connection; the TCP state says why).
 */
export type SessionPortVerdict = 'ica' | 'open-unverified' | 'not-ica' | 'unreachable';

/** One session host port: the TCP facts and what they mean for Citrix. */
export interface SessionPortCheck {
  readonly protocol: SessionProtocol;
  readonly verdict: SessionPortVerdict;
  readonly tcp: TcpProbe;
}

/** The protocol a port number usually carries; anything but 2598 is treated as plain ICA. */
export function protocolForPort(port: number): SessionProtocol {
  return port === 2598 ? 'cgp' : 'ica';
}

/** What a finished TCP probe says about a Citrix session port. Pure. */
export function judgeSessionPort(tcp: TcpProbe, protocol: SessionProtocol): SessionPortVerdict {
  if (tcp.state !== 'open') return 'unreachable';
  const greeting = recogniseIca(tcp.banner);
  if (greeting === 'ica') return 'ica';
  // Silence is all a CGP listener ever offers before the client speaks; for ICA it is a hint of
  // a firewall or proxy that accepts connections on the server's behalf, but not proof.
  if (greeting === 'silent') return 'open-unverified';
  return 'not-ica';
}

// How long to listen after connecting. ICA greets at once; the CGP wait only catches services
// that are plainly something else (an SSH or mail banner), since CGP itself stays silent.
const GREETING_WAIT_MS: Readonly<Record<SessionProtocol, number>> = { ica: 2000, cgp: 500 };

/** Options for checkSessionPort. */
export interface SessionPortOptions {
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
  /** Defaults to protocolForPort(port). */
  readonly protocol?: SessionProtocol;
  /** Defaults to 2000 ms for ICA, 500 ms for CGP. */
  readonly greetingWaitMs?: number;
}

/** Connects to a Citrix session port, listens for the greeting and judges it. Never throws. */
export async function checkSessionPort(host: string, port: number, opts: SessionPortOptions): Promise<SessionPortCheck> {
  const protocol = opts.protocol ?? protocolForPort(port);
  const tcp = await probeTcp(host, port, {
    timeoutMs: opts.timeoutMs,
    readBannerMs: opts.greetingWaitMs ?? GREETING_WAIT_MS[protocol],
    ...(opts.signal === undefined ? {} : { signal: opts.signal }),
  });
  return { protocol, verdict: judgeSessionPort(tcp, protocol), tcp };
}
