/** Which Wi-Fi band a channel lies in. */
export type WifiBand = '2.4GHz' | '5GHz' | '6GHz';

/** Whether the machine has a Wi-Fi adapter and whether it is joined to a network. */
export type WifiState = 'connected' | 'disconnected' | 'no-adapter' | 'unknown';

/** What the OS tells us about the radio link this machine uses: one shape for every OS. */
export interface WifiFacts {
  readonly state: WifiState;
  readonly interface: string | null;
  readonly ssid: string | null;
  /** Lower-case, colon-separated, whatever the tool printed. */
  readonly bssid: string | null;
  readonly signalDbm: number | null;
  readonly signalPercent: number | null;
  readonly noiseDbm: number | null;
  readonly snrDb: number | null;
  readonly channel: number | null;
  readonly band: WifiBand | null;
  readonly channelWidthMhz: number | null;
  /** Normalised: '802.11be', '802.11ax', '802.11ac', '802.11n', '802.11g', '802.11a' or '802.11b'. */
  readonly phyMode: string | null;
  readonly txRateMbps: number | null;
  readonly rxRateMbps: number | null;
  readonly security: string | null;
  /** What a technician should know about how the facts were read (denied, hidden, guessed). */
  readonly notes: string[];
}

/** One access point the adapter can hear (the connected one included). */
export interface WifiNeighbour {
  readonly ssid: string | null;
  readonly bssid: string | null;
  readonly signalDbm: number | null;
  readonly signalPercent: number | null;
  readonly channel: number | null;
  readonly band: WifiBand | null;
  readonly security: string | null;
}

/** Facts and the networks around, as readWifi hands them to probes. */
export interface WifiReading {
  readonly facts: WifiFacts;
  readonly neighbours: WifiNeighbour[];
}

/** Facts with every field unknown: the starting point of each parser and the answer to garbage. */
export function emptyFacts(state: WifiState, notes: readonly string[] = []): WifiFacts {
  return {
    state,
    interface: null,
    ssid: null,
    bssid: null,
    signalDbm: null,
    signalPercent: null,
    noiseDbm: null,
    snrDb: null,
    channel: null,
    band: null,
    channelWidthMhz: null,
    phyMode: null,
    txRateMbps: null,
    rxRateMbps: null,
    security: null,
    notes: [...notes],
  };
}
