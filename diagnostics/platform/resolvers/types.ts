/**
 * A resolver the system uses. `default` ones answer every name; `supplemental` ones only their own
 * `domains` (VPN split DNS, macOS); `scoped` ones only queries bound to their interface; `unknown`
 * where the OS does not say (Windows per-adapter lists, systemd-resolved's upstreams).
 */
export interface SystemResolver {
  readonly address: string;
  readonly interface?: string;
  readonly scope: 'default' | 'scoped' | 'supplemental' | 'unknown';
  readonly domains?: readonly string[];
}

/** The system's resolvers, its search domains where the OS lists them, and what could not be read. */
export interface SystemResolvers {
  readonly servers: readonly SystemResolver[];
  readonly notes: readonly string[];
  readonly searchDomains?: readonly string[];
}
