/** How the machine reaches the web: straight out, through named proxies, a PAC script or WPAD. */
export type ProxyMode = 'direct' | 'manual' | 'pac' | 'auto-detect' | 'unknown';

/** Which traffic a proxy serves; 'socks' is a SOCKS proxy, 'any' one proxy for every scheme. */
export type ProxyScheme = 'http' | 'https' | 'socks' | 'any';

/** One configured proxy. The port is null when the setting names none. */
export interface ProxyServer {
  readonly scheme: ProxyScheme;
  readonly host: string;
  readonly port: number | null;
}

/** The system proxy settings as read from the OS, with where each fact came from. */
export interface ProxyFacts {
  readonly mode: ProxyMode;
  readonly servers: readonly ProxyServer[];
  readonly pacUrl: string | null;
  readonly bypass: readonly string[];
  /** Which setting each fact came from, e.g. "pacUrl: AutoConfigURL (HKCU Internet Settings)". */
  readonly sources: readonly string[];
  readonly notes: readonly string[];
}

/** Facts for when nothing could be read, with the reason as notes. */
export function unknownProxyFacts(notes: readonly string[]): ProxyFacts {
  return { mode: 'unknown', servers: [], pacUrl: null, bypass: [], sources: [], notes };
}
