/** Whether the connection in use is metered (mobile data, a hotspot, a capped plan), and who said so. */
export interface MeteredFacts {
  /** True metered, false not metered, null when no structured source answered. */
  readonly metered: boolean | null;
  /** The source that answered; null when none did. */
  readonly source: 'networkmanager-dbus' | 'nmcli' | 'windows-connection-cost' | null;
  /** The value as the source gave it (NM's number or token, Windows' NetworkCostType), for the record. */
  readonly raw: string | null;
  readonly notes: readonly string[];
}

/** Facts for when nothing could be read, with the reason as notes. */
export function unknownMetered(notes: readonly string[]): MeteredFacts {
  return { metered: null, source: null, raw: null, notes };
}
