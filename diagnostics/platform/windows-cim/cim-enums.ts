// The numeric enumerations Windows' CIM classes use, as the meanings Homeline reads. Numbers are
// the same in every display language; the enum *identifiers* (not display words) are accepted
// too, because PowerShell 7 with -EnumsAsStrings and some cmdlets' type data print those. Any
// other value is unknown (null), never a guess.

/** A table from CIM number (and enum identifier) to a meaning. */
type EnumTable<T> = { readonly numbers: Readonly<Record<number, T>>; readonly names: Readonly<Record<string, T>> };

function lookup<T>(table: EnumTable<T>, value: unknown): T | null {
  if (typeof value === 'number' && Number.isInteger(value)) return table.numbers[value] ?? null;
  if (typeof value === 'string') return table.names[value.trim().toLowerCase()] ?? null;
  return null;
}

/** RFC 2863 ifOperStatus (MSFT_NetAdapter.InterfaceOperationalStatus / ifOperStatus). */
export type OperStatus = 'up' | 'down' | 'dormant' | 'not-present' | 'lower-layer-down' | 'testing';
const OPER: EnumTable<OperStatus> = {
  numbers: { 1: 'up', 2: 'down', 3: 'testing', 5: 'dormant', 6: 'not-present', 7: 'lower-layer-down' },
  names: { up: 'up', down: 'down', testing: 'testing', dormant: 'dormant', notpresent: 'not-present', lowerlayerdown: 'lower-layer-down' },
};
/** ifOperStatus as a meaning; 4 (unknown) and anything else is null. */
export const operStatusOf = (v: unknown): OperStatus | null => lookup(OPER, v);

/** MSFT_NetAdapter.MediaConnectState: 1 connected, 2 disconnected, 0 unknown. */
const MEDIA: EnumTable<boolean> = { numbers: { 1: true, 2: false }, names: { connected: true, disconnected: false } };
/** Whether the medium is connected (cable in, Wi-Fi joined); null when Windows does not know. */
export const mediaConnectedOf = (v: unknown): boolean | null => lookup(MEDIA, v);

/** What an adapter is physically, from NdisPhysicalMedium and the IANA ifType. */
export type AdapterMedium = 'wifi' | 'ethernet' | 'mobile' | 'bluetooth' | 'tunnel';
const NDIS_MEDIUM: EnumTable<AdapterMedium> = {
  // NDIS_PHYSICAL_MEDIUM: 1 WirelessLan (pre-native), 8 WirelessWan, 9 Native802_11, 10 Bluetooth, 14 802_3.
  numbers: { 1: 'wifi', 8: 'mobile', 9: 'wifi', 10: 'bluetooth', 14: 'ethernet' },
  names: { wirelesslan: 'wifi', native802_11: 'wifi', wirelesswan: 'mobile', bluetooth: 'bluetooth', '802_3': 'ethernet' },
};
const IF_TYPE: EnumTable<AdapterMedium> = {
  // IANA ifType: 6 ethernetCsmacd, 71 ieee80211, 131 tunnel, 243/244 WWAN (3GPP / 3GPP2).
  numbers: { 6: 'ethernet', 71: 'wifi', 131: 'tunnel', 243: 'mobile', 244: 'mobile' },
  names: {},
};
/**
 * The adapter's medium. A tunnel ifType wins (VPN drivers often claim 802.3 media); otherwise the
 * NDIS physical medium when Windows gives one. NDIS 0 ("unspecified": virtual switches, TAP and
 * Wintun adapters) is unknown, even though their ifType then claims Ethernet; only when the NDIS
 * value is absent altogether does the ifType decide.
 */
export function mediumOf(ndisPhysicalMedium: unknown, interfaceType: unknown): AdapterMedium | null {
  const byType = lookup(IF_TYPE, interfaceType);
  if (byType === 'tunnel') return 'tunnel';
  if (ndisPhysicalMedium !== undefined && ndisPhysicalMedium !== null) return lookup(NDIS_MEDIUM, ndisPhysicalMedium);
  return byType;
}

/** MSFT_NetConnectionProfile.NetworkCategory. */
export type NetworkCategory = 'public' | 'private' | 'domain';
const CATEGORY: EnumTable<NetworkCategory> = {
  numbers: { 0: 'public', 1: 'private', 2: 'domain' },
  names: { public: 'public', private: 'private', domainauthenticated: 'domain' },
};
export const networkCategoryOf = (v: unknown): NetworkCategory | null => lookup(CATEGORY, v);

/** MSFT_NetConnectionProfile.IPv4Connectivity / IPv6Connectivity (NLM connectivity). */
export type Connectivity = 'disconnected' | 'no-traffic' | 'subnet' | 'local-network' | 'internet';
const CONNECTIVITY: EnumTable<Connectivity> = {
  numbers: { 0: 'disconnected', 1: 'no-traffic', 2: 'subnet', 3: 'local-network', 4: 'internet' },
  names: { disconnected: 'disconnected', notraffic: 'no-traffic', subnet: 'subnet', localnetwork: 'local-network', internet: 'internet' },
};
export const connectivityOf = (v: unknown): Connectivity | null => lookup(CONNECTIVITY, v);

/** CIM AddressFamily: 2 IPv4, 23 IPv6. */
export function addressFamilyOf(v: unknown): 4 | 6 | null {
  if (v === 2 || v === 'IPv4') return 4;
  if (v === 23 || v === 'IPv6') return 6;
  return null;
}
