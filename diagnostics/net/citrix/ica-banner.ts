import { unescapeBanner } from '../tcp/banner-escape.js';

// Protocol facts this file relies on:
// - An ICA listener (the VDA's or a session host's TCP 1494) speaks first. As soon as the
//   handshake completes it sends the 6-byte "ICA detect" string 7f 7f 49 43 41 00
//   ("\x7f\x7fICA\0") and keeps repeating it while the client stays silent, so a client can tell
//   an ICA server from anything else without sending a byte. One or more copies back to back
//   (the last possibly cut short by the read) is therefore an ICA listener; other bytes are not.
// - CGP, the Common Gateway Protocol of session reliability (TCP 2598), waits for the client:
//   the client opens with its own CGP header and the server answers only then. Reading first gets
//   nothing, so a connect that succeeds proves the port is reachable but not who listens on it:
//   'open-unverified'. Speaking CGP ourselves would start a real session negotiation; we do not.

/** The bytes an ICA listener greets every client with: 7f 7f 'I' 'C' 'A' 00. */
export const ICA_DETECT: Readonly<Uint8Array> = Uint8Array.of(0x7f, 0x7f, 0x49, 0x43, 0x41, 0x00);

/** What a greeting says about the listener: ICA, something else, or nothing at all. */
export type IcaGreeting = 'ica' | 'other' | 'silent';

const toBytes = (banner: Uint8Array | string | null | undefined): Uint8Array => {
  if (banner === null || banner === undefined) return new Uint8Array(0);
  return typeof banner === 'string' ? unescapeBanner(banner) : banner;
};

/**
 * Tells an ICA listener from other services by its first bytes: raw bytes, or the hex-escaped
 * banner of a TcpProbe. 'silent' when it sent nothing. Pure; never throws.
 */
export function recogniseIca(bannerBytes: Uint8Array | string | null | undefined): IcaGreeting {
  let bytes: Uint8Array;
  try {
    bytes = toBytes(bannerBytes);
  } catch {
    return 'other';
  }
  if (bytes.length === 0) return 'silent';
  // A whole first copy is required: a lone 7f or "\x7f\x7fIC" is too little to call it ICA.
  if (bytes.length < ICA_DETECT.length) return 'other';
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== ICA_DETECT[i % ICA_DETECT.length]) return 'other';
  }
  return 'ica';
}
