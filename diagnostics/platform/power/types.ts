/** The power state that changes how a laptop's network behaves (Wi-Fi power saving, throttling). */
export interface PowerFacts {
  /** True on battery, false on mains, null when it could not be told. */
  readonly onBattery: boolean | null;
  /** 0–100, null without a (readable) battery. */
  readonly batteryPercent: number | null;
  /** Power saver scheme / Low Power Mode / power-saver profile in force. */
  readonly powerSaver: boolean | null;
  /** The Wi-Fi adapter's own power saving, which adds latency spikes. */
  readonly wifiPowerSaving: boolean | null;
  readonly notes: readonly string[];
}

/** Facts for when nothing could be read, with the reason as notes. */
export function unknownPowerFacts(notes: readonly string[]): PowerFacts {
  return { onBattery: null, batteryPercent: null, powerSaver: null, wifiPowerSaving: null, notes };
}
