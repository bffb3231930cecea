// The call-quality model: a simplified ITU-T G.107 E-model (the R factor) from what the STUN train
// measures, mapped to MOS. Stated here so the grade can be checked by hand:
//
//   R = R0s − Id − Ie,eff                       (G.107 §7 with the advantage factor A = 0)
//   R0s = 93.2                                   R0 − Is with all G.107 default values (Table 3)
//   Id  = 0.024·d + 0.11·(d − 177.3)·H(d − 177.3)
//         d = one-way mouth-to-ear delay in ms, H = step function: the straight-line fit of G.107's
//         delay impairment (echo-free, default values) by Cole & Rosenbluth, "Voice over IP
//         Performance Monitoring", ACM SIGCOMM CCR 31(2), 2001.
//   d   = RTT/2 + jitter buffer + codec/packetisation delay
//         the jitter buffer is taken as 2 × the RFC 3550 interarrival jitter (an adaptive buffer
//         holds about twice the jitter; the same factor is used in Cole & Rosenbluth's examples and
//         in common VoIP monitors), the codec/packetisation delay as one 20 ms frame plus 5 ms look-ahead.
//   Ie,eff = Ie + (95 − Ie) · Ppl / (Ppl / BurstR + Bpl)      (G.107 §7.4, eq. 7-29)
//         Ppl = packet loss in %, BurstR = 1 (random loss: the train cannot tell bursts apart in a
//         few seconds), Ie and Bpl of the codec from ITU-T G.113 Appendix I. The default codec is
//         G.711 with packet loss concealment (Ie = 0, Bpl = 25.1): the ITU reference codec and the
//         closest tabulated one to the loss-concealing codecs conferencing apps use (Opus, SILK have
//         no G.113 values). G.729A + VAD (Ie = 11, Bpl = 19.0) is kept for a stricter reading.
//   MOS = 1 + 0.035·R + R·(R − 60)·(100 − R)·7·10⁻⁶  for 0 < R < 100; 1 below, 4.5 above (G.107 Annex B).
//
// The round trip is measured to the STUN server — for a real call the relay or the first hop of
// the other party — so d is a lower bound of the call's delay and R an upper bound of its quality.

export interface Codec {
  readonly name: string;
  /** Equipment impairment factor (G.113 Appendix I). */
  readonly ie: number;
  /** Packet-loss robustness factor for random loss (G.113 Appendix I). */
  readonly bpl: number;
  /** Frame plus look-ahead in ms: the codec's share of the one-way delay. */
  readonly codecDelayMs: number;
}

export const G711_PLC: Codec = { name: 'G.711 with PLC', ie: 0, bpl: 25.1, codecDelayMs: 25 };
export const G729A_VAD: Codec = { name: 'G.729A with VAD', ie: 11, bpl: 19.0, codecDelayMs: 25 };

const R0S = 93.2;
const JITTER_BUFFER_FACTOR = 2;

export interface EModelInput {
  readonly lossPct: number;
  readonly rttAvgMs: number | null;
  readonly jitterMs: number | null;
}

export interface EModelResult {
  /** One-way mouth-to-ear delay d in ms as modelled. */
  readonly oneWayDelayMs: number;
  readonly delayImpairment: number;
  readonly lossImpairment: number;
  readonly r: number;
  readonly mos: number;
  readonly codec: string;
}

/** One-way delay d: half the round trip, the jitter buffer and the codec's frame. Unknown figures count as 0. */
export function oneWayDelayMs(s: Pick<EModelInput, 'rttAvgMs' | 'jitterMs'>, codec: Codec = G711_PLC): number {
  return (s.rttAvgMs ?? 0) / 2 + JITTER_BUFFER_FACTOR * (s.jitterMs ?? 0) + codec.codecDelayMs;
}

/** Id: the delay impairment (Cole & Rosenbluth's fit of G.107). */
export function delayImpairment(d: number): number {
  return 0.024 * d + (d > 177.3 ? 0.11 * (d - 177.3) : 0);
}

/** Ie,eff: the codec's impairment under random packet loss (G.107 eq. 7-29, BurstR = 1). */
export function lossImpairment(lossPct: number, codec: Codec = G711_PLC): number {
  const ppl = Math.max(0, Math.min(100, lossPct));
  return codec.ie + ((95 - codec.ie) * ppl) / (ppl + codec.bpl);
}

/** MOS (conversational quality estimated) from R, G.107 Annex B. */
export function mosFromR(r: number): number {
  if (r <= 0) return 1;
  if (r >= 100) return 4.5;
  return 1 + 0.035 * r + r * (r - 60) * (100 - r) * 7e-6;
}

const round1 = (v: number): number => Math.round(v * 10) / 10;
const round2 = (v: number): number => Math.round(v * 100) / 100;

export function eModel(s: EModelInput, codec: Codec = G711_PLC): EModelResult {
  const d = oneWayDelayMs(s, codec);
  const id = delayImpairment(d);
  const ie = lossImpairment(s.lossPct, codec);
  const r = R0S - id - ie;
  return { oneWayDelayMs: round1(d), delayImpairment: round1(id), lossImpairment: round1(ie), r: round1(r), mos: round2(mosFromR(r)), codec: codec.name };
}
